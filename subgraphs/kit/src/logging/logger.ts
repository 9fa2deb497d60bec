import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * Never logged (issue 14): passwords, password hashes, tokens, secrets, cookies and authorization
 * headers, at the top level, one level down (`{ input: { password } }`), in a request's or
 * response's headers, and the entity an ORM error carries (an optimistic-lock error holds the
 * whole row, a password hash included).
 */
const SECRET_KEYS = [
  'password',
  'passwordHash',
  'password_hash',
  'currentPassword',
  'newPassword',
  'token',
  'accessToken',
  'refreshToken',
  'secret',
  'internalSecret',
  'tokenSecret',
  'authorization',
  'cookie',
  'cookies',
  'set-cookie',
];

export const REDACTED_PATHS = [
  ...SECRET_KEYS,
  ...SECRET_KEYS.map((key) => `*.${key}`),
  ...SECRET_KEYS.map((key) => `*.*.${key}`),
  ...['req', 'res', 'request', 'response'].flatMap((at) =>
    ['authorization', 'cookie', 'set-cookie'].map((h) => `${at}.headers["${h}"]`),
  ),
  'err.entity',
  'err.params',
  'error.entity',
];

/** JSON logs to stdout; LOG_LEVEL sets the level (default info, silent under tests). */
export function createLogger(name: string, destination?: DestinationStream): Logger {
  const level = process.env.LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info');
  const options = { name, level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } };
  return destination ? pino(options, destination) : pino(options);
}
