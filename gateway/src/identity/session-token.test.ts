import { Role } from '@casework/kit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { signSessionToken, verifySessionToken } from './session-token.js';

const secret = 'session-token-secret-for-tests-0123456789';
const identity = {
  id: 'u1',
  name: 'Clara',
  email: 'clara@agency.example',
  roles: [Role.CASEWORKER],
  organisationId: undefined,
  clearance: 1,
};

describe('session token (a verified signature is remembered until the token expires)', () => {
  afterEach(() => vi.useRealTimers());

  it('verifies a token twice to the same identity and session', async () => {
    const { token } = await signSessionToken(identity, 's1', secret, new Date(Date.now() + 60_000));
    const first = await verifySessionToken(token, secret);
    expect(first).toEqual({ sessionId: 's1', identity });
    expect(await verifySessionToken(token, secret)).toEqual(first);
  });

  it('refuses a remembered token once it has expired', async () => {
    vi.useFakeTimers({ now: new Date('2031-03-01T08:00:00Z'), toFake: ['Date'] });
    const { token } = await signSessionToken(
      identity,
      's2',
      secret,
      new Date('2031-03-01T08:01:00Z'),
    );
    expect(await verifySessionToken(token, secret)).toMatchObject({ sessionId: 's2' });
    vi.setSystemTime(new Date('2031-03-01T08:01:01Z'));
    expect(await verifySessionToken(token, secret)).toEqual({ error: 'expired' });
  });

  it('refuses a remembered token under another secret, and a tampered one', async () => {
    const { token } = await signSessionToken(identity, 's3', secret, new Date(Date.now() + 60_000));
    await verifySessionToken(token, secret);
    expect(await verifySessionToken(token, `${secret}-other`)).toEqual({ error: 'invalid' });
    expect(await verifySessionToken(`${token.slice(0, -2)}xx`, secret)).toEqual({
      error: 'invalid',
    });
  });
});
