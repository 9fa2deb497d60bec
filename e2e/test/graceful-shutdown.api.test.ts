import { DEMO_PERSONS } from '@casework/contracts';
import { type Stack } from '@casework/stack';
import { liveClient, subscribe } from '@casework/testing';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, tokenFor } from './stack.fixture.js';

// Long enough for a loaded machine to send a request inside the drain.
const DRAIN_SECONDS = 4;
let stack: Stack;
let token: string;

beforeAll(async () => {
  // Every process of this stack waits DRAIN_SECONDS between readiness turning 503 and closing its servers.
  process.env.SHUTDOWN_DRAIN_SECONDS = String(DRAIN_SECONDS);
  // As deployed, not as under test: Apollo Server reacts to SIGTERM itself unless NODE_ENV is
  // 'test', and it did stop serving at once, before the drain (found by the multi-host drill).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'development';
  try {
    stack = await startTestStack();
  } finally {
    process.env.NODE_ENV = nodeEnv;
    delete process.env.SHUTDOWN_DRAIN_SECONDS;
  }
  token = await tokenFor(stack, 'caseworker@demo.casework');
});
afterAll(async () => {
  await stack?.stop();
});

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function readiness(): Promise<{ status: number; body: { status?: string } }> {
  const res = await fetch(`${stack.urls.gateway}/health/ready`).catch(() => undefined);
  if (!res) return { status: 0, body: {} };
  return { status: res.status, body: (await res.json()) as { status?: string } };
}

/**
 * A POST whose body is sent in two halves: the request is in flight (headers received, body
 * pending) until `finish` is called.
 */
function slowPost(url: string, body: string, headers: Record<string, string>) {
  const bytes = Buffer.from(body);
  let resolveAnswer: (value: { status: number; text: string }) => void;
  let rejectAnswer: (error: Error) => void;
  const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
    resolveAnswer = resolve;
    rejectAnswer = reject;
  });
  const req = request(
    url,
    {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json', 'content-length': bytes.length },
    },
    (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolveAnswer({ status: res.statusCode ?? 0, text }));
    },
  );
  req.on('error', (error) => rejectAnswer(error));
  const half = Math.floor(bytes.length / 2);
  req.write(bytes.subarray(0, half));
  req.flushHeaders();
  return {
    answer,
    finish: () => req.end(bytes.subarray(half)),
  };
}

describe('graceful shutdown (issue 19)', () => {
  it('issue 19: a subgraph told to stop keeps answering the gateway during its drain, then exits 0', async () => {
    const cases = stack.services.cases;
    const query = () =>
      fetch(stack.urls.graphql, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query: `query($id: ID!) { person(id: $id) { name } }`,
          variables: { id: DEMO_PERSONS.annaSchmidt },
        }),
      }).then(
        (res) => res.json() as Promise<{ data?: { person?: { name: string } }; errors?: unknown }>,
      );
    cases.signal('SIGTERM');
    await wait(300);
    expect((await fetch(cases.spec.readyUrl!)).status).toBe(503);
    const during = await query();
    expect(during.errors).toBeUndefined();
    expect(during.data?.person?.name).toBe('Anna Schmidt');
    expect(await cases.exitCode()).toBe(0);
    await cases.start();
    const after = await query();
    expect(after.errors).toBeUndefined();
    expect(after.data?.person?.name).toBe('Anna Schmidt');
  });

  it('issue 19: SIGTERM turns readiness 503, requests in flight and arriving during the drain still succeed, live connections (with a subscription) close with 1012, the gateway exits 0 in time', async () => {
    expect((await readiness()).status).toBe(200);
    const live = liveClient(`${stack.urls.gateway.replace(/^http/, 'ws')}/graphql`, {
      connectionParams: { authorization: `Bearer ${token}` },
      lazy: false,
    });
    const closed = new Promise<number>((resolve) =>
      live.on('closed', (event) => resolve((event as { code: number }).code)),
    );
    await new Promise<void>((resolve) => live.on('connected', () => resolve()));
    // An open subscription, as the caseworker's bell has.
    const bell = subscribe(live, 'subscription { notificationAdded { id } }');

    const inFlight = slowPost(
      stack.urls.graphql,
      JSON.stringify({
        query: `query($id: ID!) { person(id: $id) { name notes { text } } }`,
        variables: { id: DEMO_PERSONS.annaSchmidt },
      }),
      { authorization: `Bearer ${token}` },
    );
    await wait(300);
    const gateway = stack.services.gateway;
    const signalledAt = Date.now();
    gateway.signal('SIGTERM');

    // Draining: the balancer is told to stop sending, while the process still answers.
    let ready = await readiness();
    for (let i = 0; i < 20 && ready.status === 200; i++) ready = await readiness();
    expect(ready).toEqual({ status: 503, body: { status: 'draining' } });
    expect((await fetch(`${stack.urls.gateway}/health/live`)).status).toBe(200);
    // A request that arrives while the balancer has not yet noticed is still served in full.
    const lateArrival = await fetch(stack.urls.graphql, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: `query($id: ID!) { person(id: $id) { name notes { text } } }`,
        variables: { id: DEMO_PERSONS.annaSchmidt },
      }),
    });
    expect(lateArrival.status).toBe(200);
    expect(lateArrival.headers.get('connection')).toBe('close');
    expect(
      ((await lateArrival.json()) as { data?: { person?: { name: string } } }).data?.person?.name,
    ).toBe('Anna Schmidt');

    // Past the drain delay the servers close; the request that was already in flight finishes.
    await wait(DRAIN_SECONDS * 1000 + 500);
    inFlight.finish();
    const answer = await inFlight.answer;
    expect(answer.status).toBe(200);
    const body = JSON.parse(answer.text) as {
      data?: { person?: { name: string; notes: unknown[] } };
      errors?: unknown[];
    };
    expect(body.errors).toBeUndefined();
    expect(body.data?.person?.name).toBe('Anna Schmidt');
    expect(Array.isArray(body.data?.person?.notes)).toBe(true);

    expect(await closed).toBe(1012);
    expect(((await bell.ended) as { code?: number }).code).toBe(1012);
    expect(await gateway.exitCode()).toBe(0);
    const tookMs = Date.now() - signalledAt;
    expect(tookMs).toBeLessThan((DRAIN_SECONDS + 20) * 1000);
    // Gone: nothing listens any more.
    expect((await readiness()).status).toBe(0);
    await live.dispose();
  });
});
