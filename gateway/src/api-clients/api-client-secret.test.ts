import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newSecret, secretIdOf, secretMatches } from './api-client-secret.js';

describe('API client secrets (issue 17)', () => {
  it('R6.2: a secret names its row and matches only its own hash', () => {
    const id = randomUUID();
    const { secret, hash, hint } = newSecret(id);
    expect(secretIdOf(secret)).toBe(id);
    expect(hash).not.toContain(secret);
    expect(secret.endsWith(hint)).toBe(true);
    expect(secretMatches(secret, hash)).toBe(true);
    expect(secretMatches(`${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`, hash)).toBe(
      false,
    );
    expect(secretMatches(newSecret(id).secret, hash)).toBe(false);
  });

  it('R6.2: anything not in the secret format is no secret (no lookup is made)', () => {
    for (const bad of ['', 'cw_', `cw_${'0'.repeat(32)}_short`, 'Bearer x', '\u0000', 'a\ud800'])
      expect(secretIdOf(bad)).toBeUndefined();
  });
});
