import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { createServer, type Server, type Socket, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signInternalToken } from '@casework/kit';
import { DEMO_PERSONS, DEMO_PROVIDERS } from '@casework/contracts';
import { createTestDatabase } from '@casework/testing';
import getPort from 'get-port';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startStack } from '@casework/stack';
import { bearer, gql, SECRETS, tokenFor } from './stack.fixture.js';

const HOME_CARE = '0b9e5f5a-0004-4000-8000-000000000001';

/** A TCP proxy in front of PostgreSQL: closing it is PostgreSQL going away for the whole stack. */
class DatabaseLink {
  private readonly sockets = new Set<Socket>();
  private server?: Server;
  constructor(
    private readonly target: { host: string; port: number },
    readonly port: number,
  ) {}

  async open(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
  }

  async cut(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server?.close(() => resolve()));
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }
}

let stack: Stack;
let link: DatabaseLink;
let caseworker: string;
let admin: string;
let provider: string;

beforeAll(async () => {
  const database = new URL(await createTestDatabase());
  link = new DatabaseLink(
    { host: database.hostname, port: Number(database.port) },
    await getPort(),
  );
  await link.open();
  database.port = String(link.port);
  const free = async () => getPort();
  stack = await startStack({
    host: '127.0.0.1',
    ports: {
      gateway: await free(),
      cases: await free(),
      providers: await free(),
      communications: await free(),
      postgres: 0,
      smtp: 0,
      mailWeb: 0,
    },
    secrets: SECRETS,
    databaseUrl: database.toString(),
    smtpUrl: 'smtp://127.0.0.1:9',
    dataDir: await mkdtemp(join(tmpdir(), 'casework-e2e-')),
    demoData: true,
    logLevel: 'info',
    onLog: (...line: unknown[]) => {
      if (process.env.E2E_LOG) process.stdout.write(`${line.map(String).join(' ')}\n`);
    },
  });
  caseworker = await tokenFor(stack, 'caseworker@demo.casework');
  admin = await tokenFor(stack, 'admin@demo.casework');
  provider = await tokenFor(stack, 'provider@demo.casework');
}, 240_000);
afterAll(async () => {
  await stack?.stop();
  await link?.cut();
});

type Field = { field: string; code?: string };
const fieldsOf = (body: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  (body.errors?.[0]?.extensions?.fields ?? []) as Field[];

async function newCase(): Promise<string> {
  const type = await gql<{ createCaseType: { id: string } }>(
    stack,
    `mutation { createCaseType(input: { name: "Hygiene ${randomUUID().slice(0, 8)}" }) { id } }`,
    {},
    bearer(admin),
  );
  const created = await gql<{ createIntegratedCase: { id: string } }>(
    stack,
    'mutation($input: CreateIntegratedCaseInput!) { createIntegratedCase(input: $input) { id } }',
    {
      input: {
        caseTypeId: type.body.data!.createCaseType.id,
        primaryClientId: DEMO_PERSONS.annaSchmidt,
      },
    },
    bearer(caseworker),
  );
  expect(created.body.errors).toBeUndefined();
  return created.body.data!.createIntegratedCase!.id;
}

describe('issue 14 item 5: text input policy through the gateway', () => {
  it('a NUL byte in a note is BAD_USER_INPUT naming input.text (CONTROL_CHARACTER), not an internal error', async () => {
    const res = await gql(
      stack,
      'mutation($input: AddNoteInput!) { addNote(input: $input) { id } }',
      { input: { personId: DEMO_PERSONS.annaSchmidt, text: 'call\u0000back' } },
      bearer(caseworker),
    );
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(res.body)).toEqual([
      expect.objectContaining({ field: 'input.text', code: 'CONTROL_CHARACTER' }),
    ]);
  });

  it('a lone surrogate in an email is BAD_USER_INPUT naming input.email (INVALID_UNICODE)', async () => {
    const res = await gql(
      stack,
      'mutation($input: RegisterProspectPersonInput!) { registerProspectPerson(input: $input) { id } }',
      { input: { givenName: 'Eve', familyName: 'Example', email: 'eve\uD800@example.org' } },
      bearer(caseworker),
    );
    expect(fieldsOf(res.body)).toEqual([
      expect.objectContaining({ field: 'input.email', code: 'INVALID_UNICODE' }),
    ]);
  });
});

describe('issue 14 item 6: expensive input answers fast with a clear error', () => {
  it('persons(search:) with a 100 kB word: TOO_LONG within a second', async () => {
    const started = Date.now();
    const res = await gql(
      stack,
      'query($s: String) { persons(search: $s) { totalCount } }',
      {
        s: 'w'.repeat(100_000),
      },
      bearer(caseworker),
    );
    expect(Date.now() - started).toBeLessThan(1500);
    expect(fieldsOf(res.body)).toEqual([
      expect.objectContaining({ field: 'search', code: 'TOO_LONG' }),
    ]);
  });

  it('markNotificationsRead with 20,000 ids: refused by the gateway cost limit before any subgraph', async () => {
    const started = Date.now();
    const ids = Array.from({ length: 20_000 }, () => randomUUID());
    const res = await gql(
      stack,
      'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) { id } }',
      { ids },
      bearer(caseworker),
    );
    expect(Date.now() - started).toBeLessThan(1500);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]).toMatchObject({
      message: expect.stringContaining('Query Cost limit of 10000 exceeded'),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });
});

describe('issue 14 item 11: cross-subgraph references are checked on write', () => {
  it('a referral and a service delivery to a provider that does not exist name input.providerId', async () => {
    const caseId = await newCase();
    for (const mutation of [
      `mutation($caseId: ID!, $p: ID) { addReferral(caseId: $caseId, input: { service: "Home care", providerId: $p, serviceId: "${HOME_CARE}" }) { id } }`,
      'mutation($caseId: ID!, $p: ID) { addServiceDelivery(caseId: $caseId, input: { service: "Home care", providerId: $p, periodFrom: "2030-01-01" }) { id } }',
    ]) {
      const refused = await gql(stack, mutation, { caseId, p: randomUUID() }, bearer(caseworker));
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(fieldsOf(refused.body)).toEqual([
        expect.objectContaining({ field: 'input.providerId', code: 'UNKNOWN_REFERENCE' }),
      ]);
      const stored = await gql(
        stack,
        mutation,
        { caseId, p: DEMO_PROVIDERS.sonnenhof },
        bearer(caseworker),
      );
      expect(stored.body.errors).toBeUndefined();
    }
  });

  it('an inquiry about an unknown person or case names input.personId and input.caseId', async () => {
    const res = await gql(
      stack,
      'mutation($input: CreateInquiryInput!) { createInquiry(input: $input) { id } }',
      {
        input: {
          providerId: DEMO_PROVIDERS.sonnenhof,
          personId: randomUUID(),
          caseId: randomUUID(),
          serviceId: HOME_CARE,
          periodFrom: '2030-08-01',
          periodTo: '2030-08-31',
          details: 'Reference check',
          method: 'INTERNET',
        },
      },
      bearer(caseworker),
    );
    expect(fieldsOf(res.body).map((f) => [f.field, f.code])).toEqual([
      ['input.personId', 'UNKNOWN_REFERENCE'],
      ['input.caseId', 'UNKNOWN_REFERENCE'],
    ]);
  });

  it('a note about an unknown person names input.personId', async () => {
    const res = await gql(
      stack,
      'mutation($input: AddNoteInput!) { addNote(input: $input) { id } }',
      { input: { personId: randomUUID(), text: 'Who is this?' } },
      bearer(caseworker),
    );
    expect(fieldsOf(res.body)).toEqual([
      expect.objectContaining({ field: 'input.personId', code: 'UNKNOWN_REFERENCE' }),
    ]);
  });

  it('the owners answer the lookup to subgraphs only, never to a user identity or without a token', async () => {
    const lookup = `${stack.services.providers.spec.readyUrl!.replace('/health/ready', '')}/internal/references`;
    const ask = async (authorization?: string) =>
      fetch(lookup, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(authorization ? { authorization } : {}),
        },
        body: JSON.stringify({ type: 'Provider', ids: [DEMO_PROVIDERS.sonnenhof] }),
      });
    expect((await ask()).status).toBe(401);
    const userToken = await signInternalToken(
      { id: randomUUID(), name: 'C', email: 'c@x', roles: [], clearance: 2 },
      SECRETS.internal,
    );
    expect((await ask(`Internal ${userToken}`)).status).toBe(403);
    expect(
      (await fetch(`${stack.urls.gateway}/internal/references`, { method: 'POST' })).status,
    ).not.toBe(200);
  });
});

describe('issue 14 item 12: provider users see the client name of their own inquiries', () => {
  it('R1.1: the portal user reads client { name } and nothing else of the client, and the inquiry stays', async () => {
    const created = await gql<{ createInquiry: { id: string } }>(
      stack,
      'mutation($input: CreateInquiryInput!) { createInquiry(input: $input) { id } }',
      {
        input: {
          providerId: DEMO_PROVIDERS.sonnenhof,
          personId: DEMO_PERSONS.marcoRossi,
          serviceId: HOME_CARE,
          periodFrom: '2030-08-01',
          periodTo: '2030-08-31',
          details: 'Client name check',
          method: 'INTERNET',
        },
      },
      bearer(caseworker),
    );
    expect(created.body.errors).toBeUndefined();
    const id = created.body.data!.createInquiry.id;
    const named = await gql<{ inquiry: { client: { name: string } } }>(
      stack,
      'query($id: ID!) { inquiry(id: $id) { reference client { name } } }',
      { id },
      bearer(provider),
    );
    expect(named.body.errors).toBeUndefined();
    expect(named.body.data?.inquiry.client.name).toBe('Marco Rossi');
    const more = await gql<{
      inquiry: { reference: string; client: { name: string; dateOfBirth: string | null } | null };
    }>(
      stack,
      'query($id: ID!) { inquiry(id: $id) { reference client { name dateOfBirth } } }',
      { id },
      bearer(provider),
    );
    expect(more.body.data?.inquiry.reference).toMatch(/^IQ-/);
    // The name stays; any other field of the client is refused and stays empty.
    expect(more.body.data?.inquiry.client?.dateOfBirth ?? null).toBeNull();
    expect(more.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('issue 14 item 10: nullable roots and a database outage', () => {
  it('every root field is nullable: with providers stopped, persons still come with services null', async () => {
    await stack.services.providers.stop();
    try {
      const res = await gql<{ services: unknown; persons: { totalCount: number } }>(
        stack,
        '{ services { id } persons { totalCount } }',
        {},
        bearer(caseworker),
      );
      expect(res.body.data?.persons.totalCount).toBeGreaterThanOrEqual(5);
      expect(res.body.data?.services).toBeNull();
      expect(res.body.errors?.[0]?.extensions).toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        serviceName: 'providers',
      });
    } finally {
      await stack.services.providers.start();
    }
  });

  it('while PostgreSQL is down each subgraph answers SERVICE_UNAVAILABLE naming itself (runs last)', async () => {
    await link.cut();
    const started = Date.now();
    const res = await gql(
      stack,
      '{ persons { totalCount } services { id } myUnreadNotificationCount }',
      {},
      bearer(caseworker),
    );
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(res.body.data).toEqual({
      persons: null,
      services: null,
      myUnreadNotificationCount: null,
    });
    const named = (res.body.errors ?? []).map((e) => [
      e.extensions?.code,
      e.extensions?.serviceName,
    ]);
    expect(named.sort()).toEqual([
      ['SERVICE_UNAVAILABLE', 'cases'],
      ['SERVICE_UNAVAILABLE', 'communications'],
      ['SERVICE_UNAVAILABLE', 'providers'],
    ]);
  });
});
