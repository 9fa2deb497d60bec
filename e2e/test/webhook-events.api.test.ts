import { DEMO_PERSONS, DEMO_PROVIDERS } from '@casework/contracts';
import { type Stack } from '@casework/stack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, gql, startTestStack, tokenFor } from './stack.fixture.js';
import { type Received, Receiver, until, verifyWebhook } from './webhook-receiver.js';

// Webhook events from the real case flows (issue 17, R6.2): a referral (R4.4) and a held meeting
// (R3.1) reach a real HTTP receiver, signed, with the ids of the change and no personal data.
process.env.WEBHOOK_ALLOWED_HOSTS = '127.0.0.1';

/** The demo programme "Housing support": a meeting is always required (R3.1). */
const HOUSING_SUPPORT = '0b9e5f5a-0c45-4000-8000-000000000001';

let stack: Stack;
let admin: string;
let caseworker: string;
const receiver = new Receiver();

beforeAll(async () => {
  await receiver.start();
  stack = await startTestStack();
  admin = await tokenFor(stack, 'admin@demo.casework');
  caseworker = await tokenFor(stack, 'caseworker@demo.casework');
}, 240_000);
afterAll(async () => {
  await stack?.stop();
  await receiver.stop();
});

async function rest(path: string, headers: Record<string, string>, body: unknown) {
  const res = await fetch(`${stack.urls.gateway}/auth${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as Record<string, unknown>;
  expect(res.status, JSON.stringify(json)).toBe(201);
  return json;
}

/** A client with the given scopes, subscribed at `path` of the receiver to the event types. */
async function subscribe(name: string, scopes: string[], path: string, eventTypes: string[]) {
  const created = (await rest('/api-clients', bearer(admin), {
    name,
    owner: 'Reporting team',
    scopes,
    expiresAt: new Date(Date.now() + 30 * 24 * 3600_000).toISOString(),
  })) as { secret: string };
  const hook = (await rest(
    '/webhooks',
    { 'x-api-key': created.secret },
    { url: `${receiver.url}${path}`, eventTypes },
  )) as { secret: string };
  return hook.secret;
}

async function ok<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const { body } = await gql<T>(stack, query, variables, bearer(caseworker));
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!;
}

interface Event {
  id: string;
  type: string;
  occurredAt: string;
  data: Record<string, unknown>;
}

const eventOf = (r: Received) => JSON.parse(r.body) as Event;

/** Nothing about the person in the payload: only ids and facts. */
function expectNoPersonalData(r: Received) {
  for (const word of ['Anna', 'Schmidt', '@', 'client.test', 'Caseworker', 'caseworker'])
    expect(r.body, `payload holds "${word}"`).not.toContain(word);
}

describe(
  'issue 17: webhook events from the case flows (R6.2, R4.4, R3.1)',
  { timeout: 180_000 },
  () => {
    it('R6.2, R4.4: a referral reaches a case:read subscriber signed, with its ids and no personal data; an inquiry subscriber gets nothing', async () => {
      const secret = await subscribe('Case reporting', ['case:read'], '/referrals', [
        'REFERRAL_MADE',
      ]);
      await subscribe('Inquiry reporting', ['inquiry:read'], '/inquiries-only', [
        'INQUIRY_ANSWERED',
      ]);
      const types = await ok<{ caseTypes: { id: string }[] }>('{ caseTypes { id } }', {});
      const { createIntegratedCase } = await ok<{ createIntegratedCase: { id: string } }>(
        'mutation($input: CreateIntegratedCaseInput!) { createIntegratedCase(input: $input) { id } }',
        {
          input: {
            caseTypeId: types.caseTypes[0]!.id,
            primaryClientId: DEMO_PERSONS.annaSchmidt,
            startDate: new Date().toISOString().slice(0, 10),
          },
        },
      );
      const referredOn = new Date().toISOString().slice(0, 10);
      const { addReferral } = await ok<{ addReferral: { id: string } }>(
        'mutation($caseId: ID!, $input: ReferralInput!) { addReferral(caseId: $caseId, input: $input) { id } }',
        {
          caseId: createIntegratedCase.id,
          input: {
            service: 'Home care',
            serviceId: '0b9e5f5a-0004-4000-8000-000000000001',
            providerId: DEMO_PROVIDERS.sonnenhof,
            referredOn,
          },
        },
      );

      const got = await until('the referral event', () => receiver.at('/referrals')[0]);
      expect(verifyWebhook(secret, got)).toBe(true);
      const event = eventOf(got);
      expect(event).toMatchObject({ id: got.id, type: 'REFERRAL_MADE' });
      expect(event.data).toEqual({
        referralId: addReferral.id,
        integratedCaseId: createIntegratedCase.id,
        providerId: DEMO_PROVIDERS.sonnenhof,
        referredOn,
      });
      expectNoPersonalData(got);
      // Give a wrongly routed delivery time to arrive before saying none did.
      await new Promise((r) => setTimeout(r, 2000));
      expect(receiver.at('/inquiries-only')).toEqual([]);
      expect(receiver.at('/referrals')).toHaveLength(1);
    });

    it('R6.2, R3.1: a held meeting of an application reaches a MEETING_HELD subscriber signed, once, with its ids and no personal data', async () => {
      const secret = await subscribe('Meeting reporting', ['case:read'], '/meetings', [
        'MEETING_HELD',
      ]);
      const { createApplication } = await ok<{ createApplication: { id: string } }>(
        'mutation($input: CreateApplicationInput!) { createApplication(input: $input) { id } }',
        { input: { personIds: [DEMO_PERSONS.annaSchmidt], programmeIds: [HOUSING_SUPPORT] } },
      );
      const startsAt = new Date(Math.ceil(Date.now() / 1000 + 3) * 1000).toISOString();
      const { scheduleMeeting } = await ok<{
        scheduleMeeting: { id: string; version: number; invitees: { id: string }[] };
      }>(
        'mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id version invitees { id } } }',
        {
          input: {
            caseType: 'APPLICATION_CASE',
            caseId: createApplication.id,
            subject: 'Housing application',
            startsAt,
            endsAt: new Date(Date.parse(startsAt) + 3600_000).toISOString(),
            timeZone: 'Europe/Berlin',
            invitees: [
              {
                kind: 'CLIENT',
                personId: DEMO_PERSONS.annaSchmidt,
                name: 'Anna Schmidt',
                receivesMail: false,
              },
            ],
          },
        },
      );
      await new Promise((r) => setTimeout(r, Math.max(0, Date.parse(startsAt) - Date.now() + 200)));
      await ok(
        'mutation($id: ID!, $input: HoldMeetingInput!) { holdMeeting(id: $id, input: $input) { status } }',
        {
          id: scheduleMeeting.id,
          input: {
            version: scheduleMeeting.version,
            attendedInviteeIds: [scheduleMeeting.invitees[0]!.id],
          },
        },
      );

      const got = await until('the meeting event', () => receiver.at('/meetings')[0]);
      expect(verifyWebhook(secret, got)).toBe(true);
      const event = eventOf(got);
      expect(event).toMatchObject({ id: scheduleMeeting.id, type: 'MEETING_HELD' });
      expect(event.data).toEqual({
        meetingId: scheduleMeeting.id,
        applicationId: createApplication.id,
        heldOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      });
      expectNoPersonalData(got);
      await new Promise((r) => setTimeout(r, 2000));
      expect(receiver.at('/meetings')).toHaveLength(1);
    });
  },
);
