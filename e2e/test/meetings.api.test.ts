import { DEMO_PERSONS } from '@casework/contracts';
import { parseInvitation, startTestSmtp, type TestSmtp } from '@casework/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack } from '@casework/stack';
import { bearer, gql, startTestStack, tokenFor } from './stack.fixture.js';

/** The demo programme "Housing support": a meeting is always required (R3.1). */
const HOUSING_SUPPORT = '0b9e5f5a-0c45-4000-8000-000000000001';

const CREATE = `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { id } }`;
const SCHEDULE = `mutation($input: ScheduleMeetingInput!) {
  scheduleMeeting(input: $input) { id version invitees { id kind } }
}`;
const HOLD = `mutation($id: ID!, $input: HoldMeetingInput!) { holdMeeting(id: $id, input: $input) { status } }`;
const APPROVE = `mutation($id: ID!, $input: ProgrammeDecisionInput!) {
  approveProgramme(id: $id, input: $input) { programmes { decision } }
}`;
const APPLICATION = `query($id: ID!) { application(id: $id) {
  reference meetings { source attendees } scheduledMeetings { status subject invitees { name attended } }
} }`;

let smtp: TestSmtp;
let stack: Stack;
const tokens = { caseworker: '', supervisor: '' };

beforeAll(async () => {
  smtp = await startTestSmtp();
  stack = await startTestStack({ smtpUrl: smtp.url });
  tokens.caseworker = await tokenFor(stack, 'caseworker@demo.casework');
  tokens.supervisor = await tokenFor(stack, 'supervisor@demo.casework');
}, 240_000);
afterAll(async () => {
  await stack?.stop();
  await smtp?.stop();
});

const wholeSecondsFromNow = (seconds: number) =>
  new Date(Math.ceil(Date.now() / 1000 + seconds) * 1000).toISOString();

describe('meetings through the gateway (R3.1)', () => {
  it('R3.1: schedule a meeting, the client receives an invitation with a valid .ics, a CLIENT invitee who is not the case’s client is refused, holding it makes the programme authorisable', async () => {
    const created = await gql<{ createApplication: { id: string } }>(
      stack,
      CREATE,
      { input: { personIds: [DEMO_PERSONS.annaSchmidt], programmeIds: [HOUSING_SUPPORT] } },
      bearer(tokens.caseworker),
    );
    expect(created.body.errors).toBeUndefined();
    const applicationId = created.body.data!.createApplication.id;
    const approve = () =>
      gql(
        stack,
        APPROVE,
        { id: applicationId, input: { programmeId: HOUSING_SUPPORT, reason: 'Eligible' } },
        bearer(tokens.supervisor),
      );
    const before = await approve();
    expect(before.body.errors?.[0]?.extensions).toMatchObject({
      reason: 'MEETING_REQUIRED',
      rule: 'R3.1',
    });

    const startsAt = wholeSecondsFromNow(4);
    const endsAt = wholeSecondsFromNow(3600);
    const scheduled = await gql<{
      scheduleMeeting: { id: string; version: number; invitees: { id: string; kind: string }[] };
    }>(
      stack,
      SCHEDULE,
      {
        input: {
          caseType: 'APPLICATION_CASE',
          caseId: applicationId,
          subject: 'Complete the housing application',
          startsAt,
          endsAt,
          timeZone: 'Europe/Berlin',
          location: 'Office 2.14',
          invitees: [
            {
              kind: 'CLIENT',
              personId: DEMO_PERSONS.annaSchmidt,
              name: 'Anna Schmidt',
              email: 'anna.schmidt@client.test',
            },
          ],
        },
      },
      bearer(tokens.caseworker),
    );
    expect(scheduled.body.errors).toBeUndefined();
    const meeting = scheduled.body.data!.scheduleMeeting;

    const mail = await smtp.waitFor((m) => m.to.includes('anna.schmidt@client.test'), 30_000);
    const invitation = await parseInvitation(mail.raw);
    expect(invitation.subject).toBe('Invitation: Complete the housing application');
    expect(invitation.calendar).toMatchObject({
      method: 'REQUEST',
      uid: `meeting-${meeting.id}@casework`,
      sequence: 0,
      summary: 'Complete the housing application',
      location: 'Office 2.14',
      start: startsAt,
      end: endsAt,
      attendees: ['mailto:anna.schmidt@client.test'],
    });
    expect(invitation.calendar.organizer).toMatch(/^mailto:caseworker@demo\.casework$/i);

    // A meeting on an unknown case is refused by the cases subgraph's reference check.
    const unknown = await gql(
      stack,
      SCHEDULE,
      {
        input: {
          caseType: 'APPLICATION_CASE',
          caseId: '0b9e5f5a-ffff-4000-8000-000000000000',
          subject: 'Nowhere',
          startsAt: wholeSecondsFromNow(600),
          endsAt: wholeSecondsFromNow(1200),
          timeZone: 'Europe/Berlin',
          invitees: [
            { kind: 'CLIENT', personId: DEMO_PERSONS.annaSchmidt, name: 'A', receivesMail: false },
          ],
        },
      },
      bearer(tokens.caseworker),
    );
    expect(unknown.body.errors?.[0]?.extensions).toMatchObject({ reason: 'UNKNOWN_REFERENCE' });

    // R3.1: a CLIENT invitee must be a client of the meeting's case: Marco Rossi is not an
    // applicant here, so the cases subgraph says no, naming the invitee's field; nothing stored.
    const stranger = await gql(
      stack,
      SCHEDULE,
      {
        input: {
          caseType: 'APPLICATION_CASE',
          caseId: applicationId,
          subject: 'Someone else',
          startsAt: wholeSecondsFromNow(600),
          endsAt: wholeSecondsFromNow(1200),
          timeZone: 'Europe/Berlin',
          invitees: [
            { kind: 'CLIENT', personId: DEMO_PERSONS.annaSchmidt, name: 'A', receivesMail: false },
            { kind: 'CLIENT', personId: DEMO_PERSONS.marcoRossi, name: 'M', receivesMail: false },
          ],
        },
      },
      bearer(tokens.caseworker),
    );
    expect(stranger.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.invitees.1.personId', code: 'INVITEE_NOT_CASE_CLIENT' }],
    });
    const stored = await gql<{ application: { scheduledMeetings: { subject: string }[] } }>(
      stack,
      `query($id: ID!) { application(id: $id) { scheduledMeetings { subject } } }`,
      { id: applicationId },
      bearer(tokens.caseworker),
    );
    expect(stored.body.data!.application.scheduledMeetings.map((m) => m.subject)).toEqual([
      'Complete the housing application',
    ]);

    await new Promise((r) => setTimeout(r, Math.max(0, Date.parse(startsAt) - Date.now() + 200)));
    const held = await gql(
      stack,
      HOLD,
      {
        id: meeting.id,
        input: { version: meeting.version, attendedInviteeIds: [meeting.invitees[0]!.id] },
      },
      bearer(tokens.caseworker),
    );
    expect(held.body.errors).toBeUndefined();

    // The fact reaches the cases subgraph through its queue; then the supervisor may authorise.
    await expect
      .poll(async () => (await approve()).body.errors?.[0]?.extensions?.reason ?? 'approved', {
        timeout: 20_000,
        interval: 500,
      })
      .toBe('approved');
    const read = await gql<{
      application: {
        meetings: { source: string; attendees: string }[];
        scheduledMeetings: { status: string; invitees: { name: string; attended: boolean }[] }[];
      };
    }>(stack, APPLICATION, { id: applicationId }, bearer(tokens.caseworker));
    expect(read.body.errors).toBeUndefined();
    expect(read.body.data!.application.meetings).toEqual([
      { source: 'MEETINGS', attendees: 'Anna Schmidt' },
    ]);
    expect(read.body.data!.application.scheduledMeetings).toMatchObject([
      { status: 'HELD', invitees: [{ name: 'Anna Schmidt', attended: true }] },
    ]);
  }, 120_000);
});
