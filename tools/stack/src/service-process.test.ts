import { createServer } from 'node:net';
import { createServer as createHttpServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import { statusOf } from './service-process.js';

/** Ports that fetch (WHATWG "bad ports") refuses to connect to. */
const BAD_PORTS = [6000, 6665, 6666, 6667, 6668, 6669, 6697, 10080];

const isFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const probe = createServer()
      .once('error', () => resolve(false))
      .listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });

describe('stack launcher readiness check', () => {
  it('issue 14 item 12: sees a service ready on a port that fetch refuses (6000 and the like)', async () => {
    let port: number | undefined;
    for (const candidate of BAD_PORTS) if (!port && (await isFree(candidate))) port = candidate;
    if (!port) throw new Error(`none of ${BAD_PORTS.join(', ')} is free on this machine`);
    const server = createHttpServer((_req, res) => res.end('ok'));
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    try {
      expect(await statusOf(`http://127.0.0.1:${port}/health/ready`, 1000)).toBe(200);
    } finally {
      server.close();
    }
  });

  it('answers 0 when nothing listens', async () => {
    expect(await statusOf('http://127.0.0.1:9/health/ready', 500)).toBe(0);
  });
});
