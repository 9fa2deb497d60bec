import { describe, expect, it } from 'vitest';
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
