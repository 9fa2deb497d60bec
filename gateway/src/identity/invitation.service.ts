import { isRole, type Identity, type Role } from '@casework/kit';
import { type EntityManager } from '@mikro-orm/postgresql';
import { type FieldProblem, fieldProblem } from '../http/json-errors.js';
import { Account } from './account.entity.js';
import { identityOf } from './account.service.js';
import { hashPassword } from './password.js';
import { type PortalDirectory } from './portal-directory.js';

export const MIN_PASSWORD_LENGTH = 12;
const MAX_PASSWORD_LENGTH = 200;

/** What is wrong with a chosen password (coded, for the field `property`), or null. */
export function passwordProblem(
  password: string,
  email: string,
  property = 'password',
): FieldProblem | null {
  if (password.length < MIN_PASSWORD_LENGTH)
    return fieldProblem(
      property,
      'TOO_SHORT',
      { property, min: MIN_PASSWORD_LENGTH },
      `${property} must have at least ${MIN_PASSWORD_LENGTH} characters`,
    );
  if (password.length > MAX_PASSWORD_LENGTH)
    return fieldProblem(
      property,
      'TOO_LONG',
      { property, max: MAX_PASSWORD_LENGTH },
      `${property} must have at most ${MAX_PASSWORD_LENGTH} characters`,
    );
  if (password.trim().toLowerCase() === email.toLowerCase())
    return fieldProblem(property, 'PASSWORD_IS_EMAIL', { property });
  return null;
}

export type AcceptResult = { identity: Identity } | FieldProblem;

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
  if (problem) return problem;
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
    return fieldProblem('token', 'INVITATION_EMAIL_IS_STAFF', { email: invitation.email });
  return { identity: identityOf(account) };
}
