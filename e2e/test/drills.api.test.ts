import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EmbeddedServer, startEmbeddedPostgres } from '@casework/testing/postgres';
import { DEMO_PERSONS, DEMO_PROVIDERS } from '@casework/contracts';
import { startTestSmtp, type TestSmtp } from '@casework/testing';
import getPort from 'get-port';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack } from '@casework/stack';
import { ProbeReport } from './security/report.js';
import { bearer, gql, startTestStack, tokenFor } from './stack.fixture.js';

/**
 * Fault drills (issue 14 item 13): SMTP outage, a subgraph killed under load, PostgreSQL
 * restarted under writes, concurrent edits. The stack runs on its own PostgreSQL (the drill
 * restarts it) and its own SMTP server; each drill prints tried / held / failed.
 */

/** Concurrent edits of one note: the loser of each pair must get CONFLICT (issue 14 item 8). */
const CONCURRENT_EDITS_ANSWER_CONFLICT = true;

let stack: Stack;
let smtp: TestSmtp;
let postgres: EmbeddedServer;
let postgresPort: number;
let dataDir: string;
let admin: string;
let caseworker: string;

const startPostgres = () => startEmbeddedPostgres({ dataDir, port: postgresPort });

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'casework-drill-pg-'));
  postgresPort = await getPort();
  postgres = await startPostgres();
  await postgres.createDatabase('drills');
  smtp = await startTestSmtp();
  stack = await startTestStack({ smtpUrl: smtp.url, databaseUrl: postgres.url('drills') });
  admin = await tokenFor(stack, 'admin@demo.casework');
  caseworker = await tokenFor(stack, 'caseworker@demo.casework');
}, 300_000);
afterAll(async () => {
  await stack?.stop();
  await smtp?.stop();
  await postgres?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const codeOf = (body: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  (body.errors?.[0]?.extensions?.code as string | undefined) ?? 'OK';

describe('issue 14 item 13: fault drills', () => {
  it('SMTP outage: invitation mails queued while SMTP is down all arrive once it is back', async () => {
    const report = new ProbeReport('drill SMTP outage');
    const port = Number(new URL(smtp.url).port);
    await smtp.stop();
    const tag = Date.now().toString(36);
    const emails = Array.from({ length: 5 }, (_, i) => `drill-${tag}-${i}@example.org`);
    for (const email of emails) {
      const { body } = await gql(
        stack,
        'mutation($p: ID!, $i: InvitePortalUserInput!) { invitePortalUser(providerId: $p, input: $i) { id } }',
        { p: DEMO_PROVIDERS.sonnenhof, i: { email, name: 'Drill User', role: 'PROVIDER_USER' } },
        bearer(admin),
      );
      expect(body.errors).toBeUndefined();
    }
    await wait(3000);
    smtp = await startTestSmtp(port);
    const deadline = Date.now() + 90_000;
    const arrived = () => emails.map((e) => smtp.messages.filter((m) => m.to.includes(e)).length);
    while (Date.now() < deadline && arrived().some((n) => n === 0)) await wait(500);
    await wait(2000); // a duplicate would arrive right behind
    for (const [i, count] of arrived().entries())
      report.record(count === 1, `${emails[i]}: ${count} mail(s)`);
    report.print();
    expect(report.failures).toEqual([]);
  }, 150_000);

  it('subgraph killed under load: the others keep answering, the dead one is named, then recovers', async () => {
    const report = new ProbeReport('drill subgraph killed');
    const query = `{ persons(first: 1) { totalCount } myUnreadNotificationCount }`;
    const communications = stack.services.communications;
    let killed = false;
    const load = async (ms: number) => {
      const end = Date.now() + ms;
      while (Date.now() < end) {
        const { status, body } = await gql<{ persons: { totalCount: number } | null }>(
          stack,
          query,
          {},
          bearer(caseworker),
        );
        const casesServed = (body.data?.persons?.totalCount ?? -1) >= 0;
        const codes = (body.errors ?? []).map((e) => e.extensions?.code);
        const held =
          status === 200 &&
          casesServed &&
          (codes.length === 0 || (killed && codes.every((c) => c === 'SERVICE_UNAVAILABLE')));
        report.record(held, `${status} killed=${killed} codes=${codes.join(',')}`);
      }
    };
    const running = Promise.all([load(9000), load(9000)]);
    await wait(2000);
    killed = true;
    await communications.stop();
    await wait(3000);
    await communications.start(120_000);
    killed = false;
    await running;
    const after = await gql(stack, query, {}, bearer(caseworker));
    report.record(codeOf(after.body) === 'OK', `after restart: ${codeOf(after.body)}`);
    report.print();
    expect(report.failures).toEqual([]);
  }, 200_000);

  it('PostgreSQL restarted under writes: every acknowledged write is stored', async () => {
    const report = new ProbeReport('drill PostgreSQL restart');
    const tag = `Drill${Date.now().toString(36)}`;
    const acknowledged: string[] = [];
    let refused = 0;
    let stop = false;
    const writer = async (w: number) => {
      for (let i = 0; !stop; i++) {
        const familyName = `${tag}w${w}n${i}`;
        const { body } = await gql<{ registerProspectPerson: { id: string } }>(
          stack,
          'mutation($i: RegisterProspectPersonInput!) { registerProspectPerson(input: $i) { id } }',
          { i: { givenName: 'Drill', familyName } },
          bearer(caseworker),
        ).catch(() => ({ body: {} as { data?: undefined } }));
        if (body.data?.registerProspectPerson?.id) acknowledged.push(familyName);
        else refused++;
        await wait(50);
      }
    };
    const writers = Promise.all([writer(1), writer(2)]);
    await wait(2000);
    await postgres.stop();
    await wait(2000);
    postgres = await startPostgres();
    await wait(8000);
    stop = true;
    await writers;
    const client = new pg.Client({ connectionString: postgres.url('drills') });
    await client.connect();
    const { rows } = await client.query<{ family_name: string }>(
      'select family_name from cases.person where family_name like $1',
      [`${tag}%`],
    );
    await client.end();
    const stored = new Set(rows.map((r) => r.family_name));
    for (const name of acknowledged)
      report.record(stored.has(name), `${name} acknowledged but not stored`);
    // eslint-disable-next-line no-console -- the figures are this suite\'s output
    console.log(`[security] drill PostgreSQL restart: ${refused} writes refused during the outage`);
    report.print();
    expect(acknowledged.length).toBeGreaterThan(0);
    expect(report.failures).toEqual([]);
  }, 200_000);

  it('concurrent edits: of each pair of edits of one version, one wins and the other is told CONFLICT', async () => {
    const report = new ProbeReport('drill concurrent edits');
    const add = await gql<{ addNote: { id: string; version: number } }>(
      stack,
      'mutation($i: AddNoteInput!) { addNote(input: $i) { id version } }',
      { i: { personId: DEMO_PERSONS.annaSchmidt, text: 'drill note' } },
      bearer(caseworker),
    );
    const { id } = add.body.data!.addNote;
    let { version } = add.body.data!.addNote;
    for (let pair = 0; pair < 10; pair++) {
      const edit = (text: string) =>
        gql<{ editNote: { version: number } }>(
          stack,
          'mutation($id: ID!, $i: EditNoteInput!) { editNote(id: $id, input: $i) { version } }',
          { id, i: { version, text } },
          bearer(caseworker),
        );
      const [a, b] = await Promise.all([edit(`pair ${pair} a`), edit(`pair ${pair} b`)]);
      const codes = [codeOf(a.body), codeOf(b.body)].sort();
      const oneWon = codes.filter((c) => c === 'OK').length === 1;
      const loserCoded = CONCURRENT_EDITS_ANSWER_CONFLICT ? codes.includes('CONFLICT') : true;
      report.record(oneWon && loserCoded, `pair ${pair}: ${codes.join(' / ')}`);
      version = (a.body.data?.editNote ?? b.body.data?.editNote)?.version ?? version + 1;
    }
    report.print();
    expect(report.failures).toEqual([]);
  }, 120_000);
});
