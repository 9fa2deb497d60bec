import { randomUUID } from 'node:crypto';
import { Role } from '@casework/kit';
import { MEETING_HELD_QUEUE } from '@casework/contracts';
import {
  parseInvitation,
  pendingSchemaChanges,
  startTestSmtp,
  startTestSubgraph,
  testIdentity,
  type TestSmtp,
  type TestSubgraph,
} from '@casework/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communicationsSubgraph } from '../index.js';

const SCHEDULE = `mutation($input: ScheduleMeetingInput!) {
  scheduleMeeting(input: $input) { id version status sequence subject timeZone invitees { id name kind response } }
}`;
const RESCHEDULE = `mutation($id: ID!, $input: RescheduleMeetingInput!) {
  rescheduleMeeting(id: $id, input: $input) { version sequence startsAt invitees { response } }
}`;
const CANCEL = `mutation($id: ID!, $input: CancelMeetingInput!) {
  cancelMeeting(id: $id, input: $input) { status sequence cancellationReason }
}`;
const HOLD = `mutation($id: ID!, $input: HoldMeetingInput!) {
  holdMeeting(id: $id, input: $input) { status heldRecordedBy invitees { name attended } }
}`;
const ANSWER = `mutation($id: ID!, $input: InvitationResponseInput!) {
  recordInvitationResponse(inviteeId: $id, input: $input) { response responseRecordedBy }
}`;
const READ = `query($id: ID!) { meeting(id: $id) { status version sequence invitees { response } auditTrail { action } } }`;
const AGENDA = `query($from: DateTimeISO!, $to: DateTimeISO!) { myMeetings(from: $from, to: $to) { id subject } }`;

interface Scheduled {
  scheduleMeeting: {
    id: string;
    version: number;
    sequence: number;
    invitees: { id: string; name: string; kind: string; response: string }[];
  };
}

const caseworker = testIdentity([Role.CASEWORKER], {
  id: 'cw-meet',
  name: 'Clara Caseworker',
  email: 'clara@agency.test',
});
const integrator = testIdentity([Role.INTEGRATOR], { id: 'int-1' });
const providerUser = testIdentity([Role.PROVIDER_USER], { organisationId: randomUUID() });

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

/** Whole seconds, as iCalendar keeps them. */
const inMinutes = (minutes: number) =>
  new Date(Math.ceil((Date.now() + minutes * 60_000) / 1000) * 1000).toISOString();

function meetingInput(overrides: Record<string, unknown> = {}) {
  const tag = randomUUID().slice(0, 8);
  return {
    caseType: 'APPLICATION_CASE',
    caseId: randomUUID(),
    subject: `Complete the application ${tag}`,
    startsAt: inMinutes(60 * 24),
    endsAt: inMinutes(60 * 25),
    timeZone: 'Europe/Rome',
    location: 'Via Roma 1, Milano',
    invitees: [
      {
        kind: 'CLIENT',
        personId: randomUUID(),
        name: 'Anna Rossi',
        email: `anna-${tag}@client.test`,
      },
      {
        kind: 'STAFF',
        accountId: 'sv-1',
        name: 'Sam Supervisor',
        email: `sam-${tag}@agency.test`,
      },
      { kind: 'OTHER', name: 'Interpreter without mail', receivesMail: false },
    ],
    ...overrides,
  };
}

async function schedule(input = meetingInput()) {
  const res = await subgraph.query<Scheduled>(SCHEDULE, { input }, caseworker);
  expect(res.errors).toBeUndefined();
  return { meeting: res.data!.scheduleMeeting, input };
}

async function countMeetings(): Promise<number> {
  const rows = await subgraph.orm.em
    .fork()
    .getConnection()
    .execute<{ n: string }[]>('select count(*) as n from communications.meeting');
  return Number(rows[0]!.n);
}

describe('meetings (communications subgraph, R3.1)', () => {
  it('migrations match the entities (drift check)', async () => {
    expect(await pendingSchemaChanges(communicationsSubgraph)).toBe('');
  });

  it('R3.1: scheduling mails each invitee with an address an invitation with an iCalendar REQUEST', async () => {
    const { meeting, input } = await schedule();
    expect(meeting).toMatchObject({ status: 'SCHEDULED', sequence: 0, timeZone: 'Europe/Rome' });
    const anna = input.invitees[0]!.email!;
    const mail = await smtp.waitFor((m) => m.to.includes(anna));
    const invitation = await parseInvitation(mail.raw);
    expect(invitation.subject).toBe(`Invitation: ${input.subject}`);
    expect(invitation.text).toMatch(/Europe\/Rome/);
    expect(invitation.calendar).toMatchObject({
      method: 'REQUEST',
      uid: `meeting-${meeting.id}@casework`,
      sequence: 0,
      summary: input.subject,
      location: 'Via Roma 1, Milano',
      status: 'CONFIRMED',
    });
    expect(invitation.calendar.start).toBe(new Date(input.startsAt).toISOString());
    expect(invitation.calendar.attendees).toEqual(
      expect.arrayContaining([`mailto:${anna}`, `mailto:${input.invitees[1]!.email}`]),
    );
    await smtp.waitFor((m) => m.to.includes(input.invitees[1]!.email!));
    // The invitee without mail gets nothing; nobody gets the same version twice.
    await new Promise((r) => setTimeout(r, 1500));
    expect(smtp.messages.filter((m) => m.raw.includes(meeting.id)).length).toBe(2);
  });

  it('R3.1, R6.4: each invitee gets the invitation, update and cancellation in their language (de, it; English when none is given), mail text and calendar entry', async () => {
    const tag = randomUUID().slice(0, 8);
    const address = { de: `greta-${tag}@client.test`, it: `giulia-${tag}@client.test` };
    const en = `sam-${tag}@agency.test`;
    const input = meetingInput({
      callDetails: '+49 30 1234',
      invitees: [
        {
          kind: 'CLIENT',
          personId: randomUUID(),
          name: 'Greta Berger',
          email: address.de,
          language: 'DE',
        },
        { kind: 'OTHER', name: 'Giulia Conti', email: address.it, language: 'IT' },
        { kind: 'STAFF', accountId: 'sv-1', name: 'Sam Supervisor', email: en },
      ],
    });
    const { meeting } = await schedule(input);
    const read = await subgraph.query<{
      meeting: { invitees: { name: string; language: string }[] };
    }>(
      `query($id: ID!) { meeting(id: $id) { invitees { name language } } }`,
      { id: meeting.id },
      caseworker,
    );
    expect(read.data!.meeting.invitees.map((i) => i.language)).toEqual(['DE', 'IT', 'EN']);
    // The version's Message-ID tells the invitation (0), the update (1) and the cancellation (2).
    const mailTo = async (to: string, sequence: number) =>
      parseInvitation(
        (
          await smtp.waitFor(
            (m) => m.to.includes(to) && m.raw.includes(`<meeting-${meeting.id}-${sequence}-`),
          )
        ).raw,
      );
    const weekday = (locale: string) =>
      new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'Europe/Rome' }).format(
        new Date(input.startsAt),
      );

    const de = await mailTo(address.de, 0);
    expect(de.subject).toBe(`Einladung: ${input.subject}`);
    expect(de.text).toContain('Guten Tag Greta Berger,');
    expect(de.text).toContain(`Clara Caseworker lädt Sie zur Besprechung „${input.subject}“ ein.`);
    expect(de.text).toMatch(new RegExp(`^Wann: ${weekday('de-DE')}, .* \\(Europe/Rome\\)$`, 'm'));
    expect(de.text).toMatch(/^Wo: Via Roma 1, Milano$/m);
    expect(de.text).toMatch(/^Zusagen: http:\/\/casework\.test\/meeting-responses\?/m);
    expect(de.text).not.toMatch(/Dear|When:|Accept:/);
    expect(de.calendar.description).toBe('Zeitzone: Europe/Rome\nAnruf: +49 30 1234');

    const it_ = await mailTo(address.it, 0);
    expect(it_.subject).toBe(`Invito: ${input.subject}`);
    expect(it_.text).toContain('Gentile Giulia Conti,');
    expect(it_.text).toMatch(new RegExp(`^Quando: ${weekday('it-IT')} .* \\(Europe/Rome\\)$`, 'm'));
    expect(it_.text).toMatch(/^Rifiuto: http:\/\/casework\.test\/meeting-responses\?/m);
    expect(it_.calendar.description).toBe('Fuso orario: Europe/Rome\nChiamata: +49 30 1234');

    const english = await mailTo(en, 0);
    expect(english.text).toContain('Dear Sam Supervisor,');
    expect(english.calendar.description).toBe('Time zone: Europe/Rome\nCall: +49 30 1234');
    // Every calendar entry is the same event, whatever its words.
    for (const mail of [de, it_, english])
      expect(mail.calendar).toMatchObject({ uid: `meeting-${meeting.id}@casework`, sequence: 0 });

    const moved = await subgraph.query<{ rescheduleMeeting: { version: number } }>(
      RESCHEDULE,
      {
        id: meeting.id,
        input: { version: 1, startsAt: inMinutes(60 * 48), endsAt: inMinutes(60 * 49) },
      },
      caseworker,
    );
    expect(moved.errors).toBeUndefined();
    const updateDe = await mailTo(address.de, 1);
    expect(updateDe.subject).toBe(`Geänderte Einladung: ${input.subject}`);
    expect(updateDe.text).toContain(
      `Clara Caseworker hat die Besprechung „${input.subject}“ geändert.`,
    );
    const updateIt = await mailTo(address.it, 1);
    expect(updateIt.subject).toBe(`Invito modificato: ${input.subject}`);
    expect(updateIt.text).toContain(
      `Clara Caseworker ha modificato la riunione «${input.subject}».`,
    );
    await subgraph.query(
      CANCEL,
      {
        id: meeting.id,
        input: { version: moved.data!.rescheduleMeeting.version, reason: 'Krank' },
      },
      caseworker,
    );
    const cancelled = await mailTo(address.de, 2);
    expect(cancelled.subject).toBe(`Abgesagt: ${input.subject}`);
    expect(cancelled.text).toMatch(/^Grund: Krank$/m);
    expect(cancelled.text).toContain('entfernt die Besprechung aus Ihrem Kalender');
    expect(cancelled.calendar).toMatchObject({ method: 'CANCEL', sequence: 2 });
    const cancelledIt = await mailTo(address.it, 2);
    expect(cancelledIt.subject).toBe(`Annullata: ${input.subject}`);
    expect(cancelledIt.text).toMatch(/^Motivo: Krank$/m);
  });

  it('R3.1: rescheduling sends an update and cancelling a cancellation, same UID with a higher SEQUENCE', async () => {
    const { meeting, input } = await schedule();
    const anna = input.invitees[0]!.email!;
    await smtp.waitFor((m) => m.to.includes(anna));
    const answered = await subgraph.query(
      ANSWER,
      { id: meeting.invitees[0]!.id, input: { response: 'ACCEPTED' } },
      caseworker,
    );
    expect(answered.data).toEqual({
      recordInvitationResponse: { response: 'ACCEPTED', responseRecordedBy: 'Clara Caseworker' },
    });
    const moved = await subgraph.query<{
      rescheduleMeeting: { version: number; sequence: number; invitees: { response: string }[] };
    }>(
      RESCHEDULE,
      {
        id: meeting.id,
        input: { version: 1, startsAt: inMinutes(60 * 48), endsAt: inMinutes(60 * 49) },
      },
      caseworker,
    );
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.rescheduleMeeting.sequence).toBe(1);
    // A moved meeting asks everyone again.
    expect(moved.data!.rescheduleMeeting.invitees[0]!.response).toBe('PENDING');
    const update = await parseInvitation(
      (await smtp.waitFor((m) => m.to.includes(anna) && m.subject.startsWith('Updated'))).raw,
    );
    expect(update.calendar).toMatchObject({
      method: 'REQUEST',
      uid: `meeting-${meeting.id}@casework`,
      sequence: 1,
    });
    const cancelled = await subgraph.query<{ cancelMeeting: { status: string; sequence: number } }>(
      CANCEL,
      { id: meeting.id, input: { version: moved.data!.rescheduleMeeting.version, reason: 'Ill' } },
      caseworker,
    );
    expect(cancelled.data!.cancelMeeting).toMatchObject({ status: 'CANCELLED', sequence: 2 });
    const cancellation = await parseInvitation(
      (await smtp.waitFor((m) => m.to.includes(anna) && m.subject.startsWith('Cancelled'))).raw,
    );
    expect(cancellation.calendar).toMatchObject({
      method: 'CANCEL',
      uid: `meeting-${meeting.id}@casework`,
      sequence: 2,
      status: 'CANCELLED',
    });
    const read = await subgraph.query<{ meeting: { auditTrail: { action: string }[] } }>(
      READ,
      { id: meeting.id },
      caseworker,
    );
    // R6.3: every change and answer is audited on the meeting, newest first.
    expect(read.data!.meeting.auditTrail.map((a) => a.action)).toEqual([
      'CANCELLED',
      'RESCHEDULED',
      'ANSWERED',
      'SCHEDULED',
    ]);
    // A cancelled meeting cannot be moved or held.
    const again = await subgraph.query(
      RESCHEDULE,
      { id: meeting.id, input: { version: 3, startsAt: inMinutes(100), endsAt: inMinutes(200) } },
      caseworker,
    );
    expect(again.errors?.[0]?.extensions).toMatchObject({
      reason: 'MEETING_STATUS',
      params: { status: 'CANCELLED' },
    });
  });

  it('R3.1: holding a meeting with a client sends the fact to the cases subgraph once', async () => {
    const input = meetingInput({ startsAt: inMinutes(0.03), endsAt: inMinutes(60) });
    const { meeting } = await schedule(input);
    // Wait until it has begun: inMinutes rounds up to a whole second, so up to 2.8 s from now.
    const begun = new Date(input.startsAt).getTime() - Date.now() + 300;
    await new Promise((r) => setTimeout(r, Math.max(0, begun)));
    const [client, staff] = meeting.invitees;
    const noClient = await subgraph.query(
      HOLD,
      { id: meeting.id, input: { version: 1, attendedInviteeIds: [staff!.id] } },
      caseworker,
    );
    expect(noClient.errors?.[0]?.extensions).toMatchObject({
      reason: 'CLIENT_ATTENDANCE_REQUIRED',
      rule: 'R3.1',
    });
    const held = await subgraph.query<{
      holdMeeting: { status: string; invitees: { name: string; attended: boolean }[] };
    }>(
      HOLD,
      { id: meeting.id, input: { version: 1, attendedInviteeIds: [client!.id, staff!.id] } },
      caseworker,
    );
    expect(held.errors).toBeUndefined();
    expect(held.data!.holdMeeting.status).toBe('HELD');
    expect(held.data!.holdMeeting.invitees.map((i) => i.attended)).toEqual([true, true, false]);
    const jobs = await subgraph.orm.em
      .fork()
      .getConnection()
      .execute<{ data: { applicationId: string; meetingId: string; attendees: string } }[]>(
        'select data from pgboss.job where name = ?',
        [MEETING_HELD_QUEUE],
      );
    const mine = jobs.filter((j) => j.data.meetingId === meeting.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.data).toMatchObject({
      applicationId: input.caseId,
      attendees: 'Anna Rossi, Sam Supervisor',
    });
    const twice = await subgraph.query(
      HOLD,
      { id: meeting.id, input: { version: 2, attendedInviteeIds: [client!.id] } },
      caseworker,
    );
    expect(twice.errors?.[0]?.extensions).toMatchObject({ reason: 'MEETING_STATUS' });
  });

  it('R3.1: a meeting not yet started cannot be recorded as held', async () => {
    const { meeting } = await schedule();
    const res = await subgraph.query(
      HOLD,
      { id: meeting.id, input: { version: 1, attendedInviteeIds: [meeting.invitees[0]!.id] } },
      caseworker,
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ reason: 'MEETING_NOT_STARTED' });
  });

  it('R3.1: bad input is refused with coded errors per field and stores nothing', async () => {
    const before = await countMeetings();
    const cases: [Record<string, unknown>, string, string][] = [
      [
        { endsAt: inMinutes(30), startsAt: inMinutes(60) },
        'input.endsAt',
        'MEETING_ENDS_BEFORE_START',
      ],
      [{ startsAt: inMinutes(-60), endsAt: inMinutes(60) }, 'input.startsAt', 'MEETING_IN_PAST'],
      [{ timeZone: 'Mars/Olympus' }, 'input.timeZone', 'INVALID_TIME_ZONE'],
      [
        { invitees: [{ kind: 'CLIENT', personId: randomUUID(), name: 'No Mail' }] },
        'input.invitees.0.email',
        'INVITEE_EMAIL_REQUIRED',
      ],
      [
        { invitees: [{ kind: 'CLIENT', name: 'Who', receivesMail: false }] },
        'input.invitees.0.personId',
        'INVITEE_REFERENCE_REQUIRED',
      ],
      [
        { invitees: [{ kind: 'OTHER', name: 'Friend', email: 'f@x.test' }] },
        'input.invitees',
        'CLIENT_INVITEE_REQUIRED',
      ],
    ];
    for (const [overrides, field, code] of cases) {
      const res = await subgraph.query(SCHEDULE, { input: meetingInput(overrides) }, caseworker);
      const fields = res.errors?.[0]?.extensions?.fields as { field: string; code: string }[];
      expect(fields, code).toContainEqual(expect.objectContaining({ field, code }));
    }
    expect(await countMeetings()).toBe(before);
  });

  it('R3.1: only staff who work cases schedule; provider users cannot read meetings', async () => {
    const refused = await subgraph.query(SCHEDULE, { input: meetingInput() }, providerUser);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { meeting } = await schedule();
    const read = await subgraph.query(READ, { id: meeting.id }, providerUser);
    expect(read.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await subgraph.query(READ, { id: meeting.id }, integrator)).errors).toBeUndefined();
  });

  it("R3.1: the agenda lists the caller's meetings in the period, soonest first", async () => {
    const later = await schedule(
      meetingInput({ startsAt: inMinutes(60 * 30), endsAt: inMinutes(60 * 31) }),
    );
    const sooner = await schedule(
      meetingInput({ startsAt: inMinutes(60 * 26), endsAt: inMinutes(60 * 27) }),
    );
    const res = await subgraph.query<{ myMeetings: { id: string }[] }>(
      AGENDA,
      { from: inMinutes(60 * 25.5), to: inMinutes(60 * 40) },
      caseworker,
    );
    const ids = res.data!.myMeetings.map((m) => m.id);
    expect(ids.indexOf(sooner.meeting.id)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(sooner.meeting.id)).toBeLessThan(ids.indexOf(later.meeting.id));
    const other = await subgraph.query<{ myMeetings: unknown[] }>(
      AGENDA,
      { from: inMinutes(60 * 25.5), to: inMinutes(60 * 40) },
      testIdentity([Role.CASEWORKER], { id: 'someone-else' }),
    );
    expect(other.data!.myMeetings).toEqual([]);
  });
});
