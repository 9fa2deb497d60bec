/**
 * pg-boss hands on pg's errors with the whole connection attached (settings, buffers, the
 * server's cancel key): log what went wrong, not the connection.
 */
export function loggableError(error: unknown): unknown {
  if (!(error instanceof Error) || !('client' in error)) return error;
  const { message, stack, code, severity } = error as Error & { code?: string; severity?: string };
  return { type: error.name, message, code, severity, stack };
}
