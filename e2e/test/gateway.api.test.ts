import { randomUUID } from 'node:crypto';
import { Role, signInternalToken } from '@casework/kit';
import { DEMO_PERSONS, DEMO_PROVIDERS } from '@casework/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signSessionToken } from '@casework/gateway';
import { ServiceProcess, type Stack } from '@casework/stack';
import getPort from 'get-port';
import { bearer, gql, SECRETS, signIn, startTestStack, tokenFor } from './stack.fixture.js';

/** A person is registered with full details (R4.5). */
const FULL = {
  dateOfBirth: '1975-03-03',
  address: { line1: 'Allee 5', postalCode: '10115', city: 'Berlin', country: 'DE' },
};
const PERSON_WITH_NOTES = `query($id: ID!) { person(id: $id) { name notes { id version text history { text editedBy editedAt } } } }`;

let stack: Stack;
let caseworker: string;
let providerUser: string;

beforeAll(async () => {
  stack = await startTestStack();
  caseworker = await tokenFor(stack, 'caseworker@demo.casework');
  providerUser = await tokenFor(stack, 'provider@demo.casework');
});
afterAll(() => stack?.stop());

describe('sign-in', () => {
  it('refuses a wrong password and an unknown account alike, with UNAUTHENTICATED', async () => {
    const wrong = await signIn(stack, 'caseworker@demo.casework', 'not-the-password');
    const unknown = await signIn(stack, 'nobody@demo.casework', 'whatever');
    for (const { res, body } of [wrong, unknown]) {
      expect(res.status).toBe(401);
      expect(body.error).toEqual({
        code: 'UNAUTHENTICATED',
        message: 'The email or password is wrong',
      });
    }
  });

  it('names the missing fields', async () => {
    const res = await fetch(`${stack.urls.gateway}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'caseworker@demo.casework' }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      error: {
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'password', code: 'REQUIRED', params: { property: 'password' } }],
      },
    });
  });

  it('sets an httpOnly session cookie that the web apps use, and sign-out clears it', async () => {
    const { res } = await signIn(stack, 'supervisor@demo.casework');
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/casework_session=[^;]+;.*HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const session = cookie.split(';')[0]!;
    const me = await fetch(`${stack.urls.gateway}/auth/me`, { headers: { cookie: session } });
    expect(await me.json()).toMatchObject({
      user: { email: 'supervisor@demo.casework', roles: [Role.SUPERVISOR] },
    });
    const viaCookie = await gql<{ persons: { totalCount: number } }>(
      stack,
      '{ persons { totalCount } }',
      {},
      { cookie: session },
    );
    expect(viaCookie.body.data?.persons.totalCount).toBeGreaterThanOrEqual(5);
    const out = await fetch(`${stack.urls.gateway}/auth/sign-out`, {
      method: 'POST',
      headers: { cookie: session },
    });
    expect(out.headers.get('set-cookie')).toMatch(/casework_session=;.*Expires=Thu, 01 Jan 1970/i);
  });
});

describe('GET /auth/me', () => {
  const permissionsOf = async (email: string) => {
    const { body } = await signIn(stack, email);
    const token = (body as { token: string }).token;
    const me = await fetch(`${stack.urls.gateway}/auth/me`, { headers: bearer(token) });
    expect(me.status).toBe(200);
    const { user } = (await me.json()) as { user: { roles: string[]; permissions: string[] } };
    // Sign-in answers with the same user, so the apps need no second request.
    expect((body as { user: { permissions: string[] } }).user.permissions).toEqual(
      user.permissions,
    );
    return user.permissions;
  };

  it("R6.2, R5.1: returns the permissions of the caller's role from the server's permission table", async () => {
    const supervisor = await permissionsOf('supervisor@demo.casework');
    expect(supervisor).toEqual(
      expect.arrayContaining(['app:agency', 'case:write', 'note:write', 'application:decide']),
    );
    expect(supervisor).not.toContain('case:configure');
    expect(supervisor).not.toContain('app:portal');

    const caseworker = await permissionsOf('caseworker@demo.casework');
    expect(caseworker).toContain('case:write');
    expect(caseworker).not.toContain('application:decide');

    const admin = await permissionsOf('admin@demo.casework');
    expect(admin).toEqual(
      expect.arrayContaining(['case:configure', 'portal-account:manage', 'case:read']),
    );
    expect(admin).not.toContain('case:write');

    const support = await permissionsOf('support@demo.casework');
    expect(support).toEqual([
      'provider:read',
      'admin-request:handle',
      'file:administrative-request',
      'app:agency',
    ]);

    const providerAdmin = await permissionsOf('provider-admin@demo.casework');
    expect(providerAdmin).toEqual(
      expect.arrayContaining(['app:portal', 'provider:administer-own', 'inquiry:answer']),
    );
    expect(providerAdmin).not.toContain('person:read');
    expect(await permissionsOf('provider@demo.casework')).not.toContain('provider:administer-own');
  });

  it('refuses a request without a session with 401', async () => {
    const me = await fetch(`${stack.urls.gateway}/auth/me`);
    expect(me.status).toBe(401);
  });
});

describe('federated queries and mutations through the gateway', () => {
  it('answers the cross-subgraph person -> notes -> history query (R3.3)', async () => {
    const res = await gql<{
      person: { name: string; notes: { text: string; history: { editedBy: string }[] }[] };
    }>(stack, PERSON_WITH_NOTES, { id: DEMO_PERSONS.annaSchmidt }, bearer(caseworker));
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.person.name).toBe('Anna Schmidt');
    const first = res.body.data!.person.notes.find((n) => n.text.startsWith('First contact'))!;
    expect(first.history.map((h) => h.editedBy)).toEqual(['Clara Caseworker', 'Clara Caseworker']);
  });

  it('registers a person, adds and edits a note, and shows the history across subgraphs', async () => {
    const registered = await gql<{ registerPerson: { id: string } }>(
      stack,
      'mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }',
      { input: { givenName: 'Edith', familyName: 'E2E', email: 'edith@example.org', ...FULL } },
      bearer(caseworker),
    );
    const personId = registered.body.data!.registerPerson.id;
    const added = await gql<{ addNote: { id: string } }>(
      stack,
      'mutation($input: AddNoteInput!) { addNote(input: $input) { id } }',
      { input: { personId, text: 'Met at the office.' } },
      bearer(caseworker),
    );
    const supervisor = await tokenFor(stack, 'supervisor@demo.casework');
    const edited = await gql(
      stack,
      'mutation($id: ID!, $input: EditNoteInput!) { editNote(id: $id, input: $input) { version } }',
      {
        id: added.body.data!.addNote.id,
        input: { version: 1, text: 'Met at the office; brought ID.' },
      },
      bearer(supervisor),
    );
    expect(edited.body.errors).toBeUndefined();
    const read = await gql<{
      person: { notes: { text: string; history: { text: string; editedBy: string }[] }[] };
    }>(stack, PERSON_WITH_NOTES, { id: personId }, bearer(caseworker));
    expect(read.body.data?.person.notes).toMatchObject([
      {
        text: 'Met at the office; brought ID.',
        history: [
          { text: 'Met at the office; brought ID.', editedBy: 'Sven Supervisor' },
          { text: 'Met at the office.', editedBy: 'Clara Caseworker' },
        ],
      },
    ]);
  });

  it('carries the request id to the subgraphs', async () => {
    const requestId = `e2e-${Date.now()}`;
    const res = await gql(
      stack,
      'mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }',
      { input: { givenName: 'Rita', familyName: 'Request', ...FULL } },
      { ...bearer(caseworker), 'x-request-id': requestId },
    );
    expect(res.headers.get('x-request-id')).toBe(requestId);
    await new Promise((r) => setTimeout(r, 200));
    expect(
      stack.services.cases.log.some(
        (line) => line.includes(requestId) && line.includes('person registered'),
      ),
    ).toBe(true);
  });
});

describe('bad input and faults change nothing and say what is wrong', () => {
  const count = async () =>
    (
      await gql<{ persons: { totalCount: number } }>(
        stack,
        '{ persons { totalCount } }',
        {},
        bearer(caseworker),
      )
    ).body.data!.persons.totalCount;

  it('BAD_USER_INPUT names the field; a missing required field is refused before any resolver', async () => {
    const before = await count();
    const invalid = await gql(
      stack,
      'mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }',
      { input: { givenName: 'Bad', familyName: 'Email', email: 'bad@' } },
      bearer(caseworker),
    );
    expect(invalid.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.email' }],
    });
    const missing = await gql(
      stack,
      'mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }',
      { input: { givenName: 'No family name' } },
      bearer(caseworker),
    );
    expect(missing.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(missing.body.errors?.[0]?.message).toMatch(/familyName/);
    expect(await count()).toBe(before);
  });

  it('malformed query: GRAPHQL_PARSE_FAILED; unknown field: GRAPHQL_VALIDATION_FAILED; no stack traces', async () => {
    const malformed = await gql(stack, '{ persons { totalCount ', {}, bearer(caseworker));
    expect(malformed.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const unknown = await gql(stack, '{ persons { shoeSize } }', {}, bearer(caseworker));
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    for (const body of [malformed.body, unknown.body])
      expect(JSON.stringify(body)).not.toMatch(/stacktrace|at .*\.js:\d+/);
  });

  it('NOT_FOUND for an unknown id and CONFLICT for a stale version', async () => {
    const missing = await gql(
      stack,
      '{ provider(id: "00000000-0000-4000-8000-000000000000") { name } }',
      {},
      bearer(caseworker),
    );
    expect(missing.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const update =
      'mutation($id: ID!, $input: UpdateProviderInput!) { updateProvider(id: $id, input: $input) { version } }';
    const current = await gql<{ provider: { version: number } }>(
      stack,
      `{ provider(id: "${DEMO_PROVIDERS.casaAperta}") { version } }`,
      {},
      bearer(caseworker),
    );
    const version = current.body.data!.provider.version;
    await gql(
      stack,
      update,
      { id: DEMO_PROVIDERS.casaAperta, input: { version, phone: '+39 02 5551999' } },
      bearer(caseworker),
    );
    const stale = await gql(
      stack,
      update,
      { id: DEMO_PROVIDERS.casaAperta, input: { version, phone: '+39 02 0000000' } },
      bearer(caseworker),
    );
    expect(stale.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('no token: 401 UNAUTHENTICATED', async () => {
    const res = await gql(stack, '{ persons { totalCount } }');
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'missing',
    });
  });

  it('expired token: 401 UNAUTHENTICATED saying the session expired', async () => {
    const { token } = await signSessionToken(
      {
        id: 'x',
        name: 'Expired',
        email: 'caseworker@demo.casework',
        roles: [Role.CASEWORKER],
        clearance: 2,
      },
      randomUUID(),
      SECRETS.token,
      new Date(Date.now() - 60_000),
    );
    const res = await gql(stack, '{ persons { totalCount } }', {}, bearer(token));
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0]).toMatchObject({
      message: 'Your session has expired; sign in again',
      extensions: { code: 'UNAUTHENTICATED', reason: 'expired' },
    });
  });

  it('a token signed with another secret is refused', async () => {
    const { token } = await signSessionToken(
      { id: 'x', name: 'Forged', email: 'x@x', roles: [Role.SUPERVISOR], clearance: 3 },
      randomUUID(),
      'someone-elses-secret-0123456789abcdef0123',
      new Date(Date.now() + 3_600_000),
    );
    const res = await gql(stack, '{ persons { totalCount } }', {}, bearer(token));
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'invalid',
    });
  });

  it('wrong role: a provider user gets FORBIDDEN for persons but sees their own organisation', async () => {
    const persons = await gql(stack, '{ persons { totalCount } }', {}, bearer(providerUser));
    expect(persons.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const own = await gql<{ providers: { nodes: { id: string }[] } }>(
      stack,
      '{ providers { nodes { id } } }',
      {},
      bearer(providerUser),
    );
    expect(own.body.data?.providers.nodes.map((n) => n.id)).toEqual([DEMO_PROVIDERS.sonnenhof]);
  });

  it('queries over the depth and alias limits are refused with GRAPHQL_VALIDATION_FAILED', async () => {
    let nested = 'id';
    for (let i = 0; i < 8; i++) nested = `notes { person { ${nested} } }`;
    const deep = await gql(
      stack,
      `{ person(id: "${DEMO_PERSONS.annaSchmidt}") { ${nested} } }`,
      {},
      bearer(caseworker),
    );
    expect(deep.body.errors?.[0]).toMatchObject({
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(deep.body.errors?.[0]?.message).toMatch(/depth/i);
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: persons { totalCount }`).join(' ');
    const many = await gql(stack, `{ ${aliases} }`, {}, bearer(caseworker));
    expect(many.body.errors?.[0]?.message).toMatch(/alias/i);
  });

  it('a query over the token limit is refused before it is parsed further', async () => {
    const fields = Array.from({ length: 2100 }, () => 'totalCount').join(' ');
    const res = await gql(stack, `{ persons { ${fields} } }`, {}, bearer(caseworker));
    expect(res.body.errors?.[0]).toMatchObject({ extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    expect(res.body.errors?.[0]?.message).toMatch(/more th\w+ 2000 tokens/);
  });

  it('blocks cross-site requests (CSRF): a simple text/plain POST is not executed', async () => {
    const res = await fetch(stack.urls.graphql, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', ...bearer(caseworker) },
      body: JSON.stringify({ query: '{ persons { totalCount } }' }),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/Cross-Site Request Forgery/i);
  });

  it('a subgraph called directly without the internal secret refuses with 401', async () => {
    const url = `http://127.0.0.1:${new URL(stack.services.cases.spec.readyUrl!).port}/graphql`;
    const plain = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ persons { totalCount } }"}',
    });
    expect(plain.status).toBe(401);
    const forged = await signInternalToken(
      { id: 'x', name: 'x', email: 'x', roles: [Role.SUPERVISOR], clearance: 3 },
      'not-the-internal-secret-0123',
    );
    const wrongSecret = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Internal ${forged}` },
      body: '{"query":"{ persons { totalCount } }"}',
    });
    expect(wrongSecret.status).toBe(401);
  });
});

describe('health and a stopped subgraph', () => {
  it('liveness and readiness of the gateway and the subgraphs', async () => {
    expect((await fetch(`${stack.urls.gateway}/health/live`)).status).toBe(200);
    const ready = await fetch(`${stack.urls.gateway}/health/ready`);
    expect(await ready.json()).toEqual({
      status: 'ok',
      checks: { database: 'ok', cases: 'ok', providers: 'ok', communications: 'ok' },
    });
    for (const name of ['cases', 'providers', 'communications'] as const) {
      expect((await fetch(stack.services[name].spec.readyUrl!)).status).toBe(200);
    }
  });

  it('serves the other subgraphs data with an error naming the stopped one, and recovers', async () => {
    await stack.services.cases.stop();
    try {
      const res = await gql<{ providers: { totalCount: number }; persons: unknown }>(
        stack,
        '{ providers { totalCount } persons { totalCount } }',
        {},
        bearer(caseworker),
      );
      expect(res.body.data?.providers.totalCount).toBeGreaterThanOrEqual(3);
      expect(res.body.data?.persons).toBeNull();
      expect(res.body.errors?.[0]).toMatchObject({
        message: expect.stringContaining('cases service is unavailable'),
        extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: 'cases' },
      });
      // Readiness is checked in the background once a second (issue 19): 503 within a few.
      let ready = await fetch(`${stack.urls.gateway}/health/ready`);
      for (let i = 0; i < 50 && ready.status !== 503; i++) {
        await new Promise((r) => setTimeout(r, 100));
        ready = await fetch(`${stack.urls.gateway}/health/ready`);
      }
      expect(ready.status).toBe(503);
      expect(((await ready.json()) as { checks: Record<string, string> }).checks.cases).toMatch(
        /unreachable/,
      );
    } finally {
      await stack.services.cases.start();
    }
    const back = await gql<{ persons: { totalCount: number } }>(
      stack,
      '{ persons { totalCount } }',
      {},
      bearer(caseworker),
    );
    expect(back.body.data?.persons.totalCount).toBeGreaterThanOrEqual(5);
  });

  it('without the communications subgraph a person is still served, its notes null with an error', async () => {
    await stack.services.communications.stop();
    try {
      const res = await gql<{ person: { name: string; notes: unknown } }>(
        stack,
        PERSON_WITH_NOTES,
        { id: DEMO_PERSONS.marcoRossi },
        bearer(caseworker),
      );
      expect(res.body.data?.person).toEqual({ name: 'Marco Rossi', notes: null });
      expect(res.body.errors?.[0]?.extensions).toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        serviceName: 'communications',
      });
      expect(JSON.stringify(res.body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
    } finally {
      await stack.services.communications.start();
    }
  });
});

describe('production mode', () => {
  it('turns off introspection and schema suggestions (development keeps introspection)', async () => {
    const dev = await gql<{ __schema: { queryType: { name: string } } }>(
      stack,
      '{ __schema { queryType { name } } }',
      {},
      bearer(caseworker),
    );
    expect(dev.body.data?.__schema.queryType.name).toBe('Query');

    const port = await getPort();
    const spec = stack.services.gateway.spec;
    const production = new ServiceProcess(
      {
        ...spec,
        name: 'gateway-production',
        env: { ...spec.env, NODE_ENV: 'production', GATEWAY_PORT: String(port) },
        readyUrl: `http://127.0.0.1:${port}/health/ready`,
      },
      () => undefined,
    );
    await production.start();
    try {
      const ask = async (query: string) => {
        const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...bearer(caseworker) },
          body: JSON.stringify({ query }),
        });
        return (await res.json()) as {
          data?: unknown;
          errors?: { message: string; extensions?: { code?: string } }[];
        };
      };
      const introspection = await ask('{ __schema { queryType { name } } }');
      expect(introspection.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(introspection.errors?.[0]?.message).toMatch(/introspection/i);
      const typo = await ask('{ persns { totalCount } }');
      expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
      const works = await ask('{ persons { totalCount } }');
      expect(works.errors).toBeUndefined();
    } finally {
      await production.stop();
    }
  });
});
