import { registerEnumType } from 'type-graphql';

export enum Role {
  CASEWORKER = 'CASEWORKER',
  SUPERVISOR = 'SUPERVISOR',
  AGENCY_ADMIN = 'AGENCY_ADMIN',
  SUPPORT_AGENT = 'SUPPORT_AGENT',
  PROVIDER_USER = 'PROVIDER_USER',
  PROVIDER_ADMIN = 'PROVIDER_ADMIN',
  INTEGRATOR = 'INTEGRATOR',
}

registerEnumType(Role, { name: 'Role', description: 'What a signed-in account may do' });

export const AGENCY_ROLES: readonly Role[] = [
  Role.CASEWORKER,
  Role.SUPERVISOR,
  Role.AGENCY_ADMIN,
  Role.SUPPORT_AGENT,
];
export const PROVIDER_ROLES: readonly Role[] = [Role.PROVIDER_USER, Role.PROVIDER_ADMIN];

export function isRole(value: string): value is Role {
  return (Object.values(Role) as string[]).includes(value);
}
