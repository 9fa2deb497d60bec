import { ConnectionException } from '@mikro-orm/core';

/** Node and PostgreSQL codes that mean the database cannot be reached (or is shutting down). */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EHOSTUNREACH',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
]);
const UNREACHABLE_MESSAGE =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection ended unexpectedly|the database system is (starting up|shutting down)/i;
/** query_canceled: the statement timeout stopped it. */
const STATEMENT_TIMEOUT = '57014';

export type DatabaseFailure = 'unavailable' | 'timeout';

/** Tells a database outage or a statement timeout from other errors, looking through wrapped causes. */
export function databaseFailureOf(error: unknown): DatabaseFailure | undefined {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (typeof current === 'object' && current !== null && !seen.has(current)) {
    seen.add(current);
    if (current instanceof ConnectionException) return 'unavailable';
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (code === STATEMENT_TIMEOUT) return 'timeout';
    if (typeof code === 'string' && (UNREACHABLE_CODES.has(code) || code.startsWith('08')))
      return 'unavailable';
    if (typeof message === 'string' && UNREACHABLE_MESSAGE.test(message)) return 'unavailable';
    if (current instanceof AggregateError && current.errors.length > 0) current = current.errors[0];
    else
      current =
        (current as { cause?: unknown; originalError?: unknown }).cause ??
        (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}
