import { describe, expect, it } from 'vitest';
import { loggableError } from './loggable-error.js';

describe('job queue errors in the log', () => {
  it('keeps what went wrong and drops the pg connection attached to it (its settings and cancel key)', () => {
    const error = Object.assign(new Error('terminating connection due to administrator command'), {
      code: '57P01',
      severity: 'FATAL',
      client: { connectionParameters: { password: 'secret' }, secretKey: 1234 },
    });
    const logged = loggableError(error);
    expect(logged).toMatchObject({ message: error.message, code: '57P01', severity: 'FATAL' });
    expect(JSON.stringify(logged)).not.toContain('secretKey');
    const plain = new Error('plain');
    expect(loggableError(plain)).toBe(plain);
  });
});
