import { afterEach, describe, expect, it, vi } from 'vitest';
import { signInternalToken, verifyInternalToken } from './internal-token.js';
import { Role } from './roles.js';

const identity = {
  id: 'a1',
  name: 'Ann',
  email: 'ann@x.org',
  roles: [Role.CASEWORKER],
  clearance: 2,
};
const secret = 'internal-secret-for-tests-0123456789';

describe('internal token between gateway and subgraphs', () => {
  it('carries the verified identity', async () => {
    expect(await verifyInternalToken(await signInternalToken(identity, secret), secret)).toEqual({
      ...identity,
      organisationId: undefined,
    });
  });

  it('is refused when signed with another secret or tampered with', async () => {
    const token = await signInternalToken(identity, 'another-secret-0123456789abcdef');
    await expect(verifyInternalToken(token, secret)).rejects.toThrow();
    const [head, , sig] = (await signInternalToken(identity, secret)).split('.');
    const forgedBody = Buffer.from(
      JSON.stringify({ identity: { ...identity, roles: [Role.SUPERVISOR] } }),
    ).toString('base64url');
    await expect(verifyInternalToken(`${head}.${forgedBody}.${sig}`, secret)).rejects.toThrow();
  });

  it('drops roles it does not know', async () => {
    const token = await signInternalToken(
      { ...identity, roles: ['ROOT' as Role, Role.SUPERVISOR] },
      secret,
    );
    expect((await verifyInternalToken(token, secret)).roles).toEqual([Role.SUPERVISOR]);
  });

  describe('caching (issue 15: no signature per subgraph call)', () => {
    afterEach(() => vi.useRealTimers());

    it('reuses a token for one identity, and signs anew for another identity', async () => {
      const first = await signInternalToken(identity, secret);
      expect(await signInternalToken({ ...identity }, secret)).toBe(first);
      expect(await signInternalToken({ ...identity, clearance: 3 }, secret)).not.toBe(first);
      expect(await signInternalToken(identity, 'another-secret-0123456789abcdef')).not.toBe(first);
    });

    it('never hands out or accepts a token past its expiry', async () => {
      vi.useFakeTimers({ now: new Date('2031-01-01T10:00:00Z'), toFake: ['Date'] });
      const who = { ...identity, id: 'expiry-check' };
      const token = await signInternalToken(who, secret);
      expect((await verifyInternalToken(token, secret)).id).toBe('expiry-check');
      vi.setSystemTime(new Date('2031-01-01T10:04:30Z'));
      const renewed = await signInternalToken(who, secret);
      expect(renewed).not.toBe(token);
      vi.setSystemTime(new Date('2031-01-01T10:05:30Z'));
      await expect(verifyInternalToken(token, secret)).rejects.toThrow();
      expect((await verifyInternalToken(renewed, secret)).id).toBe('expiry-check');
    });

    it('a verified token does not pass under another secret', async () => {
      const token = await signInternalToken(identity, secret);
      await verifyInternalToken(token, secret);
      await expect(verifyInternalToken(token, 'another-secret-0123456789abcdef')).rejects.toThrow();
    });
  });

  it('R6.2: carries the scopes of an API client, dropping unknown ones', async () => {
    const token = await signInternalToken(
      { ...identity, roles: [Role.INTEGRATOR], scopes: ['provider:read', 'root:all' as never] },
      secret,
    );
    expect((await verifyInternalToken(token, secret)).scopes).toEqual(['provider:read']);
    expect(
      (await verifyInternalToken(await signInternalToken(identity, secret), secret)).scopes,
    ).toBeUndefined();
  });
});
