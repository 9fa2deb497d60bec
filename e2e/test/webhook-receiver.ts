import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type AddressInfo } from 'node:net';

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
