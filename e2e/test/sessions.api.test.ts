import { DEMO_PORTAL_ACCOUNTS } from '@casework/contracts';
import { liveClient, subscribe } from '@casework/testing';
import { type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack } from '@casework/stack';
import { bearer, gql, signIn, startTestStack, tokenFor } from './stack.fixture.js';

const NOTIFICATION_ADDED = `subscription { notificationAdded { id } }`;
const ME = '{ myUnreadNotificationCount }';
let stack: Stack;
const clients: Client[] = [];

beforeAll(async () => {
  process.env.SIGN_IN_LIMIT_PER_ACCOUNT = '5';
  process.env.SIGN_IN_LIMIT_PER_ADDRESS = '40';
  stack = await startTestStack();
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await stack?.stop();
  delete process.env.SIGN_IN_LIMIT_PER_ACCOUNT;
  delete process.env.SIGN_IN_LIMIT_PER_ADDRESS;
});

const wsUrl = () => `${stack.urls.gateway.replace(/^http/, 'ws')}/graphql`;

/** A graphql-ws connection with a subscription, resolved once the server accepted it. */
async function openLive(token: string) {
  let connected!: () => void;
  const ready = new Promise<void>((resolve) => (connected = resolve));
  const client = liveClient(wsUrl(), {
    connectionParams: { authorization: `Bearer ${token}` },
    on: { connected: () => connected() },
  });
  clients.push(client);
  const sub = subscribe(client, NOTIFICATION_ADDED);
  await Promise.race([ready, sub.ended.then((e) => Promise.reject(new Error(JSON.stringify(e))))]);
  return sub;
}

const post = (path: string, headers: Record<string, string> = {}, body?: unknown) =>
  fetch(`${stack.urls.gateway}${path}`, {
    method: 'POST',
    headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...headers },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });

async function reasonFor(token: string | { cookie: string }) {
  const res = await gql(stack, ME, {}, typeof token === 'string' ? bearer(token) : token);
  return res.body.errors?.[0]?.extensions?.reason ?? (res.body.data ? 'accepted' : 'unknown');
}

describe('issue 14 item 1: revocable server-side sessions', () => {
  it('sign-out ends the session: bearer token, replayed cookie and new live connections are refused', async () => {
    const { res, body } = await signIn(stack, 'caseworker@demo.casework');
    const token = body.token!;
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
    expect(await reasonFor(token)).toBe('accepted');
    const open = await openLive(token);
    const out = await post('/auth/sign-out', { cookie });
    expect(out.status).toBe(204);
    expect(await reasonFor(token)).toBe('revoked');
    expect(await reasonFor({ cookie })).toBe('revoked');
    const me = await fetch(`${stack.urls.gateway}/auth/me`, { headers: bearer(token) });
    expect(me.status).toBe(401);
    expect(await open.ended).toMatchObject({ code: 4401 });
    const fresh = subscribe(
      liveClient(wsUrl(), { connectionParams: { authorization: `Bearer ${token}` } }),
      NOTIFICATION_ADDED,
    );
    expect(await fresh.ended).toMatchObject({
      code: 4401,
      reason: expect.stringContaining('ended'),
    });
  });

  it('sign-out everywhere ends every session of the user, and only theirs', async () => {
    const first = await tokenFor(stack, 'supervisor@demo.casework');
    const second = await tokenFor(stack, 'supervisor@demo.casework');
    const other = await tokenFor(stack, 'caseworker@demo.casework');
    const live = await openLive(second);
    const res = await post('/auth/sign-out-everywhere', bearer(first));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ sessionsEnded: expect.any(Number) });
    expect(await reasonFor(first)).toBe('revoked');
    expect(await reasonFor(second)).toBe('revoked');
    expect(await reasonFor(other)).toBe('accepted');
    expect(await live.ended).toMatchObject({ code: 4401 });
  });

  it('an agency administrator signs a user out everywhere; others may not', async () => {
    const admin = await tokenFor(stack, 'admin@demo.casework');
    const target = await tokenFor(stack, 'support@demo.casework');
    const me = (await (
      await fetch(`${stack.urls.gateway}/auth/me`, { headers: bearer(target) })
    ).json()) as { user: { id: string } };
    const refused = await post(`/auth/accounts/${me.user.id}/sign-out-everywhere`, bearer(target));
    expect(refused.status).toBe(403);
    const done = await post(`/auth/accounts/${me.user.id}/sign-out-everywhere`, bearer(admin));
    expect(done.status).toBe(200);
    expect(await reasonFor(target)).toBe('revoked');
  });

  it('changing the password ends the other sessions and returns a new one', async () => {
    const old = await tokenFor(stack, 'integrator@demo.casework');
    const res = await post('/auth/change-password', bearer(old), {
      currentPassword: 'casework-demo',
      newPassword: 'a-new-long-password-2026',
    });
    expect(res.status).toBe(200);
    const { token } = (await res.json()) as { token: string };
    expect(await reasonFor(old)).toBe('revoked');
    expect(await reasonFor(token)).toBe('accepted');
    const wrong = await post('/auth/change-password', bearer(token), {
      currentPassword: 'not-it',
      newPassword: 'another-long-password-1',
    });
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({
      errors: [
        {
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [{ field: 'currentPassword', code: 'CURRENT_PASSWORD_WRONG' }],
          },
        },
      ],
    });
    expect(
      (await signIn(stack, 'integrator@demo.casework', 'a-new-long-password-2026')).res.status,
    ).toBe(200);
  });

  it('disabling an agency staff account ends its sessions and sign-in; enabling restores sign-in', async () => {
    const admin = await tokenFor(stack, 'admin@demo.casework');
    const target = await tokenFor(stack, 'support@demo.casework');
    const live = await openLive(target);
    const me = (await (
      await fetch(`${stack.urls.gateway}/auth/me`, { headers: bearer(target) })
    ).json()) as { user: { id: string } };
    const res = await post(`/auth/accounts/${me.user.id}/disable`, bearer(admin));
    expect(res.status).toBe(200);
    expect(await reasonFor(target)).toBe('revoked');
    expect(await live.ended).toMatchObject({ code: 4401 });
    expect((await signIn(stack, 'support@demo.casework')).res.status).toBe(403);
    expect((await post(`/auth/accounts/${me.user.id}/enable`, bearer(admin))).status).toBe(200);
    expect((await signIn(stack, 'support@demo.casework')).res.status).toBe(200);
  });

  it('issue 14 item 2: disabling a portal account ends its sessions at once (HTTP to every subgraph and live)', async () => {
    const admin = await tokenFor(stack, 'admin@demo.casework');
    const paula = await tokenFor(stack, 'provider@demo.casework');
    const live = await openLive(paula);
    expect(await reasonFor(paula)).toBe('accepted');
    const disabled = await gql(
      stack,
      'mutation($id: ID!) { disablePortalAccount(id: $id) { id status } }',
      { id: DEMO_PORTAL_ACCOUNTS.paulaProvider },
      bearer(admin),
    );
    expect(disabled.body.errors).toBeUndefined();
    // The providers subgraph announces it after commit; the gateway revokes within moments.
    await expect.poll(() => reasonFor(paula), { timeout: 5000 }).toBe('revoked');
    expect(await live.ended).toMatchObject({ code: 4401 });
    expect((await signIn(stack, 'provider@demo.casework')).res.status).toBe(403);
    await gql(
      stack,
      'mutation($id: ID!) { enablePortalAccount(id: $id) { id status } }',
      { id: DEMO_PORTAL_ACCOUNTS.paulaProvider },
      bearer(admin),
    );
  });
});

describe('issue 14 item 3: parallel sign-ins and secret-free logs', () => {
  it('six parallel sign-ins of one account all succeed, and no log line holds a hash, token, password or cookie', async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, () => signIn(stack, 'caseworker@demo.casework')),
    );
    expect(results.map((r) => r.res.status)).toEqual([200, 200, 200, 200, 200, 200]);
    const failing = await signIn(stack, 'caseworker@demo.casework', 'wrong-password-in-log-test');
    expect(failing.res.status).toBe(401);
    await new Promise((r) => setTimeout(r, 300));
    const logs = Object.values(stack.services)
      .flatMap((s) => s.log)
      .join('\n');
    expect(logs.length).toBeGreaterThan(0);
    for (const secret of [
      '$argon2',
      'wrong-password-in-log-test',
      'casework-demo',
      'casework_session=',
      ...results.map((r) => r.body.token!),
    ])
      expect(logs).not.toContain(secret);
  });
});

describe('issue 14 item 4: sign-in rate limits', () => {
  it('after 5 failures the right password is refused with 429 and Retry-After, the same for an unknown email', async () => {
    const known = 'provider-admin@demo.casework';
    const unknown = 'nobody-here@demo.casework';
    for (let i = 0; i < 5; i++) {
      expect((await signIn(stack, known, `wrong-${i}`)).res.status).toBe(401);
      expect((await signIn(stack, unknown, `wrong-${i}`)).res.status).toBe(401);
    }
    const right = await signIn(stack, known);
    const other = await signIn(stack, unknown, 'casework-demo');
    for (const { res, body } of [right, other]) {
      expect(res.status).toBe(429);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(body).toMatchObject({
        errors: [{ extensions: { code: 'TOO_MANY_REQUESTS' } }],
      });
    }
    // The same answer (the seconds left may differ by the time between the two requests).
    const shape = (body: unknown) => JSON.stringify(body).replace(/\d+/g, 'N');
    expect(shape(right.body)).toBe(shape(other.body));
  });

  it('invitation acceptance is limited per token', async () => {
    const accept = () =>
      post(
        '/auth/accept-invitation',
        {},
        { token: 'not-a-real-invitation', password: 'long-enough-password' },
      );
    for (let i = 0; i < 5; i++) expect((await accept()).status).toBe(400);
    const blocked = await accept();
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('failures from one address (40 here, counted across emails) block it for every account', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 41 && !statuses.includes(429); i++)
      statuses.push((await signIn(stack, `spray-${i}@demo.casework`, 'x')).res.status);
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.slice(0, -1).every((s) => s === 401)).toBe(true);
    expect((await signIn(stack, 'caseworker@demo.casework')).res.status).toBe(429);
  });
});
