// `npm run bench:search`: seeds 10,000 persons and 100,000 inquiries into a throw-away embedded
// PostgreSQL, starts the real stack on it and times the agency's global search (issue 16) through
// the gateway: names with typos, references, emails and dates of birth, p50 and p95.
import 'reflect-metadata';
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { DEMO_PASSWORD } from '@casework/gateway';
import { percentile, startBenchStack } from './bench-stack.js';

const PERSONS = 10_000;
const INQUIRIES = 100_000;
const RUNS = 20;
const HOME_CARE = '0b9e5f5a-0004-4000-8000-000000000001';
const out = (line: string) => process.stdout.write(`${line}\n`);

// The agency app's search query (agency-web/src/search/global-search.tsx), as the app sends it.
const SEARCH = `query($search: String!) {
  caseRecordSearch(search: $search, first: 5) {
    persons { id name reference dateOfBirth } morePersons
    integratedCases { id reference status primaryClient { name } }
    applications { id reference status clients { name } }
  }
  providerRecordSearch(search: $search, first: 5) {
    providers { id name reference } moreProviders
    inquiries { id reference status provider { name } }
  }
}`;

const GIVEN = [
  'Anna',
  'Marco',
  'Lea',
  'Giulia',
  'Jonas',
  'Katharina',
  'Paolo',
  'Sofia',
  'Lukas',
  'Elena',
];
const FAMILY = [
  'Schmidt',
  'Rossi',
  'Müller',
  'Bianchi',
  'Weber',
  'Fischer',
  'Romano',
  'Wagner',
  'Ricci',
  'Becker',
];

const bench = await startBenchStack({ mail: false });
const { stack } = bench;
const db = new pg.Client({ connectionString: bench.databaseUrl });
await db.connect();
try {
  out(
    `Loading ${PERSONS.toLocaleString('en')} persons and ${INQUIRIES.toLocaleString('en')} inquiries ...`,
  );
  const start = performance.now();
  // Names combine a given name, a family name and a number word, so most are distinct.
  await db.query(
    `insert into cases.person (id, version, created_at, updated_at, kind, reference, given_name, family_name, date_of_birth, email)
      select gen_random_uuid(), 1, now(), now(), 'PERSON', 'P-B' || lpad(i::text, 7, '0'),
        ($1::text[])[1 + i % 10] || ' ' || to_char(i, 'FMRN'), ($2::text[])[1 + (i / 10) % 10] || 'er' || (i % 97),
        date '1940-01-01' + (i * 7) % 25000, 'person' || i || '@bench.example'
      from generate_series(1, ${PERSONS}) i`,
    [GIVEN, FAMILY],
  );
  await db.query(`insert into providers.inquiry (id, version, created_at, updated_at, reference, provider_id, service_id, person_id,
      period_from, period_to, details, method, status, sent_at, created_by_id, created_by, created_by_email)
    select gen_random_uuid(), 1, now(), now(), 'IQ-B' || lpad(i::text, 7, '0'),
      (select id from providers.provider order by reference limit 1), '${HOME_CARE}', gen_random_uuid(),
      date '2027-01-01', date '2027-01-31', 'bench', 'EMAIL', 'SENT', now() - (i % 300) * interval '1 day',
      'bench', 'Bench', 'bench@agency.example'
    from generate_series(1, ${INQUIRIES}) i`);
  await db.query('vacuum analyze cases.person');
  await db.query('vacuum analyze providers.inquiry');
  out(`Loaded and vacuumed in ${((performance.now() - start) / 1000).toFixed(1)} s`);

  const signIn = await fetch(`${stack.urls.gateway}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'caseworker@demo.casework', password: DEMO_PASSWORD }),
  });
  const { token } = (await signIn.json()) as { token: string };
  const search = async (text: string): Promise<number> => {
    const res = await fetch(stack.urls.graphql, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: SEARCH, variables: { search: text } }),
    });
    const body = (await res.json()) as {
      errors?: unknown[];
      data?: {
        caseRecordSearch: { persons: unknown[] };
        providerRecordSearch: { inquiries: unknown[] };
      };
    };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return (
      body.data!.caseRecordSearch.persons.length + body.data!.providerRecordSearch.inquiries.length
    );
  };

  const kinds: [string, (i: number) => string][] = [
    [
      'name with a typo',
      (i) => `${GIVEN[i % 10]!.slice(0, -1)} ${FAMILY[(i * 3) % 10]!.replace(/i/, 'y')}er`,
    ],
    ['person reference', (i) => `P-B${String(1 + ((i * 397) % PERSONS)).padStart(7, '0')}`],
    ['inquiry reference', (i) => `iq-b${String(1 + ((i * 4999) % INQUIRIES)).padStart(7, '0')}`],
    ['email', (i) => `person${1 + ((i * 131) % PERSONS)}@bench`],
    [
      'date of birth',
      (i) => new Date(Date.UTC(1940, 0, 1 + ((i * 7 * 13) % 25000))).toISOString().slice(0, 10),
    ],
  ];
  const all: number[] = [];
  out(`\nGlobal search through the gateway (${RUNS} runs a kind, after a warm-up):`);
  for (const [kind, text] of kinds) {
    await search(text(0));
    const samples: number[] = [];
    let found = 0;
    for (let i = 1; i <= RUNS; i++) {
      const begin = performance.now();
      found += (await search(text(i))) > 0 ? 1 : 0;
      samples.push(performance.now() - begin);
    }
    all.push(...samples);
    out(
      `  ${kind.padEnd(18)} p50 ${percentile(samples, 0.5).toFixed(1)} ms, p95 ${percentile(samples, 0.95).toFixed(1)} ms (found something in ${found}/${RUNS})`,
    );
  }
  out(
    `  all kinds          p50 ${percentile(all, 0.5).toFixed(1)} ms, p95 ${percentile(all, 0.95).toFixed(1)} ms (${all.length} searches)`,
  );
  out(
    `\nLoad average (1 min) at the end: ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`,
  );
} finally {
  await db.end();
  await bench.stop();
}
