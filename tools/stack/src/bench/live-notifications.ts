// `npm run bench:live`: starts the real stack on a throw-away embedded PostgreSQL, connects 1, 100
// and 1,000 caseworkers to the gateway with graphql-ws (each subscribed to `inquiryAnswered`
// with fields from two subgraphs), and measures, for answers to a sample of their inquiries, the
// delay from the answering mutation's response to the event's arrival at its subscriber. Prints
// p50/p99 per level and the gateway's (and providers subgraph's) memory.
import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Role } from '@casework/kit';
import { DEMO_PERSONS, DEMO_PROVIDERS } from '@casework/contracts';
import { type Client, createClient } from 'graphql-ws';
import { DEMO_PASSWORD, mintSessionToken } from '@casework/gateway';
import { BENCH_TOKEN_SECRET, percentile, startBenchStack } from './bench-stack.js';

const LEVELS = [1, 100, 1000];
const SAMPLES = 300;
const HOME_CARE = '0b9e5f5a-0004-4000-8000-000000000001';
const SUBSCRIPTION = `subscription { inquiryAnswered { inquiry { id reference status provider { name } client { name } } } }`;
const out = (line: string) => process.stdout.write(`${line}\n`);

interface Subscriber {
  client: Client;
  /** Arrival time (performance.now) of each inquiry's event, by inquiry id. */
  arrivals: Map<string, number>;
  waiters: Map<string, () => void>;
  dispose: () => void;
}

async function rssMb(pid: number | undefined): Promise<string> {
  if (!pid) return '?';
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return `${(kb / 1024).toFixed(0)} MB`;
}

const bench = await startBenchStack({ mail: true });
const { stack } = bench;
const graphqlUrl = stack.urls.graphql;
const wsUrl = graphqlUrl.replace(/^http/, 'ws');

async function post<T>(token: string, query: string, variables: object): Promise<T> {
  const res = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const signIn = await fetch(`${stack.urls.gateway}/auth/sign-in`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email: 'provider@demo.casework', password: DEMO_PASSWORD }),
});
const providerToken = ((await signIn.json()) as { token: string }).token;

/** Caseworkers are signed tokens of synthetic accounts: the gateway only verifies the signature. */
const caseworkerToken = async (i: number) =>
  (
    await mintSessionToken(
      stack.databaseUrl,
      {
        id: `bench-caseworker-${i}`,
        name: `Bench Caseworker ${i}`,
        email: `caseworker-${i}@bench.example`,
        roles: [Role.CASEWORKER],
        clearance: 2,
      },
      BENCH_TOKEN_SECRET,
      120,
    )
  ).token;

async function sendInquiry(token: string): Promise<string> {
  const year = new Date().getFullYear() + 1;
  const data = await post<{ createInquiry: { id: string } }>(
    token,
    `mutation($input: CreateInquiryInput!) { createInquiry(input: $input) { id } }`,
    {
      input: {
        providerId: DEMO_PROVIDERS.sonnenhof,
        personId: DEMO_PERSONS.annaSchmidt,
        serviceId: HOME_CARE,
        periodFrom: `${year}-06-01`,
        periodTo: `${year}-06-30`,
        details: 'Benchmark inquiry',
        method: 'INTERNET',
      },
    },
  );
  return data.createInquiry.id;
}

const answer = (id: string) =>
  post(
    providerToken,
    `mutation($id: ID!) { answerInquiry(id: $id, input: { answer: CAN_DELIVER }) { status } }`,
    { id },
  );

function subscribeAs(token: string): Subscriber {
  const client = createClient({
    url: wsUrl,
    lazy: true,
    retryAttempts: 0,
    connectionParams: { authorization: `Bearer ${token}` },
  });
  const arrivals = new Map<string, number>();
  const waiters = new Map<string, () => void>();
  const dispose = client.subscribe<{ inquiryAnswered: { inquiry: { id: string } } }>(
    { query: SUBSCRIPTION },
    {
      next: (result) => {
        const id = result.data?.inquiryAnswered.inquiry.id;
        if (!id) return;
        arrivals.set(id, performance.now());
        waiters.get(id)?.();
      },
      error: (error) => out(`subscription error: ${JSON.stringify(error)}`),
      complete: () => undefined,
    },
  );
  return { client, arrivals, waiters, dispose };
}

function arrival(subscriber: Subscriber, id: string, timeoutMs = 5000): Promise<number> {
  const known = subscriber.arrivals.get(id);
  if (known !== undefined) return Promise.resolve(known);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`event for ${id} not received`)), timeoutMs);
    subscriber.waiters.set(id, () => {
      clearTimeout(timer);
      resolve(subscriber.arrivals.get(id)!);
    });
  });
}

/** Waits until a subscriber's subscription is live: an answer to one of its inquiries arrives. */
async function warmUp(subscriber: Subscriber, token: string): Promise<void> {
  for (let attempt = 0; attempt < 30; attempt++) {
    const id = await sendInquiry(token);
    await answer(id);
    try {
      await arrival(subscriber, id, 1000);
      return;
    } catch {
      // not live yet
    }
  }
  throw new Error('a subscriber never became live');
}

try {
  out(`gateway memory before any connection: ${await rssMb(stack.services.gateway.pid)}`);
  out('subscribers | p50 ms | p99 ms | max ms | samples | gateway RSS | providers RSS | load');
  for (const level of LEVELS) {
    const tokens = await Promise.all(Array.from({ length: level }, (_, i) => caseworkerToken(i)));
    const subscribers = tokens.map(subscribeAs);
    // Sampled caseworkers spread over all connections; each must be live before it is measured.
    const sampled = Array.from({ length: Math.min(level, 20) }, (_, k) =>
      Math.floor((k * level) / Math.min(level, 20)),
    );
    for (const i of sampled) await warmUp(subscribers[i]!, tokens[i]!);
    // The others' subscriptions started at the same time; give the last ones a moment.
    await new Promise((r) => setTimeout(r, 2000));
    const latencies: number[] = [];
    for (let s = 0; s < SAMPLES; s++) {
      const i = sampled[s % sampled.length]!;
      const id = await sendInquiry(tokens[i]!);
      await answer(id);
      const answeredAt = performance.now();
      const arrivedAt = await arrival(subscribers[i]!, id);
      // The event may arrive before the mutation's response (NOTIFY fires at commit): that is 0 delay.
      latencies.push(Math.max(0, arrivedAt - answeredAt));
    }
    const [gatewayRss, providersRss] = await Promise.all([
      rssMb(stack.services.gateway.pid),
      rssMb(stack.services.providers.pid),
    ]);
    out(
      `${String(level).padStart(11)} | ${percentile(latencies, 0.5).toFixed(1).padStart(6)} | ${percentile(latencies, 0.99).toFixed(1).padStart(6)} | ${Math.max(
        ...latencies,
      )
        .toFixed(1)
        .padStart(
          6,
        )} | ${String(SAMPLES).padStart(7)} | ${gatewayRss.padStart(11)} | ${providersRss.padStart(13)} | ${loadavg()[0]!.toFixed(1)}`,
    );
    for (const subscriber of subscribers) {
      subscriber.dispose();
      await subscriber.client.dispose();
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
} finally {
  await bench.stop();
}
