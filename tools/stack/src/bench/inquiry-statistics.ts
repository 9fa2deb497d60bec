// `npm run bench`: bulk-loads 1,000 providers and 1,000,000 answered inquiries into a throw-away
// embedded PostgreSQL, starts the real stack on it, and times a provider's statistics and the
// provider picker of one service, through the gateway and as bare SQL.
import 'reflect-metadata';
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { statisticsSql } from '@casework/providers';
import pg from 'pg';
import { DEMO_PASSWORD } from '@casework/gateway';
import { percentile, startBenchStack } from './bench-stack.js';

const PROVIDERS = 1000;
const INQUIRIES = 1_000_000;
const RUNS = 30;
const HOME_CARE = '0b9e5f5a-0004-4000-8000-000000000001';
const out = (line: string) => process.stdout.write(`${line}\n`);

function summary(samples: number[]): string {
  const at = (q: number) => percentile(samples, q);
  return `p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${at(1).toFixed(1)} ms (${samples.length} runs)`;
}

async function time(runs: number, work: () => Promise<void>): Promise<number[]> {
  await work(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return samples;
}

const bench = await startBenchStack({ mail: false });
const { stack } = bench;
const db = new pg.Client({ connectionString: bench.databaseUrl });
await db.connect();
try {
  out(
    `Loading ${PROVIDERS.toLocaleString('en')} providers and ${INQUIRIES.toLocaleString('en')} inquiries ...`,
  );
  const start = performance.now();
  await db.query(`insert into providers.provider (id, version, created_at, updated_at, reference, name, email, email_status)
    select gen_random_uuid(), 1, now(), now(), 'PR-B' || lpad(i::text, 7, '0'), 'Bench provider ' || i, 'p' || i || '@bench.example', 'OK'
      from generate_series(1, ${PROVIDERS}) i`);
  await db.query(`insert into providers.provider_service (provider_id, service_id)
    select id, '${HOME_CARE}' from providers.provider where reference like 'PR-B%'`);
  await db.query(
    `create temp table bench_providers as select row_number() over () as n, id from providers.provider`,
  );
  await db.query(`insert into providers.inquiry (id, version, created_at, updated_at, reference, provider_id, service_id, person_id,
      period_from, period_to, details, method, status, sent_at, created_by_id, created_by, created_by_email,
      first_response_at, answered_at, answer_channel)
    select gen_random_uuid(), 1, s.sent, s.sent, 'IQ-B' || lpad(i::text, 8, '0'), p.id, '${HOME_CARE}', gen_random_uuid(),
      date '2027-01-01', date '2027-01-31', 'bench', 'EMAIL',
      (case when i % 10 = 0 then 'SENT' when i % 3 = 0 then 'ANSWERED_NOT_AVAILABLE' else 'ANSWERED_AVAILABLE' end)::providers.inquiry_status,
      s.sent, 'bench', 'Bench', 'bench@agency.example',
      case when i % 10 = 0 then null else s.sent + (i % 72) * interval '1 hour' end,
      case when i % 10 = 0 then null else s.sent + (i % 72) * interval '1 hour' end,
      case when i % 10 = 0 then null else 'EMAIL'::providers.answer_channel end
    from generate_series(1, ${INQUIRIES}) i
    join bench_providers p on p.n = 1 + (i % (select count(*) from bench_providers))
    cross join lateral (select now() - (i % 300) * interval '1 day' - (i % 24) * interval '1 hour' as sent) s`);
  out(`Loaded in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  // Autovacuum does this on a live database soon after a bulk insert; done here so that every run
  // measures the same state: index-only scans need the visibility map that vacuum sets. A vacuum
  // right after the load can leave pages unmarked (a transaction of the starting stack still
  // open), so vacuum again until nearly all pages are all-visible.
  const vacuumStart = performance.now();
  let allVisible = 0;
  let vacuums = 0;
  while (vacuums < 10 && allVisible < 0.99) {
    if (vacuums++ > 0) await new Promise((resolve) => setTimeout(resolve, 1000));
    await db.query('vacuum analyze providers.inquiry');
    const { rows } = await db.query<{ share: number }>(
      `select relallvisible::float8 / greatest(relpages, 1) as share from pg_class
        where oid = 'providers.inquiry'::regclass`,
    );
    allVisible = rows[0]!.share;
  }
  out(
    `Vacuumed ${vacuums}x in ${((performance.now() - vacuumStart) / 1000).toFixed(1)} s (${(allVisible * 100).toFixed(0)} % of the table's pages all-visible)`,
  );

  const signIn = await fetch(`${stack.urls.gateway}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'caseworker@demo.casework', password: DEMO_PASSWORD }),
  });
  const { token } = (await signIn.json()) as { token: string };
  const gql = async (query: string, variables: object) => {
    const res = await fetch(stack.urls.graphql, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
  };
  const one = (
    await db.query<{ id: string }>(
      `select id from providers.provider where reference = 'PR-B0000001'`,
    )
  ).rows[0]!.id;
  const to = new Date();
  const from = new Date(to.getTime() - 365 * 24 * 3600 * 1000);

  out("\nOne provider's statistics (about 1,000 inquiries of 1,000,000):");
  const fields =
    'sentCount answeredCount positiveShare averageHoursToFirstResponse medianHoursToFirstResponse';
  out(
    `  through the gateway: ${summary(await time(RUNS, () => gql(`query($id: ID!) { provider(id: $id) { statistics { ${fields} } } }`, { id: one })))}`,
  );
  const single = statisticsSql({ from, to, providerId: one });
  out(
    `  bare SQL:            ${summary(await time(RUNS, async () => void (await db.query(single.text, single.params))))}`,
  );

  out('\nProvider picker for one service (the first 100 providers with their statistics):');
  const picker = `query($s: ID!) { providers(serviceId: $s, first: 100) { nodes { id name allowedInquiryMethods { method allowed } statistics(serviceId: $s) { medianHoursToFirstResponse positiveShare } } } }`;
  out(`  through the gateway: ${summary(await time(RUNS, () => gql(picker, { s: HOME_CARE })))}`);
  const page = (
    await db.query<{ id: string }>(`select id from providers.provider order by name, id limit 100`)
  ).rows.map((r) => r.id);
  const grouped = statisticsSql(
    { from, to, serviceId: HOME_CARE, providerIds: page },
    { provider: true },
  );
  out(
    `  bare SQL (the same 100 providers grouped): ${summary(await time(RUNS, async () => void (await db.query(grouped.text, grouped.params))))}`,
  );
  // The machine may be shared: its load explains much of the spread between runs.
  out(
    `\nLoad average (1 min) at the end: ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`,
  );
} finally {
  await db.end();
  await bench.stop();
}
