import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type AddressInfo } from 'node:net';
import { DEMO_PERSONS, DEMO_PROVIDERS } from '@casework/contracts';
import { type Stack } from '@casework/stack';
import { bearer, gql, tokenFor } from './stack.fixture.js';

export interface Received {
  path: string;
  id: string;
  timestamp: string;
  signature: string;
  body: string;
}

/** A real HTTP receiver for webhooks: records every request; each path answers with its own status list. */
export class Receiver {
  readonly received: Received[] = [];
  readonly statuses = new Map<string, number[]>();
  private server?: Server;
  url = '';

  async start() {
    this.server = createServer((req: IncomingMessage, res: ServerResponse) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const path = req.url ?? '/';
        this.received.push({
          path,
          id: String(req.headers['webhook-id']),
          timestamp: String(req.headers['webhook-timestamp']),
          signature: String(req.headers['webhook-signature']),
          body: Buffer.concat(chunks).toString('utf8'),
        });
        const queue = this.statuses.get(path) ?? [];
        res.statusCode = queue.length > 1 ? (queue.shift() ?? 200) : (queue[0] ?? 200);
        res.end();
      });
    });
    await new Promise<void>((r) => this.server?.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  at(path: string) {
    return this.received.filter((r) => r.path === path);
  }

  stop() {
    return new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }
}

/** The README's Standard Webhooks verification, written out independently of the gateway's code. */
export function verifyWebhook(secret: string, r: Received, toleranceSeconds = 300): boolean {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = `v1,${createHmac('sha256', key).update(`${r.id}.${r.timestamp}.${r.body}`).digest('base64')}`;
  const fresh = Math.abs(Date.now() / 1000 - Number(r.timestamp)) <= toleranceSeconds;
  return (
    fresh &&
    r.signature
      .split(' ')
      .some(
        (s) =>
          s.length === expected.length && timingSafeEqual(Buffer.from(s), Buffer.from(expected)),
      )
  );
}

/** Polls until the probe returns a value. */
export async function until<T>(
  what: string,
  probe: () => Promise<T | undefined> | T | undefined,
  ms = 60_000,
): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** A caseworker asks the demo provider, which answers: an INQUIRY_ANSWERED event. */
export async function answerAnInquiry(stack: Stack): Promise<void> {
  const caseworker = await tokenFor(stack, 'caseworker@demo.casework');
  const provider = await tokenFor(stack, 'provider@demo.casework');
  const year = new Date().getFullYear() + 1;
  const created = await gql<{ createInquiry: { id: string } }>(
    stack,
    `mutation($input: CreateInquiryInput!) { createInquiry(input: $input) { id } }`,
    {
      input: {
        providerId: DEMO_PROVIDERS.sonnenhof,
        personId: DEMO_PERSONS.annaSchmidt,
        serviceId: '0b9e5f5a-0004-4000-8000-000000000001',
        periodFrom: `${year}-07-01`,
        periodTo: `${year}-07-31`,
        details: 'Webhook page test',
        method: 'INTERNET',
      },
    },
    bearer(caseworker),
  );
  const id = created.body.data?.createInquiry.id;
  if (!id) throw new Error(`createInquiry failed: ${JSON.stringify(created.body)}`);
  const answered = await gql(
    stack,
    `mutation($id: ID!) { answerInquiry(id: $id, input: { answer: CAN_DELIVER }) { status } }`,
    { id },
    bearer(provider),
  );
  if (answered.body.errors)
    throw new Error(`answerInquiry failed: ${JSON.stringify(answered.body)}`);
}
