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

  it('R3.1: the invitation’s signed links record the invitee’s answer without signing in; the same answer twice changes nothing; tampered and expired links are refused with a clear page', async () => {
    const created = await gql<{ createApplication: { id: string } }>(
      stack,
      CREATE,
      { input: { personIds: [DEMO_PERSONS.annaSchmidt], programmeIds: [HOUSING_SUPPORT] } },
      bearer(tokens.caseworker),
    );
    const applicationId = created.body.data!.createApplication.id;
    const schedule = async (subject: string, email: string, endsIn: number) => {
      const scheduled = await gql<{ scheduleMeeting: { id: string } }>(
        stack,
        SCHEDULE,
        {
          input: {
            caseType: 'APPLICATION_CASE',
            caseId: applicationId,
            subject,
            startsAt: wholeSecondsFromNow(2),
            endsAt: wholeSecondsFromNow(endsIn),
            timeZone: 'Europe/Berlin',
            invitees: [
              { kind: 'CLIENT', personId: DEMO_PERSONS.annaSchmidt, name: 'Anna Schmidt', email },
            ],
          },
        },
        bearer(tokens.caseworker),
      );
      expect(scheduled.body.errors).toBeUndefined();
      const mail = await smtp.waitFor((m) => m.to.includes(email), 30_000);
      const { text } = await parseInvitation(mail.raw);
      const link = (label: string) => {
        const found = new RegExp(`^${label}: (\\S+)$`, 'm').exec(text)?.[1];
        if (!found) throw new Error(`no "${label}" link in:\n${text}`);
        return found;
      };
      return { id: scheduled.body.data!.scheduleMeeting.id, link };
    };
    const answers = async (id: string) =>
      (
        await gql<{
          meeting: {
            invitees: { response: string; responseRecordedBy: string | null }[];
            auditTrail: { action: string }[];
          };
        }>(
          stack,
          `query($id: ID!) { meeting(id: $id) { invitees { response responseRecordedBy } auditTrail { action } } }`,
          { id },
          bearer(tokens.caseworker),
        )
      ).body.data!.meeting;

    const meeting = await schedule('Answer by link', 'anna.link@client.test', 3600);
    const accept = meeting.link('Accept');
    expect(accept.startsWith(stack.urls.gateway)).toBe(true);
    // Opening the link (no cookie, no token) only asks; a mail scanner's GET records nothing.
    const opened = await fetch(accept, { headers: { 'accept-language': 'de-DE,de;q=0.9' } });
    expect(opened.status).toBe(200);
    const form = await opened.text();
    expect(form).toContain('Ja, ich nehme teil');
    expect((await answers(meeting.id)).invitees[0]!.response).toBe('PENDING');
    const fields = new URL(accept).searchParams;
    const confirm = () => fetch(accept.split('?')[0]!, { method: 'POST', body: fields });
    const recorded = await confirm();
    expect(recorded.status).toBe(200);
    expect(await recorded.text()).toContain('is recorded');
    const once = await answers(meeting.id);
    expect(once.invitees[0]).toEqual({
      response: 'ACCEPTED',
      responseRecordedBy: 'Anna Schmidt (link)',
    });
    const answeredOnce = once.auditTrail.filter((a) => a.action === 'ANSWERED').length;
    expect(answeredOnce).toBe(1);
    // Idempotent: the same answer again is acknowledged and changes nothing.
    const again = await confirm();
    expect(again.status).toBe(200);
    expect(await again.text()).toContain('was already recorded');
    expect(
      (await answers(meeting.id)).auditTrail.filter((a) => a.action === 'ANSWERED'),
    ).toHaveLength(1);

    // Tampered: the accept link's signature does not cover "declined".
    const tampered = new URL(accept);
    tampered.searchParams.set('r', 'DECLINED');
    for (const res of [
      await fetch(tampered),
      await fetch(accept.split('?')[0]!, { method: 'POST', body: tampered.searchParams }),
    ]) {
      expect(res.status).toBe(400);
      expect(await res.text()).toContain('This link is not valid');
    }
    expect((await answers(meeting.id)).invitees[0]!.response).toBe('ACCEPTED');

    // The decline link works and changes the answer.
    const declined = await fetch(meeting.link('Decline').split('?')[0]!, {
      method: 'POST',
      body: new URL(meeting.link('Decline')).searchParams,
    });
    expect(declined.status).toBe(200);
    expect((await answers(meeting.id)).invitees[0]!.response).toBe('DECLINED');

    // Expired: the links of a meeting that has ended are refused.
    const short = await schedule('Over soon', 'anna.short@client.test', 3);
    const maybe = short.link('Maybe / propose another time');
    await new Promise((r) => setTimeout(r, 3500));
    const expired = await fetch(maybe);
    expect(expired.status).toBe(410);
    expect(await expired.text()).toContain('This link has expired');
    expect((await answers(short.id)).invitees[0]!.response).toBe('PENDING');
  }, 120_000);

  it('R3.1, R6.4: an Italian invitee gets the invitation in Italian through the gateway, and the answer page speaks Italian unless the browser asks for another language', async () => {
    const created = await gql<{ createApplication: { id: string } }>(
      stack,
      CREATE,
      { input: { personIds: [DEMO_PERSONS.annaSchmidt], programmeIds: [HOUSING_SUPPORT] } },
      bearer(tokens.caseworker),
    );
    const email = 'giulia.interprete@other.test';
    const scheduled = await gql<{ scheduleMeeting: { id: string } }>(
      stack,
      SCHEDULE,
      {
        input: {
          caseType: 'APPLICATION_CASE',
          caseId: created.body.data!.createApplication.id,
          subject: 'Colloquio',
          startsAt: wholeSecondsFromNow(600),
          endsAt: wholeSecondsFromNow(4200),
          timeZone: 'Europe/Rome',
          invitees: [
            {
              kind: 'CLIENT',
              personId: DEMO_PERSONS.annaSchmidt,
              name: 'Anna Schmidt',
              receivesMail: false,
            },
            { kind: 'OTHER', name: 'Giulia Interprete', email, language: 'IT' },
          ],
        },
      },
      bearer(tokens.caseworker),
    );
    expect(scheduled.body.errors).toBeUndefined();
    const mail = await parseInvitation(
      (await smtp.waitFor((m) => m.to.includes(email), 30_000)).raw,
    );
    expect(mail.subject).toBe('Invito: Colloquio');
    expect(mail.text).toContain('Gentile Giulia Interprete,');
    expect(mail.calendar.description).toBe('Fuso orario: Europe/Rome');
    const accept = /^Accetto: (\S+)$/m.exec(mail.text)?.[1];
    expect(accept?.startsWith(stack.urls.gateway)).toBe(true);
    // No language the page knows asked for: the invitation's language.
    const page = await fetch(accept!, { headers: { 'accept-language': '*' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Sì, partecipo');
    // The browser's own choice among en/de/it wins.
    const german = await fetch(accept!, { headers: { 'accept-language': 'de' } });
    expect(await german.text()).toContain('Ja, ich nehme teil');
  }, 120_000);
});
