import { type Stack } from '@casework/stack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, startTestStack, tokenFor } from './stack.fixture.js';
import { answerAnInquiry, Receiver, until } from './webhook-receiver.js';

// Delivery-time address checks as in production (issue 17): `localhost` passes the check at
// subscription (an allowed name, not an internal literal), but at delivery it resolves to
// loopback, as a rebound DNS name would: refused, dead-lettered with the reason, nothing sent.
process.env.WEBHOOK_ALLOWED_HOSTS = 'localhost';
process.env.WEBHOOK_BLOCK_PRIVATE_ADDRESSES = 'true';

let stack: Stack;
let admin: string;
const receiver = new Receiver();

beforeAll(async () => {
  await receiver.start();
  stack = await startTestStack();
  admin = await tokenFor(stack, 'admin@demo.casework');
}, 240_000);
afterAll(async () => {
  await stack?.stop();
  await receiver.stop();
});

async function call(path: string, headers: Record<string, string>, body?: unknown) {
  const res = await fetch(`${stack.urls.gateway}/auth${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

interface Delivery {
  status: string;
  attempts: { statusCode: number | null; error: string | null }[];
}

describe('issue 17: webhook addresses checked at delivery (R6.2)', { timeout: 180_000 }, () => {
  it('R6.2: a host that resolves to loopback at delivery time is dead-lettered after one attempt with the reason; the receiver gets nothing', async () => {
    const created = await call('/api-clients', bearer(admin), {
      name: 'Rebinding check',
      owner: 'Security team',
      scopes: ['inquiry:read'],
      expiresAt: new Date(Date.now() + 30 * 24 * 3600_000).toISOString(),
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const key = { 'x-api-key': String(created.body.secret) };
    const port = new URL(receiver.url).port;
    // An internal IP literal is refused when subscribing already.
    const literal = await call('/webhooks', bearer(admin), {
      clientId: (created.body.client as { id: string }).id,
      url: `http://127.0.0.1:${port}/hook`,
      eventTypes: ['INQUIRY_ANSWERED'],
    });
    expect(literal.status).toBe(400);
    expect(JSON.stringify(literal.body)).toContain('WEBHOOK_URL_INTERNAL');

    const registered = await call('/webhooks', key, {
      url: `http://localhost:${port}/hook`,
      eventTypes: ['INQUIRY_ANSWERED'],
    });
    expect(registered.status, JSON.stringify(registered.body)).toBe(201);
    const webhookId = (registered.body.webhook as { id: string }).id;

    await answerAnInquiry(stack);
    const dead = await until('the dead-lettered delivery', async () => {
      const res = await call(`/webhooks/${webhookId}/deliveries`, key);
      const [d] = res.body.deliveries as Delivery[];
      return d?.status === 'DEAD' ? d : undefined;
    });
    expect(dead.attempts).toHaveLength(1);
    expect(dead.attempts[0]).toMatchObject({ statusCode: null });
    expect(dead.attempts[0]!.error).toMatch(
      /^refused: localhost resolves to (127\.0\.0\.1|::1), a loopback, private, link-local or otherwise internal address/,
    );
    expect(receiver.received).toEqual([]);
  });
});
