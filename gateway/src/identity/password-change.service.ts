import { type EntityManager } from '@mikro-orm/postgresql';
import { Account } from './account.entity.js';
import { passwordProblem } from './invitation.service.js';
import { hashPassword, verifyPassword } from './password.js';

export type PasswordChangeResult =
  { changed: true } | { field: 'currentPassword' | 'newPassword'; message: string };

/** Checks the current password and stores the new one (the caller then revokes every session). */
export async function changePassword(
  em: EntityManager,
  accountId: string,
  currentPassword: string,
  newPassword: string,
): Promise<PasswordChangeResult> {
  const account = await em.findOne(Account, { id: accountId });
  if (!account || !(await verifyPassword(account.passwordHash, currentPassword)))
    return { field: 'currentPassword', message: 'currentPassword is wrong' };
  const problem = passwordProblem(newPassword, account.email);
  if (problem)
    return { field: 'newPassword', message: problem.replace(/^password/, 'newPassword') };
  if (newPassword === currentPassword)
    return { field: 'newPassword', message: 'newPassword must differ from the current one' };
  await em.nativeUpdate(
    Account,
    { id: accountId },
    { passwordHash: await hashPassword(newPassword) },
  );
  return { changed: true };
}
