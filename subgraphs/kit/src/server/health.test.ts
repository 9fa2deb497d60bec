import express from 'express';
import { type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { mountHealth, type ReadinessMonitor, SLOW } from './health.js';

// Issue 19: a load balancer's readiness check must be answered at once, show a failed dependency
// within an interval, and not take a replica out because a shared dependency is only slow.
const servers: { close: () => void }[] = [];
const monitors: ReadinessMonitor[] = [];
afterEach(() => {
  servers.splice(0).forEach((s) => s.close());
  monitors.splice(0).forEach((m) => m.stop());
});

async function serve(check: () => Promise<Record<string, string>>, slowMs = 300) {
  const app = express();
  monitors.push(mountHealth(app, check, { intervalMs: 50, slowMs }));
  const server = app.listen(0, '127.0.0.1');
  servers.push(server);
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/health/ready`;
  return async () => {
    const started = Date.now();
    const res = await fetch(url);
    return { status: res.status, body: (await res.json()) as unknown, ms: Date.now() - started };
  };
}
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('readiness for a load balancer (issue 19)', () => {
  it('a failing dependency turns readiness 503 within an interval, and 200 again when it is back', async () => {
    let database = 'ok';
    const ready = await serve(async () => ({ database }));
    expect((await ready()).status).toBe(200);
    database = 'unreachable (connection refused)';
    await wait(150);
    expect(await ready()).toMatchObject({
      status: 503,
      body: { status: 'unavailable', checks: { database: 'unreachable (connection refused)' } },
    });
    database = 'ok';
    await wait(150);
    expect((await ready()).status).toBe(200);
  });

  it('a slow check is answered at once from the last result and does not turn a ready replica 503', async () => {
    let delayMs = 0;
    const ready = await serve(async () => {
      await wait(delayMs);
      return { database: 'ok' };
    });
    expect((await ready()).status).toBe(200);
    delayMs = 3000;
    await wait(400);
    const answer = await ready();
    expect(answer.status).toBe(200);
    expect(answer.ms).toBeLessThan(1500); // not the 3 s the check takes
  });

  it('a dependency reported SLOW keeps its last state; one that never answered is not ready', async () => {
    let cases = 'ok';
    const ready = await serve(async () => ({ database: 'ok', cases }));
    expect((await ready()).status).toBe(200);
    cases = SLOW;
    await wait(150);
    expect(await ready()).toMatchObject({ status: 200, body: { checks: { cases: 'ok' } } });

    const fresh = await serve(async () => ({ cases: SLOW }));
    expect(await fresh()).toMatchObject({ status: 503, body: { checks: { cases: SLOW } } });
  });

  it('a check that throws is reported, not crashed on', async () => {
    const ready = await serve(async () => {
      throw new Error('pool exhausted');
    });
    expect(await ready()).toMatchObject({
      status: 503,
      body: { checks: { readiness: 'failed (pool exhausted)' } },
    });
  });
});
