// `npm run bench:gateway` (issue 15): our gateway, Hive Gateway and the owning subgraph side by side
// on one realistic data set, interleaved, with throughput, latency and CPU per request per process.
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { signInternalToken } from '@casework/kit';
import { readSupergraph } from '@casework/schema';
import getPort from 'get-port';
import pg from 'pg';
import { DEMO_PASSWORD, verifySessionToken } from '@casework/gateway';
import { BENCH_INTERNAL_SECRET, BENCH_TOKEN_SECRET, startBenchStack } from './bench-stack.js';
import { startHivePeer } from './hive-peer.js';
import { type LoadResult, processTree, runLoad, send, type Target } from './load.js';
import { appOperation } from './app-operations.js';
import { HOME_CARE, loadRealisticData, REALISTIC } from './realistic-data.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONCURRENCY = (process.env.BENCH_CONCURRENCY ?? '10,50').split(',').map(Number);
/** For profiling one screen on one path: a pattern matching operations' labels, and the paths to load. */
const ONLY = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : undefined;
const PATHS = (process.env.BENCH_PATHS ?? 'ours,hive,direct').split(',');
const out = (line: string) => process.stdout.write(`${line}\n`);

interface Operation {
  label: string;
  body: string;
  /** The subgraph that answers it alone, when it does (else no direct path). */
  direct?: 'cases' | 'providers';
}

const bench = await startBenchStack({ mail: false });
const { stack } = bench;
const db = new pg.Client({ connectionString: bench.databaseUrl });
await db.connect();
const hivePort = await getPort();
let hive: Awaited<ReturnType<typeof startHivePeer>> | undefined;
try {
  out(
    `Loading ${REALISTIC.persons} persons, ${REALISTIC.providers} providers, ${REALISTIC.inquiries} inquiries, ${REALISTIC.notes} notes ...`,
  );
  const { busyPersonId } = await loadRealisticData(db);
  hive = await startHivePeer(readSupergraph(), bench.subgraphUrls, hivePort);

  const signIn = await fetch(`${stack.urls.gateway}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'caseworker@demo.casework', password: DEMO_PASSWORD }),
  });
  const { token } = (await signIn.json()) as { token: string };
  const session = await verifySessionToken(token, BENCH_TOKEN_SECRET);
  if ('error' in session) throw new Error(`sign-in token not valid: ${session.error}`);
  // The peer and the direct path get what our gateway sends the subgraphs: the same identity, signed.
  // Internal tokens live five minutes and the run is longer: each load run takes a fresh one.
  let internal = '';
  const renewInternal = async () => {
    internal = `Internal ${await signInternalToken(session.identity, BENCH_INTERNAL_SECRET)}`;
  };
  await renewInternal();
  const targets: Record<'ours' | 'hive' | 'direct', (op: Operation) => Target | undefined> = {
    ours: () => ({
      name: 'ours',
      url: stack.urls.graphql,
      headers: { authorization: `Bearer ${token}` },
    }),
    hive: () => ({ name: 'hive', url: hive!.url, headers: { authorization: internal } }),
    direct: (op) =>
      op.direct && {
        name: 'direct',
        url: bench.subgraphUrls[op.direct],
        headers: { authorization: internal },
      },
  };

  const body = (query: string, variables: object) => JSON.stringify({ query, variables });
  const operations: Operation[] = [
    {
      label: 'persons search, 20 (c10)',
      body: body(appOperation('agency-web/src/persons/person-search-page.tsx', 'Persons'), {
        search: 'Schmidt',
        first: 20,
        after: null,
      }),
      direct: 'cases',
    },
    {
      label: 'notes panel, 50 notes + history',
      body: body(appOperation('agency-web/src/notes/notes-panel.tsx', 'PersonNotes'), {
        id: busyPersonId,
        includeCancelled: false,
      }),
    },
    {
      label: 'inquiry list, 50, with provider',
      body: body(appOperation('agency-web/src/inquiries/inquiry-list.tsx', 'AgencyInquiries'), {
        filter: { personId: busyPersonId },
        first: 50,
      }),
    },
    {
      label: 'provider picker, 100 with statistics',
      body: body(
        appOperation('agency-web/src/inquiries/new-inquiry-modal.tsx', 'ProvidersForService'),
        {
          serviceId: HOME_CARE,
        },
      ),
      direct: 'providers',
    },
  ];

  out('\nSame answers on every path:');
  for (const op of operations) {
    const answers = await Promise.all(
      (['ours', 'hive', 'direct'] as const).map(async (path) => {
        const target = targets[path](op);
        return target ? ([path, await send(target, op.body)] as const) : undefined;
      }),
    );
    const present = answers.filter((a) => a !== undefined);
    const same = present.every(([, data]) => isDeepStrictEqual(data, present[0]![1]));
    out(`  ${op.label}: ${present.map(([p]) => p).join(', ')} ${same ? 'identical' : 'DIFFER'}`);
    if (!same) throw new Error(`answers differ for ${op.label}`);
  }

  const postmaster = Number(
    readFileSync(join(bench.postgresDataDir, 'postmaster.pid'), 'utf8').split('\n')[0],
  );
  const subgraphPids = () =>
    (['cases', 'providers', 'communications'] as const).flatMap((s) => stack.services[s].pid ?? []);
  const groupsFor = (path: string): Record<string, () => number[]> => ({
    gateway: () =>
      path === 'ours' ? [stack.services.gateway.pid!] : path === 'hive' ? [hive!.pid] : [],
    subgraphs: subgraphPids,
    postgres: () => processTree(postmaster),
    // The load generator shares the cores: its CPU per request dilutes any gateway's lead.
    client: () => [process.pid],
  });

  out(
    `\nLoad: ${SECONDS} s per run, ${ROUNDS} rounds interleaved (ours, hive, direct), concurrency ${CONCURRENCY.join(' and ')}`,
  );
  out(
    'operation | c | ours rps (p50/p99 ms) | hive rps (p50/p99) | direct rps (p50/p99) | ours/hive | ours/direct | CPU ms/request ours: gateway / subgraphs / PostgreSQL / load generator | the same through hive',
  );
  for (const op of operations.filter((o) => !ONLY || ONLY.test(o.label))) {
    for (const concurrency of CONCURRENCY) {
      const runs: Record<string, LoadResult[]> = { ours: [], hive: [], direct: [] };
      for (let round = 0; round < ROUNDS; round++) {
        for (const path of ['ours', 'hive', 'direct'] as const) {
          await renewInternal();
          const target = targets[path](op);
          if (!target || !PATHS.includes(path)) continue;
          runs[path]!.push(
            await runLoad(target, op.body, concurrency, SECONDS * 1000, groupsFor(path)),
          );
        }
      }
      const merged = Object.fromEntries(
        Object.entries(runs).map(([path, list]) => [path, list.length ? combine(list) : undefined]),
      );
      const cell = (r?: LoadResult) =>
        r
          ? `${r.rps.toFixed(0)} (${r.p50.toFixed(0)}/${r.p99.toFixed(0)})${r.errors ? ` ${r.errors} errors` : ''}`
          : '-';
      const ratio = (a?: LoadResult, b?: LoadResult) =>
        a && b ? `${(a.rps / b.rps).toFixed(2)}x` : '-';
      const ours = merged.ours;
      const cpu = (r?: LoadResult) =>
        r
          ? (['gateway', 'subgraphs', 'postgres', 'client'] as const)
              .map((group) => r.cpuPerRequest[group]!.toFixed(2))
              .join(' / ')
          : '-';
      out(
        `${op.label} | ${concurrency} | ${cell(ours)} | ${cell(merged.hive)} | ${cell(merged.direct)} | ${ratio(ours, merged.hive)} | ${ratio(ours, merged.direct)} | ${cpu(ours)} | ${cpu(merged.hive)}`,
      );
    }
  }
  out(
    `\nLoad average (1 min) at the end: ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`,
  );
} finally {
  await hive?.stop();
  await db.end();
  await bench.stop();
}

/** Rounds of one path added up: requests and CPU summed, latency percentiles of the worst round. */
function combine(list: LoadResult[]): LoadResult {
  const requests = list.reduce((sum, r) => sum + r.requests, 0);
  const cpuPerRequest: Record<string, number> = {};
  for (const name of Object.keys(list[0]!.cpuPerRequest))
    cpuPerRequest[name] =
      list.reduce((sum, r) => sum + r.cpuPerRequest[name]! * r.requests, 0) / Math.max(requests, 1);
  return {
    requests,
    errors: list.reduce((sum, r) => sum + r.errors, 0),
    rps: list.reduce((sum, r) => sum + r.rps, 0) / list.length,
    p50: median(list.map((r) => r.p50)),
    p99: median(list.map((r) => r.p99)),
    cpuPerRequest,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
