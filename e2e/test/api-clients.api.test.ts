import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack } from '@casework/stack';
import { bearer, gql, startTestStack, tokenFor } from './stack.fixture.js';

let stack: Stack;
let admin: string;

beforeAll(async () => {
  stack = await startTestStack();
  admin = await tokenFor(stack, 'admin@demo.casework');
});
afterAll(async () => {
  await stack?.stop();
});

const inAYear = () => new Date(Date.now() + 365 * 24 * 60 * 60_000).toISOString();

interface Created {
  client: { id: string; name: string; scopes: string[] };
  secret: string;
  secretId: string;
}

async function adminCall(path: string, body?: unknown, token = admin) {
  const res = await fetch(`${stack.urls.gateway}/auth/api-clients${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function createClient(name: string, scopes: string[], extra: Record<string, unknown> = {}) {
  const res = await adminCall('', {
    name,
    owner: 'Finance team',
    scopes,
    expiresAt: inAYear(),
    ...extra,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as unknown as Created;
}

async function requestToken(clientId: string, secret: string, scope?: string) {
  const form = new URLSearchParams({ grant_type: 'client_credentials' });
  if (scope) form.set('scope', scope);
  const res = await fetch(`${stack.urls.gateway}/oauth/token`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}`,
    },
    body: form,
  });
  return {
    status: res.status,
    headers: res.headers,
    body: (await res.json()) as Record<string, string>,
  };
}

const PROVIDERS = '{ providers(first: 5) { nodes { id name } } }';
const REGISTER_PROVIDER = 'mutation { registerProvider(input: { name: "Refused Ltd" }) { id } }';

describe('issue 17: API clients with scoped keys (R6.2)', () => {
  it('R6.2: an administrator creates a client with provider:read only; its token reads providers and a write is refused', async () => {
    const created = await createClient('Finance system', ['provider:read']);
    expect(created.secret).toMatch(/^cw_/);
    expect(created.client.scopes).toEqual(['provider:read']);
    // The secret is shown once: the list never holds it.
    const list = await adminCall('');
    expect(JSON.stringify(list.body)).not.toContain(created.secret);

    const token = await requestToken(created.client.id, created.secret);
    expect(token.status, JSON.stringify(token.body)).toBe(200);
    expect(token.body).toMatchObject({
      token_type: 'Bearer',
      expires_in: 900,
      scope: 'provider:read',
    });
    expect(token.headers.get('cache-control')).toBe('no-store');

    const read = await gql<{ providers: { nodes: unknown[] } }>(
      stack,
      PROVIDERS,
      {},
      bearer(token.body.access_token!),
    );
    expect(read.body.errors).toBeUndefined();
    expect(read.body.data?.providers.nodes.length).toBeGreaterThan(0);

    const write = await gql(stack, REGISTER_PROVIDER, {}, bearer(token.body.access_token!));
    expect(write.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const after = await gql<{ providers: { nodes: { name: string }[] } }>(
      stack,
      '{ providers(first: 100, search: "Refused") { nodes { name } } }',
      {},
      bearer(admin),
    );
    expect(after.body.data?.providers.nodes).toEqual([]);

    // The same secret works as an X-Api-Key header, with the same scopes.
    const byKey = await gql(stack, REGISTER_PROVIDER, {}, { 'x-api-key': created.secret });
    expect(byKey.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const readByKey = await gql(stack, PROVIDERS, {}, { 'x-api-key': created.secret });
    expect(readByKey.body.errors).toBeUndefined();

    // Usage per client: requests, errors and when it was last used.
    const usage = (await adminCall('')).body.clients as {
      id: string;
      usage: { requests: number; errors: number; lastUsedAt: string | null };
    }[];
    const mine = usage.find((c) => c.id === created.client.id)!;
    expect(mine.usage.requests).toBeGreaterThanOrEqual(5);
    expect(mine.usage.errors).toBeGreaterThanOrEqual(2);
    expect(mine.usage.lastUsedAt).not.toBeNull();
  });

  it('R6.2: a scope the client does not hold is refused at the token endpoint (invalid_scope)', async () => {
    const created = await createClient('Reporting', ['provider:read']);
    const res = await requestToken(
      created.client.id,
      created.secret,
      'provider:read provider:write',
    );
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('invalid_scope');
    const narrower = await requestToken(created.client.id, created.secret, 'provider:read');
    expect(narrower.body.scope).toBe('provider:read');
  });

  it('R6.2: a wrong, revoked or expired secret gets a coded refusal; rotation keeps two secrets valid', async () => {
    const created = await createClient('Documents', ['provider:read']);
    const wrong = await requestToken(created.client.id, `${created.secret.slice(0, -4)}AAAA`);
    expect(wrong.status).toBe(401);
    expect(wrong.body.error).toBe('invalid_client');

    // Rotation: a second secret, both valid until the first is revoked.
    const rotated = await adminCall(`/${created.client.id}/secrets`, {});
    expect(rotated.status).toBe(201);
    const second = rotated.body.secret as string;
    const oldToken = await requestToken(created.client.id, created.secret);
    expect(oldToken.status).toBe(200);
    expect((await requestToken(created.client.id, second)).status).toBe(200);

    const revoked = await adminCall(`/${created.client.id}/secrets/${created.secretId}/revoke`, {});
    expect(revoked.status).toBe(200);
    const refused = await requestToken(created.client.id, created.secret);
    expect(refused.status).toBe(401);
    expect(refused.body).toMatchObject({ error: 'invalid_client', reason: 'revoked' });
    // A token issued with the revoked secret stops working at once; the new secret keeps working.
    const withOld = await gql(stack, PROVIDERS, {}, bearer(oldToken.body.access_token!));
    expect(withOld.status).toBe(401);
    expect(withOld.body.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'revoked',
    });
    expect((await gql(stack, PROVIDERS, {}, { 'x-api-key': second })).body.errors).toBeUndefined();

    // Revoking the client ends everything.
    expect((await adminCall(`/${created.client.id}/revoke`, {})).status).toBe(200);
    const afterRevoke = await gql(stack, PROVIDERS, {}, { 'x-api-key': second });
    expect(afterRevoke.body.errors?.[0]?.extensions?.reason).toBe('revoked');

    // An expired secret.
    const other = await createClient('Short-lived', ['provider:read']);
    const soon = await adminCall(`/${other.client.id}/secrets`, {
      expiresAt: new Date(Date.now() + 1500).toISOString(),
    });
    expect(soon.status).toBe(201);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const expired = await requestToken(other.client.id, soon.body.secret as string);
    expect(expired.body).toMatchObject({ error: 'invalid_client', reason: 'expired' });
  });

  it('R6.2: an expired access token is refused with reason expired', async () => {
    // A token whose lifetime ended: the same signature, an exp in the past.
    const { SignJWT } = await import('jose');
    const created = await createClient('Old token', ['provider:read']);
    const stale = await new SignJWT({ sec: created.secretId, scope: 'provider:read' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(created.client.id)
      .setIssuer('casework')
      .setAudience('casework-api-client')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 3600)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(new TextEncoder().encode('e2e-token-secret-0123456789abcdef0123456789'));
    const res = await gql(stack, PROVIDERS, {}, bearer(stale));
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0]?.extensions?.reason).toBe('expired');
  });

  it('R6.3: a change made by an API client is audited with the client name', async () => {
    const created = await createClient('Citizens portal', ['person:read', 'person:write']);
    const res = await gql<{ registerPerson: { id: string } }>(
      stack,
      `mutation {
        registerPerson(input: {
          givenName: "Ina", familyName: "Integrated", dateOfBirth: "1990-04-01",
          address: { line1: "Main Street 1", postalCode: "10115", city: "Berlin", country: "DE" }
        }) { id }
      }`,
      {},
      { 'x-api-key': created.secret },
    );
    expect(res.body.errors).toBeUndefined();
    const trail = await gql<{ person: { auditTrail: { actor: string; action: string }[] } }>(
      stack,
      'query ($id: ID!) { person(id: $id) { auditTrail { actor action } } }',
      { id: res.body.data!.registerPerson.id },
      bearer(await tokenFor(stack, 'caseworker@demo.casework')),
    );
    expect(trail.body.data?.person.auditTrail[0]).toEqual({
      actor: 'Citizens portal (API client)',
      action: 'CREATED',
    });
  });

  it('R6.2: each client has its own rate limit: 429 with Retry-After, other clients unaffected', async () => {
    const limited = await createClient('Chatty', ['provider:read'], { rateLimitPerMinute: 3 });
    const calm = await createClient('Calm', ['provider:read']);
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 5; i++) {
      const res = await gql(stack, PROVIDERS, {}, { 'x-api-key': limited.secret });
      statuses.push(res.status);
      if (res.status === 429) {
        retryAfter = res.headers.get('retry-after');
        expect(res.body.errors?.[0]?.extensions).toMatchObject({
          code: 'TOO_MANY_REQUESTS',
          reason: 'RATE_LIMITED',
        });
      }
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    expect((await gql(stack, PROVIDERS, {}, { 'x-api-key': calm.secret })).status).toBe(200);
  });

  it('R6.2: bad client input is refused field by field and nothing is created; only administrators manage clients', async () => {
    const before = ((await adminCall('')).body.clients as unknown[]).length;
    const bad = await adminCall('', {
      name: ' ',
      owner: 'x\u0000y',
      scopes: ['provider:read', 'service:manage'],
      expiresAt: '2001-01-01T00:00:00Z',
      rateLimitPerMinute: 0,
    });
    expect(bad.status).toBe(400);
    // Stable codes the agency app translates (issue 17).
    expect(JSON.stringify(bad.body.errors)).toContain('"reason":"API_CLIENT_INVALID"');
    const fields = (
      bad.body.error as { fields: { field: string; message: string; code: string }[] }
    ).fields;
    expect(fields.map((f) => f.field).sort()).toEqual([
      'expiresAt',
      'name',
      'owner',
      'rateLimitPerMinute',
      'scopes',
    ]);
    expect(fields.find((f) => f.field === 'scopes')?.message).toMatch(/may only hold scopes/);
    // Each field also names its rule by a stable code the agency app translates (R6.2).
    expect(Object.fromEntries(fields.map((f) => [f.field, f.code]))).toEqual({
      expiresAt: 'NOT_IN_FUTURE',
      name: 'BLANK',
      owner: 'TEXT_NOT_PRINTABLE',
      rateLimitPerMinute: 'TOO_SMALL',
      scopes: 'SCOPE_NOT_GRANTABLE',
    });
    const surrogate = await adminCall('', {
      name: 'a\ud800',
      owner: 'o',
      scopes: ['provider:read'],
      expiresAt: inAYear(),
    });
    expect(surrogate.status).toBe(400);
    expect(((await adminCall('')).body.clients as unknown[]).length).toBe(before);

    const caseworker = await tokenFor(stack, 'caseworker@demo.casework');
    const refused = await adminCall(
      '',
      { name: 'Mine', owner: 'me', scopes: ['provider:read'], expiresAt: inAYear() },
      caseworker,
    );
    expect(refused.status).toBe(403);
    expect(JSON.stringify(refused.body.errors)).toContain('"reason":"API_CLIENTS_ADMIN_ONLY"');
    // An API client cannot manage clients either, whatever its scopes.
    const created = await createClient('Sneaky', ['provider:read']);
    const res = await fetch(`${stack.urls.gateway}/auth/api-clients`, {
      headers: { 'x-api-key': created.secret },
    });
    expect(res.status).toBe(403);
  });
});
