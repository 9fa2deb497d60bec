import { createHash, randomBytes } from 'node:crypto';

/** How long an invitation link works. */
export const INVITATION_DAYS = 7;

/** A fresh invitation token (in the mail only) and the hash that is stored. */
export function newInvitationToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
