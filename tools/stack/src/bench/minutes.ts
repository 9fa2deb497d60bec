// `npm run bench:minutes`: starts the real stack (demo data, maildev) on a throw-away embedded
// PostgreSQL and measures the minutes wizard (R3.2) through the gateway as the agency app uses it:
// each step's save (`saveMinutesDraft`, every step saved several times as Back / Save and continue
// do) p50/p95 per step and overall, then issuing final minutes: the `issueMinutes` request (PDF
// rendered and stored, one mail job per recipient) and the time until every recipient's mail is
// in maildev (job, SMTP), p50/p95 over several meetings.
import 'reflect-metadata';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { DEMO_PERSONS } from '@casework/contracts';
import { DEMO_PASSWORD } from '@casework/gateway';
import { percentile, startBenchStack } from './bench-stack.js';

const MEETINGS = 10;
const ROUNDS = 3;
/** The demo programme "Housing support" (a meeting is always required, R3.1). */
const HOUSING_SUPPORT = '0b9e5f5a-0c45-4000-8000-000000000001';
const STEP_NAMES = ['details', 'notes', 'decisions', 'attendance', 'actions', 'files', 'cases'];
const out = (line: string) => process.stdout.write(`${line}\n`);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const ms = (samples: number[], q: number) => `${percentile(samples, q).toFixed(0)} ms`;

interface Minutes {
  id: string;
  version: number;
}
const FIELDS = 'id version';

const { stack, stop } = await startBenchStack({ mail: true });
try {
  const gateway = stack.urls.gateway;
  const mailWeb = stack.urls.mailWeb;
  if (!mailWeb) throw new Error('the bench stack runs without maildev');
  const signIn = async (email: string) => {
    const res = await fetch(`${gateway}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: DEMO_PASSWORD }),
    });
    return (await res.json()) as { token: string; user: { id: string } };
  };
  const caseworker = await signIn('caseworker@demo.casework');
  const supervisor = await signIn('supervisor@demo.casework');
  const gql = async <T>(query: string, variables: object): Promise<T> => {
    const res = await fetch(`${gateway}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${caseworker.token}`,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: unknown };
    if (!body.data || body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  /** Addresses of the mails maildev holds (its REST API). */
  const mailedTo = async (): Promise<Set<string>> => {
    const res = await fetch(`${mailWeb}/email`);
    const mails = (await res.json()) as { to: { address: string }[] }[];
    return new Set(mails.flatMap((m) => m.to.map((t) => t.address.toLowerCase())));
  };

  out(`bench:minutes: load average ${load()}`);
  const { createApplication } = await gql<{ createApplication: { id: string } }>(
    'mutation($input: CreateApplicationInput!) { createApplication(input: $input) { id } }',
    { input: { personIds: [DEMO_PERSONS.annaSchmidt], programmeIds: [HOUSING_SUPPORT] } },
  );
  const applicationId = createApplication.id;
  const startsAt = new Date(Math.ceil(Date.now() / 1000 + 5) * 1000);
  const meetings: { id: string; invitees: { id: string }[]; tag: string }[] = [];
  for (let m = 0; m < MEETINGS; m++) {
    const tag = `${Date.now().toString(36)}-${m}`;
    const { scheduleMeeting } = await gql<{
      scheduleMeeting: { id: string; invitees: { id: string }[] };
    }>(
      'mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id invitees { id } } }',
      {
        input: {
          caseType: 'APPLICATION_CASE',
          caseId: applicationId,
          subject: `Bench minutes ${m + 1}`,
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
          timeZone: 'Europe/Berlin',
          location: 'Office 2.14',
          invitees: [
            {
              kind: 'CLIENT',
              personId: DEMO_PERSONS.annaSchmidt,
              name: 'Anna Schmidt',
              email: `anna-${tag}@client.test`,
              receivesMail: false,
            },
            {
              kind: 'OTHER',
              name: 'Karl Vermieter',
              email: `karl-${tag}@landlord.test`,
              receivesMail: false,
            },
            {
              kind: 'STAFF',
              accountId: supervisor.user.id,
              name: 'Sam Supervisor',
              receivesMail: false,
            },
          ],
        },
      },
    );
    meetings.push({ ...scheduleMeeting, tag });
  }
  await new Promise((r) => setTimeout(r, Math.max(0, startsAt.getTime() - Date.now() + 300)));

  const perStep: number[][] = STEP_NAMES.map(() => []);
  const issueRequest: number[] = [];
  const untilMailed: number[] = [];
  for (const meeting of meetings) {
    const [anna, karl, sam] = meeting.invitees;
    let minutes = (
      await gql<{ startMinutes: Minutes }>(
        `mutation($id: ID!) { startMinutes(meetingId: $id) { ${FIELDS} } }`,
        { id: meeting.id },
      )
    ).startMinutes;
    const steps: Record<string, unknown>[] = [
      {
        details: {
          heldOn: '2026-11-29',
          startTime: '10:00',
          endTime: '11:00',
          location: 'Office 2.14',
          chair: 'Clara Caseworker',
          minuteTaker: 'Clara Caseworker',
        },
      },
      { notes: 'Rent contract and income discussed. '.repeat(20) },
      { decisions: 'The application is complete; housing support can be authorised.' },
      {
        attendance: [
          { inviteeId: anna!.id, attendance: 'ATTENDED' },
          { inviteeId: karl!.id, attendance: 'DECLINED' },
          { inviteeId: sam!.id, attendance: 'ATTENDED' },
        ],
        uninvited: [],
      },
      {
        actions: [
          {
            what: 'Authorise housing support',
            assigneeName: 'Sam Supervisor',
            assigneeAccountId: supervisor.user.id,
            dueOn: '2026-12-04',
          },
        ],
      },
      { fileIds: [] },
      { cases: [{ caseType: 'APPLICATION_CASE', caseId: applicationId }] },
    ];
    for (let round = 0; round < ROUNDS; round++)
      for (const [n, step] of steps.entries()) {
        const t0 = performance.now();
        minutes = (
          await gql<{ saveMinutesDraft: Minutes }>(
            `mutation($id: ID!, $input: MinutesDraftInput!) { saveMinutesDraft(id: $id, input: $input) { ${FIELDS} } }`,
            { id: minutes.id, input: { version: minutes.version, step: n + 1, ...step } },
          )
        ).saveMinutesDraft;
        perStep[n]!.push(performance.now() - t0);
      }
    minutes = (
      await gql<{ finaliseMinutes: Minutes }>(
        `mutation($id: ID!, $input: MinutesVersionInput!) { finaliseMinutes(id: $id, input: $input) { ${FIELDS} } }`,
        { id: minutes.id, input: { version: minutes.version } },
      )
    ).finaliseMinutes;

    const recipients = [
      `anna-${meeting.tag}@client.test`,
      `karl-${meeting.tag}@landlord.test`,
      `ines-${meeting.tag}@agency.test`,
    ];
    const t0 = performance.now();
    await gql(
      `mutation($id: ID!, $input: IssueMinutesInput!) { issueMinutes(id: $id, input: $input) { ${FIELDS} } }`,
      {
        id: minutes.id,
        input: {
          version: minutes.version,
          language: 'DE',
          interested: [{ name: 'Ines Interessiert', email: recipients[2] }],
        },
      },
    );
    issueRequest.push(performance.now() - t0);
    const deadline = Date.now() + 60_000;
    for (;;) {
      const got = await mailedTo();
      if (recipients.every((r) => got.has(r))) break;
      if (Date.now() > deadline) throw new Error(`minutes mails missing for ${meeting.tag}`);
      await new Promise((r) => setTimeout(r, 25));
    }
    untilMailed.push(performance.now() - t0);
  }

  const all = perStep.flat();
  out(
    `wizard step save through the gateway   p50 ${ms(all, 0.5)}, p95 ${ms(all, 0.95)}, max ${ms(all, 1)} (${all.length} saves: ${MEETINGS} meetings x ${ROUNDS} rounds x ${STEP_NAMES.length} steps)`,
  );
  for (const [n, name] of STEP_NAMES.entries())
    out(
      `  step ${n + 1} ${name.padEnd(10)}  p50 ${ms(perStep[n]!, 0.5)}, p95 ${ms(perStep[n]!, 0.95)}`,
    );
  out(
    `issueMinutes request (PDF rendered and stored, 3 mail jobs queued)  p50 ${ms(issueRequest, 0.5)}, p95 ${ms(issueRequest, 0.95)} (${MEETINGS} meetings)`,
  );
  out(
    `issue until all 3 mails are in maildev (PDF, jobs, SMTP)            p50 ${ms(untilMailed, 0.5)}, p95 ${ms(untilMailed, 0.95)}, max ${ms(untilMailed, 1)}`,
  );
  out(`bench:minutes: load average ${load()}`);
} finally {
  await stop();
}
