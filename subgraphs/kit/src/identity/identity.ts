import { type Permission } from './permissions.js';
import { type Role } from './roles.js';

/** The caller as verified by the gateway; subgraphs trust only what arrives in the internal token. */
export interface Identity {
  /** Account id. */
  id: string;
  name: string;
  email: string;
  roles: Role[];
  /** The provider organisation of a portal account; absent for agency staff and integrators. */
  organisationId?: string;
  /** Highest note sensitivity level (1-3) this account may read. */
  clearance: number;
  /**
   * An API client's scopes (issue 17): when present, the caller may do only what its roles allow
   * AND a scope names. People signed in with a password carry no scopes.
   */
  scopes?: Permission[];
}

/**
 * The gateway's own identity when it calls a subgraph for itself (invitations, sign-in checks),
 * not on behalf of a user. Fields it uses are @inaccessible, so clients cannot reach them.
 */
export const GATEWAY_SYSTEM_IDENTITY: Identity = {
  id: 'system:gateway',
  name: 'Gateway',
  email: 'gateway@system.casework',
  roles: [],
  clearance: 0,
};

export function isGatewaySystem(identity: Identity): boolean {
  return identity.id === GATEWAY_SYSTEM_IDENTITY.id && identity.roles.length === 0;
}
