import { type EntityManager } from '@mikro-orm/postgresql';
import { type FieldProblem, fieldProblem } from '../http/json-errors.js';
import { Account } from './account.entity.js';
import { passwordProblem } from './invitation.service.js';
import { hashPassword, verifyPassword } from './password.js';

export type PasswordChangeResult = { changed: true } | FieldProblem;

/** Checks the current password and stores the new one (the caller then revokes every session). */
export async function changePassword(
  em: EntityManager,
  accountId: string,
  currentPassword: string,
  newPassword: string,
): Promise<PasswordChangeResult> {
  const account = await em.findOne(Account, { id: accountId });
  if (!account || !(await verifyPassword(account.passwordHash, currentPassword)))
    return fieldProblem(
      'currentPassword',
      'CURRENT_PASSWORD_WRONG',
      {},
      'currentPassword is wrong',
    );
  const problem = passwordProblem(newPassword, account.email, 'newPassword');
  if (problem) return problem;
  if (newPassword === currentPassword)
    return fieldProblem(
      'newPassword',
      'PASSWORD_UNCHANGED',
      { property: 'newPassword' },
      'newPassword must differ from the current one',
    );
  await em.nativeUpdate(
    Account,
    { id: accountId },
    { passwordHash: await hashPassword(newPassword) },
  );
  return { changed: true };
}
