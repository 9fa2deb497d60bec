import { createHmac, timingSafeEqual } from 'node:crypto';

/** Paths on the gateway's origin that the gateway forwards to this subgraph. */
export const UPLOAD_PATH = '/files/uploads';
export const DOWNLOAD_PATH = '/files/downloads';

let signingKey: Buffer | undefined;

/** Called once at start with the internal secret; links are signed with a key derived from it. */
export function configureFileLinks(internalSecret: string): void {
  signingKey = createHmac('sha256', internalSecret).update('casework-file-links').digest();
}

function sign(payload: string): string {
  if (!signingKey) throw new Error('file links are not configured');
  return createHmac('sha256', signingKey).update(payload).digest('base64url');
}

export interface SignedLink {
  /** What the link opens: `upload:<grant id>` or `download:<file id>:<disposition>`. */
  subject: string;
  /** Account the link was issued to; only that caller may use it. */
  accountId: string;
  expiresAt: Date;
}

/** `?expires=<unix s>&signature=...` for a path; altering any part breaks the signature. */
export function signedQuery(link: SignedLink): string {
  const expires = Math.floor(link.expiresAt.getTime() / 1000);
  const signature = sign(`${link.subject}\n${link.accountId}\n${expires}`);
  return `expires=${expires}&signature=${signature}`;
}

export type LinkCheck = 'ok' | 'invalid' | 'expired';

export function checkSignedQuery(
  subject: string,
  accountId: string,
  expires: unknown,
  signature: unknown,
  now = new Date(),
): LinkCheck {
  if (typeof expires !== 'string' || typeof signature !== 'string' || !/^\d{1,12}$/.test(expires))
    return 'invalid';
  const expected = Buffer.from(sign(`${subject}\n${accountId}\n${expires}`));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
  return Number(expires) * 1000 < now.getTime() ? 'expired' : 'ok';
}
