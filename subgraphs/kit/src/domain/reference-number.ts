import { randomInt } from 'node:crypto';

// Crockford base32 without I, L, O, U: readable over the phone, no ambiguous characters.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A short human-facing reference such as `P-7KX2M9QD`; uniqueness is enforced by the database. */
export function newReference(prefix: string): string {
  let body = '';
  for (let i = 0; i < 8; i++) body += ALPHABET[randomInt(ALPHABET.length)];
  return `${prefix}-${body}`;
}
