import { Role } from '@casework/kit';
import { DEMO_PORTAL_ACCOUNTS, DEMO_PROVIDERS } from '@casework/contracts';
import { type EntityManager } from '@mikro-orm/postgresql';
import { Account } from './account.entity.js';
import { hashPassword } from './password.js';

export const DEMO_PASSWORD = 'casework-demo';

/** One sign-in per role, printed by `npm start`. */
export const DEMO_ACCOUNTS = [
  {
    email: 'caseworker@demo.casework',
    displayName: 'Clara Caseworker',
    roles: [Role.CASEWORKER],
    clearance: 2,
    app: 'agency',
  },
  {
    email: 'supervisor@demo.casework',
    displayName: 'Sven Supervisor',
    roles: [Role.SUPERVISOR],
    clearance: 3,
    app: 'agency',
  },
  {
    email: 'admin@demo.casework',
    displayName: 'Ada Administrator',
    roles: [Role.AGENCY_ADMIN],
    clearance: 1,
    app: 'agency',
  },
  {
    email: 'support@demo.casework',
    displayName: 'Sam Support',
    roles: [Role.SUPPORT_AGENT],
    clearance: 1,
    app: 'agency',
  },
  {
    id: DEMO_PORTAL_ACCOUNTS.paulaProvider,
    email: 'provider@demo.casework',
    displayName: 'Paula Provider',
    roles: [Role.PROVIDER_USER],
    clearance: 0,
    organisationId: DEMO_PROVIDERS.sonnenhof,
    app: 'portal',
  },
  {
    id: DEMO_PORTAL_ACCOUNTS.peterProviderAdmin,
    email: 'provider-admin@demo.casework',
    displayName: 'Peter Provider-Admin',
    roles: [Role.PROVIDER_ADMIN],
    clearance: 0,
    organisationId: DEMO_PROVIDERS.sonnenhof,
    app: 'portal',
  },
  {
    email: 'integrator@demo.casework',
    displayName: 'Integration Client',
    roles: [Role.INTEGRATOR],
    clearance: 1,
    app: 'api',
  },
] as const;

/** Creates the demo accounts that are missing; existing ones keep their (maybe changed) passwords. */
export async function seedDemoAccounts(em: EntityManager): Promise<void> {
  // Portal sign-ins share their id with the providers subgraph's portal account.
  for (const account of DEMO_ACCOUNTS) {
    if ('id' in account)
      await em.nativeUpdate(
        Account,
        { email: account.email, id: { $ne: account.id } },
        { id: account.id },
      );
  }
  const existing = new Set(
    (await em.find(Account, { email: { $in: DEMO_ACCOUNTS.map((a) => a.email) } })).map(
      (a) => a.email,
    ),
  );
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const { app: _app, ...account } of DEMO_ACCOUNTS) {
    if (!existing.has(account.email))
      em.create(Account, { ...account, roles: [...account.roles], passwordHash });
  }
  await em.flush();
}
