import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';

function capture() {
  const lines: string[] = [];
  const logger = createLogger('test', { write: (line: string) => void lines.push(line) });
  logger.level = 'info';
  return { logger, text: () => lines.join('') };
}

describe('log redaction', () => {
  it('issue 14 item 3: never writes password hashes, tokens, secrets or cookies', () => {
    const { logger, text } = capture();
    const hash = '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo';
    const lockError = Object.assign(new Error('The optimistic lock on entity Account failed'), {
      entity: { id: 'a1', email: 'x@example.org', passwordHash: hash },
    });
    logger.error({ err: lockError }, 'request failed');
    logger.info({ passwordHash: hash, password: 'hunter2-secret' }, 'top level');
    logger.info({ input: { password: 'hunter2-secret', newPassword: 'n3w-secret-pw' } }, 'nested');
    logger.info(
      {
        req: {
          headers: { authorization: 'Bearer eyJhbGciOi.token', cookie: 'casework_session=abc' },
        },
      },
      'request',
    );
    logger.info(
      { token: 'eyJhbGciOi.token', config: { tokenSecret: 'dev-only-secret' } },
      'config',
    );
    const out = text();
    for (const secret of [
      '$argon2id',
      'hunter2-secret',
      'n3w-secret-pw',
      'eyJhbGciOi',
      'casework_session=abc',
      'dev-only-secret',
    ])
      expect(out).not.toContain(secret);
    expect(out).toContain('[redacted]');
    expect(out).toContain('The optimistic lock on entity Account failed');
  });
});
