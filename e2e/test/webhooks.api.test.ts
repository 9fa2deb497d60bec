import { DEMO_PERSONS, DEMO_PROVIDERS } from '@casework/contracts';
import { type Stack } from '@casework/stack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, gql, startTestStack, tokenFor } from './stack.fixture.js';
import { Receiver, until, verifyWebhook as verify } from './webhook-receiver.js';

// Deliveries to the test's own receiver on loopback, retried quickly: 3 attempts, 1 s apart.
process.env.WEBHOOK_ALLOWED_HOSTS = '127.0.0.1';
process.env.WEBHOOK_MAX_ATTEMPTS = '3';
process.env.WEBHOOK_RETRY_DELAY_SECONDS = '1';
process.env.WEBHOOK_RETRY_DELAY_MAX_SECONDS = '2';

const HOME_CARE = '0b9e5f5a-0004-4000-8000-000000000001';
const CREATE = `mutation($input: CreateInquiryInput!) { createInquiry(input: $input) { id reference } }`;
const ANSWER = `mutation($id: ID!) { answerInquiry(id: $id, input: { answer: CAN_DELIVER }) { status } }`;

let stack: Stack;
let admin: string;
let caseworker: string;
let provider: string;
const receiver = new Receiver();

beforeAll(async () => {
  await receiver.start();
  stack = await startTestStack();
  admin = await tokenFor(stack, 'admin@demo.casework');
  caseworker = await tokenFor(stack, 'caseworker@demo.casework');
  provider = await tokenFor(stack, 'provider@demo.casework');
});
afterAll(async () => {
  await stack?.stop();
  await receiver.stop();
});

async function call(
  path: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string> },
) {
  const res = await fetch(`${stack.urls.gateway}/auth${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: {
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...init.headers,
    },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & ErrorBody };
}

interface ErrorBody {
  errors?: {
    extensions: { code: string; reason?: string; fields?: { field: string; code?: string }[] };
  }[];
}

const reasonOf = (body: ErrorBody) => body.errors?.[0]?.extensions.reason;

async function createClient(name: string, scopes: string[]) {
  const res = await call('/api-clients', {
    headers: bearer(admin),
    body: {
      name,
      owner: 'Integration team',
      scopes,
      expiresAt: new Date(Date.now() + 30 * 24 * 3600_000).toISOString(),
    },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as unknown as { client: { id: string }; secret: string };
}

async function answeredInquiry(): Promise<string> {
  const year = new Date().getFullYear() + 1;
  const created = await gql<{ createInquiry: { id: string } }>(
    stack,
    CREATE,
    {
      input: {
        providerId: DEMO_PROVIDERS.sonnenhof,
        personId: DEMO_PERSONS.annaSchmidt,
        serviceId: HOME_CARE,
        periodFrom: `${year}-06-01`,
        periodTo: `${year}-06-30`,
        details: 'Webhook test inquiry',
        method: 'INTERNET',
      },
    },
    bearer(caseworker),
  );
  const id = created.body.data?.createInquiry.id;
  if (!id) throw new Error(`createInquiry failed: ${JSON.stringify(created.body)}`);
  const answered = await gql<{ answerInquiry: { status: string } }>(
    stack,
    ANSWER,
    { id },
    bearer(provider),
  );
  expect(answered.body.data?.answerInquiry.status).toBe('ANSWERED_AVAILABLE');
  return id;
}

interface Delivery {
  id: string;
  eventId: string;
  status: string;
  attempts: { statusCode: number | null }[];
}

async function deliveries(webhookId: string, headers: Record<string, string>) {
  const res = await call(`/webhooks/${webhookId}/deliveries`, { headers });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.deliveries as Delivery[];
}

describe('issue 17: webhooks for API clients (R6.2)', { timeout: 180_000 }, () => {
  it('issue 17: addresses that are not http(s), not allowed, internal, or events beyond the scopes are refused with codes; nothing is stored', async () => {
    const reader = await createClient('Provider reader', ['provider:read']);
    const full = await createClient('Case system', ['inquiry:read', 'case:read']);
    const asAdmin = bearer(admin);
    const cases: [unknown, string, string][] = [
      [
        { clientId: full.client.id, url: 'ftp://127.0.0.1/in', eventTypes: ['INQUIRY_ANSWERED'] },
        'WEBHOOK_URL_SCHEME',
        'url',
      ],
      [
        { clientId: full.client.id, url: 'file:///etc/passwd', eventTypes: ['INQUIRY_ANSWERED'] },
        'WEBHOOK_URL_SCHEME',
        'url',
      ],
      [
        {
          clientId: full.client.id,
          url: 'https://example.org/in',
          eventTypes: ['INQUIRY_ANSWERED'],
        },
        'WEBHOOK_URL_NOT_ALLOWED',
        'url',
      ],
      [
        {
          clientId: full.client.id,
          url: `${stack.urls.gateway}/graphql`,
          eventTypes: ['INQUIRY_ANSWERED'],
        },
        'WEBHOOK_URL_INTERNAL',
        'url',
      ],
      [
        { clientId: full.client.id, url: `${receiver.url}/x`, eventTypes: ['CASE_DELETED'] },
        'WEBHOOK_EVENT_UNKNOWN',
        'eventTypes.0',
      ],
      [
        { clientId: reader.client.id, url: `${receiver.url}/x`, eventTypes: ['INQUIRY_ANSWERED'] },
        'WEBHOOK_EVENT_NOT_PERMITTED',
        'eventTypes.0',
      ],
      [
        {
          clientId: full.client.id,
          url: `${receiver.url}/x\u0000`,
          eventTypes: ['INQUIRY_ANSWERED'],
        },
        'WEBHOOK_INVALID',
        'url',
      ],
    ];
    for (const [body, reason, field] of cases) {
      const res = await call('/webhooks', { headers: asAdmin, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(reasonOf(res.body)).toBe(reason);
      expect(res.body.errors?.[0]?.extensions.fields?.[0]?.field).toBe(field);
    }
    // The reader's own key cannot subscribe to what it may not read either.
    const own = await call('/webhooks', {
      headers: { 'x-api-key': reader.secret },
      body: { url: `${receiver.url}/x`, eventTypes: ['INQUIRY_ANSWERED'] },
    });
    expect(reasonOf(own.body)).toBe('WEBHOOK_EVENT_NOT_PERMITTED');
    // A caseworker manages no webhooks (checked on the server).
    const staff = await call('/webhooks', { headers: bearer(caseworker) });
    expect(staff.status).toBe(403);
    expect(reasonOf(staff.body)).toBe('WEBHOOKS_NOT_PERMITTED');
    const list = await call('/webhooks', { headers: asAdmin });
    expect(list.body.webhooks).toEqual([]);
  });

  it('issue 17: an answered inquiry reaches a receiver that fails twice, signed, exactly once per event id, with its attempts listed', async () => {
    const client = await createClient('Inquiry system', ['inquiry:read', 'provider:read']);
    const key = { 'x-api-key': client.secret };
    receiver.statuses.set('/flaky', [500, 503, 200]);
    const registered = await call('/webhooks', {
      headers: key,
      body: { url: `${receiver.url}/flaky`, eventTypes: ['INQUIRY_ANSWERED'] },
    });
    expect(registered.status, JSON.stringify(registered.body)).toBe(201);
    const { webhook, secret } = registered.body as unknown as {
      webhook: { id: string };
      secret: string;
    };
    expect(secret).toMatch(/^whsec_/);
    // The secret is shown once.
    expect(JSON.stringify((await call('/webhooks', { headers: key })).body)).not.toContain(secret);

    const inquiryId = await answeredInquiry();
    const delivered = await until('the delivery', async () => {
      const [d] = await deliveries(webhook.id, key);
      return d?.status === 'DELIVERED' ? d : undefined;
    });
    expect(delivered.attempts.map((a) => a.statusCode)).toEqual([500, 503, 200]);

    const got = receiver.at('/flaky');
    expect(got).toHaveLength(3);
    for (const r of got) {
      expect(verify(secret, r), 'signature').toBe(true);
      // A wrong secret or a changed body does not verify.
      expect(verify(`whsec_${Buffer.alloc(32, 7).toString('base64')}`, r)).toBe(false);
      expect(verify(secret, { ...r, body: r.body.replace('AVAILABLE', 'NOT_AVAILABLE') })).toBe(
        false,
      );
    }
    // Every attempt carries the same id: the receiver keeps the event once.
    expect(new Set(got.map((r) => r.id))).toEqual(new Set([delivered.eventId]));
    const event = JSON.parse(got[2]?.body ?? '{}') as {
      id: string;
      type: string;
      data: Record<string, string>;
    };
    expect(event).toMatchObject({
      id: delivered.eventId,
      type: 'INQUIRY_ANSWERED',
      data: { inquiryId, providerId: DEMO_PROVIDERS.sonnenhof, answer: 'AVAILABLE' },
    });
    // Ids and facts only: no personal data in the payload.
    expect(got[2]?.body).not.toMatch(/@|Schmidt|Anna/);

    // Nothing more arrives after success.
    await new Promise((r) => setTimeout(r, 4000));
    expect(receiver.at('/flaky')).toHaveLength(3);
  });

  it('issue 17: a delivery whose receiver keeps failing is dead-lettered after 3 attempts, then redelivered by an administrator under the same id', async () => {
    const client = await createClient('Reporting', ['inquiry:read']);
    receiver.statuses.set('/down', [500]);
    const registered = await call('/webhooks', {
      headers: bearer(admin),
      body: {
        clientId: client.client.id,
        url: `${receiver.url}/down`,
        eventTypes: ['INQUIRY_ANSWERED'],
      },
    });
    expect(registered.status, JSON.stringify(registered.body)).toBe(201);
    const { webhook, secret } = registered.body as unknown as {
      webhook: { id: string };
      secret: string;
    };

    await answeredInquiry();
    const dead = await until('the dead letter', async () => {
      const [d] = await deliveries(webhook.id, bearer(admin));
      return d?.status === 'DEAD' ? d : undefined;
    });
    expect(dead.attempts.map((a) => a.statusCode)).toEqual([500, 500, 500]);
    const listed = (await call('/webhooks', { headers: bearer(admin) })).body.webhooks as {
      id: string;
      deliveries: Record<string, number>;
    }[];
    expect(listed.find((w) => w.id === webhook.id)?.deliveries.DEAD).toBe(1);

    // Someone else's key cannot redeliver it.
    const other = await createClient('Other', ['inquiry:read']);
    const foreign = await call(`/webhooks/deliveries/${dead.id}/redeliver`, {
      headers: { 'x-api-key': other.secret },
      body: {},
    });
    expect(foreign.status).toBe(404);
    expect(reasonOf(foreign.body)).toBe('WEBHOOK_DELIVERY_NOT_FOUND');

    receiver.statuses.set('/down', [200]);
    const redelivered = await call(`/webhooks/deliveries/${dead.id}/redeliver`, {
      headers: bearer(admin),
      body: {},
    });
    expect(redelivered.status, JSON.stringify(redelivered.body)).toBe(202);
    const done = await until('the redelivery', async () => {
      const [d] = await deliveries(webhook.id, bearer(admin));
      return d?.status === 'DELIVERED' ? d : undefined;
    });
    expect(done.attempts.map((a) => a.statusCode)).toEqual([500, 500, 500, 200]);
    const got = receiver.at('/down');
    expect(got).toHaveLength(4);
    expect(new Set(got.map((r) => r.id))).toEqual(new Set([dead.eventId]));
    expect(got.every((r) => verify(secret, r))).toBe(true);
  });
});
