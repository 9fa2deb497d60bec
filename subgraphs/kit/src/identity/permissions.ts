import { forbidden } from '../errors/errors.js';
import { type Identity } from './identity.js';
import { Role } from './roles.js';

/** Everything a role may do, checked in subgraph services (never only in the pages). */
export type Permission =
  | 'person:read'
  | 'person:write'
  | 'provider:read'
  | 'provider:read-own'
  | 'provider:write'
  | 'note:read'
  | 'note:write';

const GRANTS: Record<Role, readonly Permission[]> = {
  [Role.CASEWORKER]: [
    'person:read',
    'person:write',
    'provider:read',
    'provider:write',
    'note:read',
    'note:write',
  ],
  [Role.SUPERVISOR]: [
    'person:read',
    'person:write',
    'provider:read',
    'provider:write',
    'note:read',
    'note:write',
  ],
  [Role.AGENCY_ADMIN]: ['person:read', 'provider:read', 'provider:write', 'note:read'],
  [Role.SUPPORT_AGENT]: ['provider:read'],
  [Role.PROVIDER_USER]: ['provider:read-own'],
  [Role.PROVIDER_ADMIN]: ['provider:read-own'],
  [Role.INTEGRATOR]: [
    'person:read',
    'person:write',
    'provider:read',
    'provider:write',
    'note:read',
  ],
};

export function can(identity: Identity, permission: Permission): boolean {
  return identity.roles.some((role) => GRANTS[role].includes(permission));
}

/** Throws FORBIDDEN unless the caller holds the permission; `action` completes "You are not allowed to ...". */
export function authorize(identity: Identity, permission: Permission, action: string): void {
  if (!can(identity, permission)) throw forbidden(action);
}
