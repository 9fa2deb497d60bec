import { forbidden } from '../errors/errors.js';
import { type Identity } from './identity.js';
import { Role } from './roles.js';

/** Everything a role may do, checked in subgraph services (never only in the pages). */
export type Permission =
  | 'person:read'
  | 'person:read-name'
  | 'person:write'
  | 'provider:read'
  | 'provider:read-own'
  | 'provider:write'
  | 'note:read'
  | 'note:write'
  | 'service:manage'
  | 'portal-account:manage'
  | 'inquiry:read'
  | 'inquiry:write'
  | 'inquiry:answer'
  | 'case:read'
  | 'case:write'
  | 'application:decide'
  | 'case:configure'
  | 'admin-request:create'
  | 'admin-request:read-own'
  | 'admin-request:handle'
  | 'admin-request:configure'
  | 'attachment:read'
  | 'attachment:write'
  | 'file:meeting-minutes'
  | 'file:letter'
  | 'file:administrative-request'
  | 'letter-template:manage'
  | 'api-client:manage'
  | 'communication:read'
  | 'communication:write'
  | 'provider:administer-own'
  | 'app:agency'
  | 'app:portal';

const {
  CASEWORKER,
  SUPERVISOR,
  AGENCY_ADMIN,
  SUPPORT_AGENT,
  PROVIDER_USER,
  PROVIDER_ADMIN,
  INTEGRATOR,
} = Role;

/** Who may do what: one line a permission, so a review reads the whole policy at once. */
const ROLES_FOR: Record<Permission, readonly Role[]> = {
  'person:read': [CASEWORKER, SUPERVISOR, AGENCY_ADMIN, INTEGRATOR],
  // Only through a reference another subgraph already authorised (an inquiry of their organisation).
  'person:read-name': [PROVIDER_USER, PROVIDER_ADMIN],
  'person:write': [CASEWORKER, SUPERVISOR, INTEGRATOR],
  'provider:read': [CASEWORKER, SUPERVISOR, AGENCY_ADMIN, SUPPORT_AGENT, INTEGRATOR],
  'provider:read-own': [PROVIDER_USER, PROVIDER_ADMIN],
  'provider:write': [CASEWORKER, SUPERVISOR, AGENCY_ADMIN, INTEGRATOR],
  'note:read': [CASEWORKER, SUPERVISOR, AGENCY_ADMIN, INTEGRATOR],
  'note:write': [CASEWORKER, SUPERVISOR],
  'service:manage': [AGENCY_ADMIN],
  'portal-account:manage': [AGENCY_ADMIN],
  'inquiry:read': [CASEWORKER, SUPERVISOR, AGENCY_ADMIN, INTEGRATOR],
  'inquiry:write': [CASEWORKER, SUPERVISOR, INTEGRATOR],
  'inquiry:answer': [PROVIDER_USER, PROVIDER_ADMIN],
  'case:read': [CASEWORKER, SUPERVISOR, AGENCY_ADMIN, INTEGRATOR],
  'case:write': [CASEWORKER, SUPERVISOR, INTEGRATOR],
  'application:decide': [SUPERVISOR],
  'case:configure': [AGENCY_ADMIN],
  // R5.1: provider administrators raise administrative requests; provider users only read them.
  'admin-request:create': [PROVIDER_ADMIN],
  'admin-request:read-own': [PROVIDER_USER, PROVIDER_ADMIN],
  'admin-request:handle': [SUPPORT_AGENT, AGENCY_ADMIN],
  'admin-request:configure': [AGENCY_ADMIN],
  'attachment:read': [CASEWORKER, SUPERVISOR, AGENCY_ADMIN, INTEGRATOR],
  'attachment:write': [CASEWORKER, SUPERVISOR, INTEGRATOR],
  'file:meeting-minutes': [CASEWORKER, SUPERVISOR],
  'file:letter': [CASEWORKER, SUPERVISOR],
  // Provider users only for their own organisation (checked by the purpose's policy).
  'file:administrative-request': [PROVIDER_ADMIN, SUPPORT_AGENT, AGENCY_ADMIN],
  // R2.4: agency administrators configure letter templates and the letterhead.
  'letter-template:manage': [AGENCY_ADMIN],
  // Issue 17: API clients of other systems, their secrets and webhooks (gateway /auth/api-clients).
  'api-client:manage': [AGENCY_ADMIN],
  // R3.5: the communication log of persons and cases.
  'communication:read': [CASEWORKER, SUPERVISOR, AGENCY_ADMIN, INTEGRATOR],
  'communication:write': [CASEWORKER, SUPERVISOR, INTEGRATOR],
  /** Keeps the own organisation's branches, contacts and portal users (with a matching organisation). */
  'provider:administer-own': [PROVIDER_ADMIN],
  /** Which web app is the caller's (the gateway's `/auth/me` tells the apps). */
  'app:agency': [CASEWORKER, SUPERVISOR, AGENCY_ADMIN, SUPPORT_AGENT],
  'app:portal': [PROVIDER_USER, PROVIDER_ADMIN],
};

/** Every permission the roles hold, in table order: the apps show navigation and buttons from it. */
export function permissionsOf(roles: readonly Role[]): Permission[] {
  return (Object.keys(ROLES_FOR) as Permission[]).filter((permission) =>
    roles.some((role) => ROLES_FOR[permission].includes(role)),
  );
}

export function can(identity: Identity, permission: Permission): boolean {
  if (identity.scopes && !identity.scopes.includes(permission)) return false;
  return identity.roles.some((role) => ROLES_FOR[permission].includes(role));
}

export function isPermission(value: unknown): value is Permission {
  return typeof value === 'string' && Object.hasOwn(ROLES_FOR, value);
}

/** Throws FORBIDDEN unless the caller holds the permission; `action` completes "You are not allowed to ...". */
export function authorize(identity: Identity, permission: Permission, action: string): void {
  if (!can(identity, permission)) throw forbidden(action);
}

/** The roles that hold a permission (the security suite derives its expectations from this). */
export function rolesWith(permission: Permission): readonly Role[] {
  return ROLES_FOR[permission];
}
