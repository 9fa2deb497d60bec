import { describe, expect, it } from 'vitest';
import { signSessionToken } from '../identity/session-token.js';
import { looksLikeClientToken, signClientToken, verifyClientToken } from './api-client-token.js';

const secret = 'unit-token-secret-0123456789abcdef0123456789';
const claims = { clientId: 'c1', secretId: 's1', scopes: ['provider:read'] };

describe('API client access tokens (issue 17)', () => {
  it('R6.2: carry the client, its secret and the granted scopes', async () => {
    const token = await signClientToken(claims, secret, new Date(Date.now() + 60_000));
    expect(looksLikeClientToken(token)).toBe(true);
    expect(await verifyClientToken(token, secret)).toEqual(claims);
  });

  it('R6.2: an expired, foreign or tampered token is refused with its reason', async () => {
    const expired = await signClientToken(claims, secret, new Date(Date.now() - 1000));
    expect(await verifyClientToken(expired, secret)).toEqual({ error: 'expired' });
    const foreign = await signClientToken(claims, `${secret}x`, new Date(Date.now() + 60_000));
    expect(await verifyClientToken(foreign, secret)).toEqual({ error: 'invalid' });
    expect(await verifyClientToken('not.a.token', secret)).toEqual({ error: 'invalid' });
  });

  it('R6.2: a sign-in token is never taken for a client token, nor the reverse', async () => {
    const identity = { id: 'u', name: 'U', email: 'u@x', roles: [], clearance: 1 };
    const { token } = await signSessionToken(identity, 's', secret, new Date(Date.now() + 60_000));
    expect(looksLikeClientToken(token)).toBe(false);
    expect(await verifyClientToken(token, secret)).toEqual({ error: 'invalid' });
  });
});
