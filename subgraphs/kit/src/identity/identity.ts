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
}
