import { pino, type Logger } from 'pino';

export type { Logger };

/** JSON logs to stdout; LOG_LEVEL sets the level (default info, silent under tests). */
export function createLogger(name: string): Logger {
  const level = process.env.LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info');
  return pino({
    name,
    level,
    redact: ['req.headers.authorization', 'req.headers.cookie', 'password', '*.password'],
  });
}
