import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { Role } from '@casework/kit';
import {
  type ReceivedMail,
  startTestSmtp,
  startTestSubgraph,
  testIdentity,
  type TestSmtp,
  type TestSubgraph,
} from '@casework/testing';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communicationsSubgraph } from '../index.js';

const SCHEDULE = `mutation($input: ScheduleMeetingInput!) {
  scheduleMeeting(input: $input) { id invitees { id name kind } }
}`;
const MINUTES = `id number status version lastStep heldOn startTime chair notes decisions correctionReason
  attendance { inviteeId name attendance } uninvited { name email }
  actions { id what assigneeName assigneeAccountId dueOn } cases { caseType caseId }
  deliveries { id name email reason status sentAt lastError }`;
const START = `mutation($id: ID!) { startMinutes(meetingId: $id) { ${MINUTES} } }`;
const SAVE = `mutation($id: ID!, $input: MinutesDraftInput!) { saveMinutesDraft(id: $id, input: $input) { ${MINUTES} } }`;
const FINALISE = `mutation($id: ID!, $input: MinutesVersionInput!) { finaliseMinutes(id: $id, input: $input) { ${MINUTES} } }`;
const CORRECT = `mutation($id: ID!, $input: CorrectMinutesInput!) { correctMinutes(id: $id, input: $input) { ${MINUTES} } }`;
const ISSUE = `mutation($id: ID!, $input: IssueMinutesInput!) { issueMinutes(id: $id, input: $input) { ${MINUTES} } }`;
const READ = `query($id: ID!) { meeting(id: $id) { status minutes { ${MINUTES} } auditTrail { action entityType } } }`;
const RETRY = `mutation($id: ID!) { retryMinutesDelivery(deliveryId: $id) { id status } }`;
const INBOX = `{ myNotifications(first: 50) { nodes { kind subjectId title body } } }`;

interface Minutes {
  id: string;
  number: number;
  status: string;
  version: number;
  notes: string | null;
  attendance: { inviteeId: string; attendance: string }[];
  actions: { id: string; what: string }[];
  deliveries: {
    id: string;
    name: string;
    email: string;
    reason: string;
    status: string;
    lastError: string | null;
  }[];
}

const caseworker = testIdentity([Role.CASEWORKER], {
  id: 'cw-minutes',
  name: 'Clara Caseworker',
  email: 'clara@agency.test',
});
const assignee = testIdentity([Role.SUPERVISOR], { id: 'sv-minutes', name: 'Sam Supervisor' });

let subgraph: TestSubgraph;
let smtp: TestSmtp;

beforeAll(async () => {
  smtp = await startTestSmtp();
  subgraph = await startTestSubgraph(communicationsSubgraph, { smtpUrl: smtp.url });
});
afterAll(async () => {
  await subgraph.stop();
  await smtp.stop();
});

/** A meeting that has just started: client (accepted), staff, and a client who declined. */
async function startedMeeting() {
  const tag = randomUUID().slice(0, 8);
  const startsAt = new Date(Math.ceil(Date.now() / 1000 + 2) * 1000);
  const res = await subgraph.query<{
    scheduleMeeting: { id: string; invitees: { id: string; name: string }[] };
  }>(
    SCHEDULE,
    {
      input: {
        caseType: 'APPLICATION_CASE',
        caseId: randomUUID(),
        subject: `Housing review ${tag}`,
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
        timeZone: 'Europe/Rome',
        location: 'Via Roma 1',
        invitees: [
          {
            kind: 'CLIENT',
            personId: randomUUID(),
            name: 'Anna Rossi',
            email: `anna-${tag}@client.test`,
            receivesMail: false,
          },
          {
            kind: 'STAFF',
            accountId: assignee.id,
            name: 'Sam Supervisor',
            email: `sam-${tag}@agency.test`,
            receivesMail: false,
          },
          {
            kind: 'CLIENT',
            personId: randomUUID(),
            name: 'Marco Rossi',
            email: `marco-${tag}@client.test`,
            receivesMail: false,
          },
          {
            kind: 'OTHER',
            name: 'Absent Neighbour',
            email: `nb-${tag}@x.test`,
            receivesMail: false,
          },
        ],
      },
    },
    caseworker,
  );
  expect(res.errors).toBeUndefined();
  await new Promise((r) => setTimeout(r, Math.max(0, startsAt.getTime() - Date.now() + 300)));
  const meeting = res.data!.scheduleMeeting;
  return { meeting, tag, invitees: meeting.invitees };
}

async function save(id: string, input: Record<string, unknown>) {
  return subgraph.query<{ saveMinutesDraft: Minutes }>(SAVE, { id, input }, caseworker);
}

async function start(meetingId: string): Promise<Minutes> {
  const res = await subgraph.query<{ startMinutes: Minutes }>(START, { id: meetingId }, caseworker);
  expect(res.errors).toBeUndefined();
  return res.data!.startMinutes;
}

/** Walks every step and finalises; returns the final version. */
async function finalMinutes(meetingId: string, invitees: { id: string }[]): Promise<Minutes> {
  const draft = await start(meetingId);
  const [anna, sam, marco, neighbour] = invitees;
  const saved = await save(draft.id, {
    version: draft.version,
    step: 3,
    notes: 'Rent contract discussed.',
    decisions: 'Apply for housing support.',
    attendance: [
      { inviteeId: anna!.id, attendance: 'ATTENDED' },
      { inviteeId: sam!.id, attendance: 'ATTENDED' },
      { inviteeId: marco!.id, attendance: 'DECLINED' },
      { inviteeId: neighbour!.id, attendance: 'ABSENT' },
    ],
    uninvited: [{ name: 'Interpreter Ida', email: 'ida@interpreters.test' }],
    actions: [
      {
        what: 'Check the rent contract',
        assigneeName: 'Sam Supervisor',
        assigneeAccountId: assignee.id,
        dueOn: '2026-12-15',
      },
      { what: 'Bring pay slips', assigneeName: 'Anna Rossi', dueOn: '2026-12-10' },
    ],
  });
  expect(saved.errors).toBeUndefined();
  const m = saved.data!.saveMinutesDraft;
  const fin = await subgraph.query<{ finaliseMinutes: Minutes }>(
    FINALISE,
    { id: m.id, input: { version: m.version } },
    caseworker,
  );
  expect(fin.errors).toBeUndefined();
  return fin.data!.finaliseMinutes;
}

async function countRows(table: string): Promise<number> {
  const rows = await subgraph.orm.em
    .fork()
    .getConnection()
    .execute<{ n: string }[]>(`select count(*) as n from communications.${table}`);
  return Number(rows[0]!.n);
}

function pdfOf(mail: ReceivedMail): Uint8Array {
  const part = /Content-Type: application\/pdf[^]*?\r?\n\r?\n([A-Za-z0-9+/=\r\n]+)/i.exec(mail.raw);
  if (!part?.[1]) throw new Error('no PDF attachment');
  return new Uint8Array(Buffer.from(part[1].replace(/\s+/g, ''), 'base64'));
}

describe('meeting minutes (communications subgraph, R3.2)', () => {
  it('R3.2: each wizard step is saved as a draft; the prefilled details come from the meeting; bad steps are refused with a code and field and change nothing', async () => {
    const { meeting, invitees } = await startedMeeting();
    const draft = await start(meeting.id);
    expect(draft).toMatchObject({ number: 1, status: 'DRAFT', chair: 'Clara Caseworker' });
    // Opening again resumes the same draft.
    expect((await start(meeting.id)).id).toBe(draft.id);

    const notes = await save(draft.id, { version: draft.version, step: 1, notes: 'First notes' });
    expect(notes.errors).toBeUndefined();
    expect(notes.data!.saveMinutesDraft).toMatchObject({ notes: 'First notes', lastStep: 1 });
    const v = notes.data!.saveMinutesDraft.version;

    const noAssignee = await save(draft.id, {
      version: v,
      actions: [{ what: 'Call the landlord', dueOn: '2026-12-01' }],
    });
    expect(noAssignee.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'MINUTES_ACTION_ASSIGNEE_REQUIRED',
    });
    expect(noAssignee.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'input.actions.0.assigneeName' }),
    ]);
    const noDue = await save(draft.id, {
      version: v,
      actions: [{ what: 'Call the landlord', assigneeName: 'Clara' }],
    });
    expect(noDue.errors?.[0]?.extensions).toMatchObject({ reason: 'MINUTES_ACTION_DUE_REQUIRED' });

    const noAttendance = await subgraph.query(
      FINALISE,
      { id: draft.id, input: { version: v } },
      caseworker,
    );
    expect(noAttendance.errors?.[0]?.extensions).toMatchObject({
      reason: 'MINUTES_ATTENDANCE_REQUIRED',
      rule: 'R3.2',
      fields: [expect.objectContaining({ field: 'attendance' })],
    });
    const read = await subgraph.query<{ meeting: { status: string; minutes: Minutes[] } }>(
      READ,
      { id: meeting.id },
      caseworker,
    );
    const [current] = read.data!.meeting.minutes;
    expect(current).toMatchObject({
      status: 'DRAFT',
      version: v,
      notes: 'First notes',
      actions: [],
    });
    expect(read.data!.meeting.status).toBe('SCHEDULED');
    expect(invitees).toHaveLength(4);
  });

  it('R3.2, R3.1: finalised minutes cannot be edited except by a new version, which keeps the history; finalising holds the meeting', async () => {
    const { meeting, invitees } = await startedMeeting();
    const final = await finalMinutes(meeting.id, invitees);
    expect(final.status).toBe('FINAL');
    const edit = await save(final.id, { version: final.version, notes: 'Changed afterwards' });
    expect(edit.errors?.[0]?.extensions).toMatchObject({
      reason: 'MINUTES_FINAL',
      params: { number: 1 },
      fields: [expect.objectContaining({ field: 'id' })],
    });
    const correction = await subgraph.query<{ correctMinutes: Minutes }>(
      CORRECT,
      { id: final.id, input: { version: final.version, reason: 'Pay slips due later' } },
      caseworker,
    );
    expect(correction.errors).toBeUndefined();
    const v2 = correction.data!.correctMinutes;
    expect(v2).toMatchObject({ number: 2, status: 'DRAFT', notes: 'Rent contract discussed.' });
    expect(v2.actions.map((a) => a.id)).toEqual(final.actions.map((a) => a.id));
    const changed = await save(v2.id, { version: v2.version, notes: 'Corrected notes' });
    expect(changed.errors).toBeUndefined();
    const again = await subgraph.query(
      CORRECT,
      { id: final.id, input: { version: final.version, reason: 'twice' } },
      caseworker,
    );
    expect(again.errors?.[0]?.extensions).toMatchObject({ reason: 'MINUTES_FINAL' });

    const read = await subgraph.query<{
      meeting: { status: string; minutes: Minutes[]; auditTrail: { action: string }[] };
    }>(READ, { id: meeting.id }, caseworker);
    const versions = read.data!.meeting.minutes;
    expect(versions.map((m) => [m.number, m.status, m.notes])).toEqual([
      [2, 'DRAFT', 'Corrected notes'],
      [1, 'FINAL', 'Rent contract discussed.'],
    ]);
    expect(read.data!.meeting.status).toBe('HELD');
    expect(read.data!.meeting.auditTrail.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'MINUTES_STARTED',
        'MINUTES_SAVED',
        'MINUTES_FINALISED',
        'MINUTES_CORRECTION_STARTED',
        'HELD',
      ]),
    );
  });

  it('R3.2: issued minutes reach the attendees and the invitee who declined (not the absent one) and the interested people, as a PDF; each delivery is recorded', async () => {
    const { meeting, invitees, tag } = await startedMeeting();
    const final = await finalMinutes(meeting.id, invitees);
    const draftIssue = await subgraph.query(
      ISSUE,
      { id: randomUUID(), input: { version: 1 } },
      caseworker,
    );
    expect(draftIssue.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const before = await countRows('communication');
    const issued = await subgraph.query<{ issueMinutes: Minutes }>(
      ISSUE,
      {
        id: final.id,
        input: {
          version: final.version,
          language: 'DE',
          interested: [{ name: 'Landlord Lena', email: `lena-${tag}@landlord.test` }],
        },
      },
      caseworker,
    );
    expect(issued.errors).toBeUndefined();
    const deliveries = issued.data!.issueMinutes.deliveries;
    expect(deliveries.map((d) => `${d.name}: ${d.reason}`).sort()).toEqual([
      'Anna Rossi: ATTENDEE',
      'Interpreter Ida: ATTENDEE',
      'Landlord Lena: INTERESTED',
      'Marco Rossi: DECLINED',
      'Sam Supervisor: ATTENDEE',
    ]);
    expect(await countRows('communication')).toBe(before + 5);

    const declined = await smtp.waitFor((m) => m.to.includes(`marco-${tag}@client.test`), 30_000);
    expect(declined.subject).toContain(`Protokoll: Housing review ${tag}`);
    const text = (await extractText(await getDocumentProxy(pdfOf(declined)), { mergePages: true }))
      .text;
    expect(text).toContain(`Protokoll: Housing review ${tag}`);
    expect(text).toContain('Marco Rossi: abgesagt');
    expect(text).toContain('Check the rent contract');
    await smtp.waitFor((m) => m.to.includes(`lena-${tag}@landlord.test`), 30_000);
    await expect
      .poll(
        async () => {
          const r = await subgraph.query<{ meeting: { minutes: Minutes[] } }>(
            READ,
            { id: meeting.id },
            caseworker,
          );
          return r.data!.meeting.minutes[0]!.deliveries.map((d) => d.status);
        },
        { timeout: 30_000 },
      )
      .toEqual(['SENT', 'SENT', 'SENT', 'SENT', 'SENT']);
    expect(smtp.messages.some((m) => m.to.includes(`nb-${tag}@x.test`))).toBe(false);

    // Issued again: nobody gets this version twice.
    const twice = await subgraph.query<{ issueMinutes: Minutes }>(
      ISSUE,
      { id: final.id, input: { version: issued.data!.issueMinutes.version } },
      caseworker,
    );
    expect(twice.errors).toBeUndefined();
    expect(twice.data!.issueMinutes.deliveries).toHaveLength(5);
  });

  it('R3.2, R6.1: an action for agency staff reaches the assignee\u2019s inbox once, also after a correction is finalised', async () => {
    const { meeting, invitees } = await startedMeeting();
    const final = await finalMinutes(meeting.id, invitees);
    const mine = async () => {
      const res = await subgraph.query<{
        myNotifications: { nodes: { kind: string; subjectId: string; title: string }[] };
      }>(INBOX, {}, assignee);
      return res.data!.myNotifications.nodes.filter((n) => n.subjectId === meeting.id);
    };
    await expect.poll(async () => (await mine()).length, { timeout: 20_000 }).toBe(1);
    expect((await mine())[0]).toMatchObject({ kind: 'MEETING_ACTION_ASSIGNED' });
    expect((await mine())[0]!.title).toContain('Action for you');

    const v2 = await subgraph.query<{ correctMinutes: Minutes }>(
      CORRECT,
      { id: final.id, input: { version: final.version, reason: 'Typo' } },
      caseworker,
    );
    const fin2 = await subgraph.query(
      FINALISE,
      { id: v2.data!.correctMinutes.id, input: { version: v2.data!.correctMinutes.version } },
      caseworker,
    );
    expect(fin2.errors).toBeUndefined();
    await new Promise((r) => setTimeout(r, 3000));
    expect(await mine()).toHaveLength(1);
  });
});

/** A port nothing listens on (yet). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

describe('minutes mail that cannot be delivered (R3.2)', () => {
  it('R3.2, R6.1: a failed minutes mail is shown on its delivery with the error, the caseworker is told about the minutes (not a letter), and a retry sends it once the mail server is back', async () => {
    const port = await freePort();
    const main = subgraph;
    const down = await startTestSubgraph(communicationsSubgraph, {
      smtpUrl: `smtp://127.0.0.1:${port}`,
    });
    let back: TestSmtp | undefined;
    subgraph = down;
    try {
      const { meeting, invitees, tag } = await startedMeeting();
      const final = await finalMinutes(meeting.id, invitees);
      const issued = await subgraph.query<{ issueMinutes: Minutes }>(
        ISSUE,
        { id: final.id, input: { version: final.version } },
        caseworker,
      );
      expect(issued.errors).toBeUndefined();
      const deliveries = async () => {
        const r = await subgraph.query<{ meeting: { minutes: Minutes[] } }>(
          READ,
          { id: meeting.id },
          caseworker,
        );
        return r.data!.meeting.minutes[0]!.deliveries;
      };
      await expect
        .poll(async () => (await deliveries()).find((d) => d.name === 'Marco Rossi')?.status, {
          timeout: 30_000,
        })
        .toBe('FAILED');
      const failed = (await deliveries()).find((d) => d.name === 'Marco Rossi')!;
      expect(failed.lastError).toMatch(/ECONNREFUSED|connect/i);
      // The caseworker is told about the minutes (not a letter), once per mail, with a link to them.
      const inbox = await subgraph.query<{
        myNotifications: { nodes: { kind: string; title: string; body: string; link: string }[] };
      }>(`{ myNotifications(first: 100) { nodes { kind title body link } } }`, {}, caseworker);
      const told = inbox.data!.myNotifications.nodes.filter((n) => n.title.includes('Marco Rossi'));
      expect(told).toEqual([
        {
          kind: 'MINUTES_DELIVERY_FAILED',
          title: expect.stringMatching(/^Minutes not delivered to Marco Rossi yet/),
          body: expect.stringContaining('version 1 of the minutes'),
          link: `/agency/meetings/${meeting.id}/minutes`,
        },
      ]);
      expect(inbox.data!.myNotifications.nodes.map((n) => n.kind)).not.toContain(
        'LETTER_DELIVERY_FAILED',
      );

      back = await startTestSmtp(port);
      const retried = await subgraph.query<{ retryMinutesDelivery: { status: string } }>(
        RETRY,
        { id: failed.id },
        caseworker,
      );
      expect(retried.errors).toBeUndefined();
      await back.waitFor((m) => m.to.includes(`marco-${tag}@client.test`), 30_000);
      await expect
        .poll(async () => (await deliveries()).find((d) => d.name === 'Marco Rossi')?.status, {
          timeout: 30_000,
        })
        .toBe('SENT');
      // Sent once, however often it was retried (the sent marker and one Message-ID).
      await new Promise((r) => setTimeout(r, 3000));
      expect(back.messages.filter((m) => m.to.includes(`marco-${tag}@client.test`))).toHaveLength(
        1,
      );
    } finally {
      subgraph = main;
      await down.stop();
      await back?.stop();
    }
  }, 120_000);
});
