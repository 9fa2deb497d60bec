import { isRole, type Identity, type Role } from '@casework/kit';
import { type EntityManager } from '@mikro-orm/postgresql';
import { Account } from './account.entity.js';
import { identityOf } from './account.service.js';
import { hashPassword } from './password.js';
import { type PortalDirectory } from './portal-directory.js';

export const MIN_PASSWORD_LENGTH = 12;

/** What is wrong with a chosen password, or null. */
export function passwordProblem(password: string, email: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH)
    return `password must have at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > 200) return 'password must have at most 200 characters';
  if (password.trim().toLowerCase() === email.toLowerCase())
    return 'password must not be your email address';
  return null;
}

export type AcceptResult =
  { identity: Identity } | { field: 'password' | 'token'; message: string };

/**
 * Creates (or renews) the sign-in of an invited portal user with the chosen password. The sign-in
 * is committed only if the providers subgraph accepted the invitation, so a token works once.
 */
export async function acceptInvitation(
  em: EntityManager,
  directory: PortalDirectory,
  token: string,
  password: string,
): Promise<AcceptResult> {
  const invitation = await directory.invitation(token);
  const problem = passwordProblem(password, invitation.email);
  if (problem) return { field: 'password', message: problem };
  const passwordHash = await hashPassword(password);
  const roles = [invitation.role].filter(isRole) as Role[];
  const account = await em.transactional(async (tx) => {
    // The sign-in shares the portal account's id, so both sides name the same user.
    let account = await tx.findOne(Account, { id: invitation.accountId });
    const sameEmail = await tx.findOne(Account, { email: invitation.email });
    if (sameEmail && sameEmail.id !== invitation.accountId && !sameEmail.organisationId)
      return null;
    if (!account) {
      await tx.nativeDelete(Account, { email: invitation.email, organisationId: { $ne: null } });
      account = tx.create(Account, {
        id: invitation.accountId,
        email: invitation.email,
        displayName: invitation.name,
        passwordHash,
        roles,
        organisationId: invitation.providerId,
        clearance: 0,
      });
    } else {
      Object.assign(account, { passwordHash, roles, disabled: false });
    }
    account.lastSignInAt = new Date();
    await tx.flush();
    await directory.accept(token);
    return account;
  });
  if (!account)
    return {
      field: 'token',
      message: `${invitation.email} already signs in as agency staff; ask for an invitation to another address`,
    };
  return { identity: identityOf(account) };
}
