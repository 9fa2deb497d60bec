import { type Identity } from '@casework/kit';
import { type EntityManager } from '@mikro-orm/postgresql';
import { Account } from './account.entity.js';
import { decoyPasswordHash, verifyPassword } from './password.js';

export type SignInResult = { identity: Identity } | { error: 'credentials' | 'disabled' };

export function identityOf(account: Account): Identity {
  return {
    id: account.id,
    name: account.displayName,
    email: account.email,
    roles: account.roles,
    organisationId: account.organisationId ?? undefined,
    clearance: account.clearance,
  };
}

/** Checks an email and password; unknown emails cost the same time as wrong passwords. */
export async function checkCredentials(
  em: EntityManager,
  email: string,
  password: string,
): Promise<SignInResult> {
  const account = await em.findOne(Account, { email: email.trim().toLowerCase() });
  if (!account) {
    await verifyPassword(await decoyPasswordHash(), password);
    return { error: 'credentials' };
  }
  if (!(await verifyPassword(account.passwordHash, password))) return { error: 'credentials' };
  if (account.disabled) return { error: 'disabled' };
  // A plain update without the version check: parallel sign-ins of one account all succeed.
  await em.nativeUpdate(Account, { id: account.id }, { lastSignInAt: new Date() });
  return { identity: identityOf(account) };
}
