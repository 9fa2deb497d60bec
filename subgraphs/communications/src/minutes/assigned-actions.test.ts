import { randomUUID } from 'node:crypto';
import { Role } from '@casework/kit';
import { startTestSubgraph, testIdentity, type TestSubgraph } from '@casework/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communicationsSubgraph } from '../index.js';

const caseworker = testIdentity([Role.CASEWORKER], { id: 'cw-actions', name: 'Clara Caseworker' });
const supervisor = testIdentity([Role.SUPERVISOR], { id: 'sv-actions', name: 'Sam Supervisor' });
const MY_ACTIONS = `{ myActions { id what dueOn meetingId meetingSubject caseType caseId } }`;
const MINUTES = `id version actions { id what }`;

interface Action {
  id: string;
  what: string;
  dueOn: string;
  meetingId: string;
  meetingSubject: string;
  caseType: string;
  caseId: string;
}

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(communicationsSubgraph);
});
afterAll(async () => {
  await subgraph.stop();
});

async function ok<T>(query: string, variables: Record<string, unknown>, who = caseworker) {
  const res = await subgraph.query<T>(query, variables, who);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

const myActions = async (who: typeof caseworker) =>
  (await ok<{ myActions: Action[] }>(MY_ACTIONS, {}, who)).myActions;

/** A meeting that has started, with minutes finalised holding the given actions. */
async function finalMinutesWith(caseId: string, actions: Record<string, unknown>[]) {
  const startsAt = new Date(Math.ceil(Date.now() / 1000 + 2) * 1000);
  const { scheduleMeeting } = await ok<{
    scheduleMeeting: { id: string; invitees: { id: string }[] };
  }>(
    `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id invitees { id } } }`,
    {
      input: {
        caseType: 'INTEGRATED_CASE',
        caseId,
        subject: `Review ${caseId.slice(0, 8)}`,
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
        timeZone: 'Europe/Berlin',
        invitees: [
          { kind: 'CLIENT', personId: randomUUID(), name: 'Anna Client', receivesMail: false },
          { kind: 'STAFF', accountId: supervisor.id, name: 'Sam Supervisor', receivesMail: false },
        ],
      },
    },
  );
  while (Date.now() <= startsAt.getTime() + 100) await new Promise((r) => setTimeout(r, 100));
  const { startMinutes } = await ok<{ startMinutes: { id: string; version: number } }>(
    `mutation($id: ID!) { startMinutes(meetingId: $id) { ${MINUTES} } }`,
    { id: scheduleMeeting.id },
  );
  const { saveMinutesDraft } = await ok<{ saveMinutesDraft: { id: string; version: number } }>(
    `mutation($id: ID!, $input: MinutesDraftInput!) { saveMinutesDraft(id: $id, input: $input) { ${MINUTES} } }`,
    {
      id: startMinutes.id,
      input: {
        version: startMinutes.version,
        step: 3,
        notes: 'Discussed.',
        attendance: scheduleMeeting.invitees.map((i) => ({
          inviteeId: i.id,
          attendance: 'ATTENDED',
        })),
        actions,
      },
    },
  );
  const { finaliseMinutes } = await ok<{ finaliseMinutes: { id: string; version: number } }>(
    `mutation($id: ID!, $input: MinutesVersionInput!) { finaliseMinutes(id: $id, input: $input) { ${MINUTES} } }`,
    { id: saveMinutesDraft.id, input: { version: saveMinutesDraft.version } },
  );
  return { meetingId: scheduleMeeting.id, minutes: finaliseMinutes };
}

describe('actions assigned to me (communications subgraph, R3.2, issue 16)', () => {
  it('R3.2: the assignee lists the actions of final minutes, soonest due first; a correction that drops an action drops it from the list; others see none of them', async () => {
    const caseId = randomUUID();
    const sam = (what: string, dueOn: string) => ({
      what,
      dueOn,
      assigneeName: 'Sam Supervisor',
      assigneeAccountId: supervisor.id,
    });
    const before = (await myActions(supervisor)).length;
    const { meetingId, minutes } = await finalMinutesWith(caseId, [
      sam('Check the rent contract', '2026-12-15'),
      sam('Call the landlord', '2026-12-03'),
      { what: 'Bring pay slips', assigneeName: 'Anna Client', dueOn: '2026-12-01' },
    ]);

    const mine = (await myActions(supervisor)).filter((a) => a.meetingId === meetingId);
    expect(mine.map((a) => [a.what, a.dueOn])).toEqual([
      ['Call the landlord', '2026-12-03'],
      ['Check the rent contract', '2026-12-15'],
    ]);
    expect(mine[0]).toMatchObject({ caseType: 'INTEGRATED_CASE', caseId });
    expect(mine[0]!.meetingSubject).toBe(`Review ${caseId.slice(0, 8)}`);
    expect((await myActions(supervisor)).length).toBe(before + 2);
    expect((await myActions(caseworker)).some((a) => a.meetingId === meetingId)).toBe(false);

    // A correction is a new version: until it is final the first version's actions stand.
    const { correctMinutes } = await ok<{ correctMinutes: { id: string; version: number } }>(
      `mutation($id: ID!, $input: CorrectMinutesInput!) { correctMinutes(id: $id, input: $input) { ${MINUTES} } }`,
      { id: minutes.id, input: { version: minutes.version, reason: 'Landlord already called' } },
    );
    const saved = await ok<{ saveMinutesDraft: { id: string; version: number } }>(
      `mutation($id: ID!, $input: MinutesDraftInput!) { saveMinutesDraft(id: $id, input: $input) { ${MINUTES} } }`,
      {
        id: correctMinutes.id,
        input: {
          version: correctMinutes.version,
          actions: [sam('Check the rent contract', '2026-12-15')],
        },
      },
    );
    expect((await myActions(supervisor)).filter((a) => a.meetingId === meetingId)).toHaveLength(2);
    await ok(
      `mutation($id: ID!, $input: MinutesVersionInput!) { finaliseMinutes(id: $id, input: $input) { id } }`,
      { id: saved.saveMinutesDraft.id, input: { version: saved.saveMinutesDraft.version } },
    );
    expect(
      (await myActions(supervisor)).filter((a) => a.meetingId === meetingId).map((a) => a.what),
    ).toEqual(['Check the rent contract']);
  });

  it('R3.2: a provider user may not read actions', async () => {
    const provider = testIdentity([Role.PROVIDER_USER], { id: 'pu-actions', name: 'Paula' });
    const res = await subgraph.query(MY_ACTIONS, {}, provider);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
