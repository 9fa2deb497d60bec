import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const FORMAT = /^cw_([0-9a-f]{32})_([A-Za-z0-9_-]{43})$/;

/** A new secret: `cw_<secret id>_<256 random bits>`; the id lets the gateway find its hash. */
export function newSecret(secretId: string): { secret: string; hash: string; hint: string } {
  const secret = `cw_${secretId.replaceAll('-', '')}_${randomBytes(32).toString('base64url')}`;
  return { secret, hash: hashSecret(secret), hint: secret.slice(-4) };
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** The secret's id when it has the secret format, else undefined. */
export function secretIdOf(secret: string): string | undefined {
  const hex = FORMAT.exec(secret)?.[1];
  if (!hex) return undefined;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const a = Buffer.from(hashSecret(secret), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
