import { portalIdentity } from '../portal-account/portal-account.testing.js';
import { createLogger, type Identity, Role, subscribeEvents } from '@casework/kit';
import { INQUIRY_FACTS_QUEUE } from '@casework/contracts';
import {
  startTestSmtp,
  startTestSubgraph,
  subscribe,
  testIdentity,
  type TestSmtp,
  type TestSubgraph,
  untilLive,
} from '@casework/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providersSubgraph } from '../index.js';
import { expireInquiries } from './inquiry.jobs.js';
import { Inquiry } from './inquiry.entity.js';
import { Service } from '../service/service.entity.js';

const caseworker = testIdentity([Role.CASEWORKER], {
  id: 'cw-7',
  name: 'Clara Caseworker',
  email: 'clara@agency.test',
});
const CREATE = `mutation($input: CreateInquiryInput!) { createInquiry(input: $input) { id reference status method spokeWith } }`;
const ANSWER = `mutation($id: ID!, $input: AnswerInquiryInput!) { answerInquiry(id: $id, input: $input) { status answer answerComment answeredBy firstResponseAt } }`;
const RECORD = `mutation($id: ID!, $input: RecordInquiryAnswerInput!) { recordInquiryAnswer(id: $id, input: $input) { status answerChannel answeredAt firstResponseAt } }`;
const INQUIRY = `query($id: ID!) { inquiry(id: $id) { reference status providerEmailedAt } }`;

let subgraph: TestSubgraph;
let smtp: TestSmtp;
let serviceId: string;
const ids = { portal: '', email: '', phone: '', other: '' };
const users: { portal?: Identity; other?: Identity } = {};
const personId = '0b9e5f5a-0001-4000-8000-000000000001';

async function registerProvider(input: Record<string, unknown>): Promise<string> {
  const res = await subgraph.query<{ registerProvider: { id: string } }>(
    `mutation($input: RegisterProviderInput!) { registerProvider(input: $input) { id } }`,
    { input },
    caseworker,
  );
  const id = res.data!.registerProvider.id;
  await subgraph.query(
    `mutation($id: ID!, $input: SetProviderServicesInput!) { setProviderServices(id: $id, input: $input) { id } }`,
    { id, input: { version: 1, serviceIds: [serviceId] } },
    caseworker,
  );
  return id;
}

function inquiryInput(providerId: string, method: string, extra: Record<string, unknown> = {}) {
  const year = new Date().getFullYear() + 1;
  return {
    providerId,
    personId,
    serviceId,
    periodFrom: `${year}-03-01`,
    periodTo: `${year}-03-31`,
    details: 'Three visits a week for Mrs Schmidt.',
    method,
    ...extra,
  };
}

async function send(providerId: string, method: string, extra: Record<string, unknown> = {}) {
  const res = await subgraph.query<{
    createInquiry: { id: string; reference: string; status: string };
  }>(CREATE, { input: inquiryInput(providerId, method, extra) }, caseworker);
  expect(res.errors).toBeUndefined();
  return res.data!.createInquiry;
}

beforeAll(async () => {
  smtp = await startTestSmtp();
  subgraph = await startTestSubgraph(providersSubgraph, { smtpUrl: smtp.url });
  const em = subgraph.orm.em.fork();
  serviceId = em.create(Service, { code: 'HOME-CARE', name: 'Home care' }).id;
  await em.flush();
  ids.portal = await registerProvider({
    name: 'Portal Pflege',
    email: 'office@portal.example',
    preferredInquiryMethod: 'INTERNET',
  });
  ids.email = await registerProvider({ name: 'Mail Pflege', email: 'office@mail.example' });
  ids.phone = await registerProvider({ name: 'Phone Pflege', phone: '+49 30 123456' });
  ids.other = await registerProvider({
    name: 'Other Pflege',
    email: 'office@other.example',
    preferredInquiryMethod: 'INTERNET',
  });
  users.portal = await portalIdentity(subgraph, ids.portal, {
    name: 'Anna Portal',
    email: 'anna@portal.example',
  });
  users.other = await portalIdentity(subgraph, ids.other, {
    name: 'Otto Other',
    email: 'otto@other.example',
  });
});
afterAll(async () => {
  await subgraph?.stop();
  await smtp?.stop();
});

const portalUser = () => users.portal!;
const otherUser = () => users.other!;

/** The domain events queued for the communications subgraph (inbox entries and staff mails). */
async function inquiryFacts(inquiryId: string): Promise<Record<string, unknown>[]> {
  const rows = await subgraph.orm.em
    .getConnection()
    .execute<{ data: Record<string, unknown> }[]>(
      `select data from pgboss.job where name = ? and data->>'inquiryId' = ? order by created_on`,
      [INQUIRY_FACTS_QUEUE, inquiryId],
    );
  return rows.map((r) => r.data);
}

describe('inquiries (R1)', () => {
  it('R1.8: refuses a method the rules do not allow, naming the allowed ones, and stores nothing', async () => {
    const res = await subgraph.query(
      CREATE,
      { input: inquiryInput(ids.portal, 'EMAIL') },
      caseworker,
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      allowedMethods: ['INTERNET'],
      // Issue 18: the rule's stable code and its parameters, for the apps' own wording.
      reason: 'METHOD_NOT_ALLOWED',
      params: { method: 'EMAIL', rule: expect.stringMatching(/^R1\.8/), allowed: ['INTERNET'] },
      fields: [{ field: 'input.method', code: 'METHOD_NOT_ALLOWED' }],
    });
    const phone = await subgraph.query(
      CREATE,
      { input: inquiryInput(ids.phone, 'EMAIL') },
      caseworker,
    );
    expect(phone.errors?.[0]?.extensions).toMatchObject({ allowedMethods: ['PHONE'] });
    const list = await subgraph.query<{ inquiries: { totalCount: number } }>(
      `query($p: ID) { inquiries(filter: { providerId: $p }) { totalCount } }`,
      { p: ids.phone },
      caseworker,
    );
    expect(list.data?.inquiries.totalCount).toBe(0);
  });

  it('R1.1: refuses a period that ends before it starts, one that has ended, and a service the provider does not offer', async () => {
    const backwards = await subgraph.query(
      CREATE,
      {
        input: inquiryInput(ids.email, 'EMAIL', {
          periodFrom: '2099-05-10',
          periodTo: '2099-05-01',
        }),
      },
      caseworker,
    );
    expect(backwards.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.periodTo' }],
    });
    const past = await subgraph.query(
      CREATE,
      {
        input: inquiryInput(ids.email, 'EMAIL', {
          periodFrom: '2020-01-01',
          periodTo: '2020-01-31',
        }),
      },
      caseworker,
    );
    expect(past.errors?.[0]?.extensions).toMatchObject({
      fields: [{ field: 'input.periodTo', message: 'the period has already ended' }],
    });
    const em = subgraph.orm.em.fork();
    const meals = em.create(Service, { code: 'MEALS', name: 'Meals' });
    await em.flush();
    const notOffered = await subgraph.query(
      CREATE,
      { input: inquiryInput(ids.email, 'EMAIL', { serviceId: meals.id }) },
      caseworker,
    );
    expect(notOffered.errors?.[0]?.extensions).toMatchObject({
      fields: [{ field: 'input.serviceId', message: 'Mail Pflege does not offer this service' }],
    });
  });

  it('R1.2: an email inquiry mails the provider its content and reference, from a job, once', async () => {
    const inquiry = await send(ids.email, 'EMAIL');
    expect(inquiry.status).toBe('SENT');
    const mail = await smtp.waitFor((m) => m.subject.includes(inquiry.reference));
    expect(mail.to).toEqual(['office@mail.example']);
    expect(mail.text).toContain('Three visits a week for Mrs Schmidt.');
    expect(mail.text).toContain(inquiry.reference);
    await expect
      .poll(
        async () =>
          (
            await subgraph.query<{ inquiry: { providerEmailedAt: string | null } }>(
              INQUIRY,
              { id: inquiry.id },
              caseworker,
            )
          ).data?.inquiry.providerEmailedAt,
      )
      .not.toBeNull();
    expect(smtp.messages.filter((m) => m.subject.includes(inquiry.reference))).toHaveLength(1);
  });

  it('R1.3: an internet inquiry is in the provider portal and the provider is emailed that it waits; other providers never see it', async () => {
    const inquiry = await send(ids.portal, 'INTERNET');
    const mail = await smtp.waitFor((m) => m.subject.includes(inquiry.reference));
    expect(mail.subject).toContain('waiting in your provider portal');
    expect(mail.text).toContain(`http://casework.test/portal/inquiries/${inquiry.id}`);
    const own = await subgraph.query<{ inquiries: { nodes: { id: string }[] } }>(
      `{ inquiries { nodes { id } } }`,
      {},
      portalUser(),
    );
    expect(own.data?.inquiries.nodes.map((n) => n.id)).toContain(inquiry.id);
    const other = await subgraph.query<{ inquiries: { nodes: { id: string }[] } }>(
      `{ inquiries { nodes { id } } }`,
      {},
      otherUser(),
    );
    expect(other.data?.inquiries.nodes.map((n) => n.id)).not.toContain(inquiry.id);
    const direct = await subgraph.query(INQUIRY, { id: inquiry.id }, otherUser());
    expect(direct.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('R1.4: a phone inquiry records whom the caseworker spoke to, and needs it', async () => {
    const missing = await subgraph.query(
      CREATE,
      { input: inquiryInput(ids.phone, 'PHONE') },
      caseworker,
    );
    expect(missing.errors?.[0]?.extensions).toMatchObject({
      fields: [{ field: 'input.spokeWith' }],
    });
    const res = await subgraph.query<{ createInquiry: { spokeWith: string; method: string } }>(
      CREATE,
      { input: inquiryInput(ids.phone, 'PHONE', { spokeWith: 'Mr Berg, dispatch' }) },
      caseworker,
    );
    expect(res.data?.createInquiry).toMatchObject({
      method: 'PHONE',
      spokeWith: 'Mr Berg, dispatch',
    });
  });

  it('R1.5, R1.7: a portal answer updates the inquiry at once, raises one inquiry-answered fact for communications and publishes an event', async () => {
    const databaseUrl = subgraph.orm.config.get('clientUrl')!;
    const events: { kind: string; inquiryId: string; recipientId: string }[] = [];
    const subscription = await subscribeEvents<(typeof events)[number]>(
      databaseUrl,
      'inquiry_events',
      (e) => events.push(e),
      createLogger('test'),
    );
    try {
      const inquiry = await send(ids.portal, 'INTERNET');
      const res = await subgraph.query<{
        answerInquiry: { status: string; answer: string; answeredBy: string };
      }>(
        ANSWER,
        { id: inquiry.id, input: { answer: 'CAN_DELIVER', comment: 'From 3 March.' } },
        portalUser(),
      );
      expect(res.data?.answerInquiry).toMatchObject({
        status: 'ANSWERED_AVAILABLE',
        answer: 'CAN_DELIVER',
        answeredBy: 'Anna Portal',
      });
      await expect
        .poll(() => events.find((e) => e.inquiryId === inquiry.id && e.kind === 'ANSWERED'))
        .toMatchObject({
          kind: 'ANSWERED',
          inquiryId: inquiry.id,
          recipientId: 'cw-7',
          providerId: ids.portal,
          portal: true,
          eventId: expect.any(String),
        });
      // R1.7, R6.1: one fact, ids and facts only (no text), keyed by the event: communications
      // words the caseworker's inbox entry and mail from it. Providers mails no caseworker itself.
      const event = events.find((e) => e.inquiryId === inquiry.id && e.kind === 'ANSWERED');
      expect(await inquiryFacts(inquiry.id)).toEqual([
        {
          version: 1,
          type: 'INQUIRY_ANSWERED',
          eventId: (event as { eventId?: string } | undefined)?.eventId,
          occurredAt: expect.any(String),
          inquiryId: inquiry.id,
          reference: inquiry.reference,
          caseworkerId: 'cw-7',
          caseworkerEmail: 'clara@agency.test',
          providerId: ids.portal,
          providerName: expect.any(String),
          serviceName: expect.any(String),
          periodFrom: expect.any(String),
          periodTo: expect.any(String),
          answer: 'AVAILABLE',
          comment: 'From 3 March.',
        },
      ]);
      expect(smtp.messages.filter((m) => m.to.includes('clara@agency.test'))).toEqual([]);

      const twice = await subgraph.query(
        ANSWER,
        { id: inquiry.id, input: { answer: 'CANNOT_DELIVER' } },
        portalUser(),
      );
      expect(twice.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        status: 'ANSWERED_AVAILABLE',
      });
    } finally {
      await subscription.close();
    }
  });

  it('refuses answering a withdrawn inquiry and another organisation answering', async () => {
    const inquiry = await send(ids.portal, 'INTERNET');
    const foreign = await subgraph.query(
      ANSWER,
      { id: inquiry.id, input: { answer: 'CAN_DELIVER' } },
      otherUser(),
    );
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await subgraph.query(
      `mutation($id: ID!) { withdrawInquiry(id: $id) { status } }`,
      { id: inquiry.id },
      caseworker,
    );
    const late = await subgraph.query(
      ANSWER,
      { id: inquiry.id, input: { answer: 'CAN_DELIVER' } },
      portalUser(),
    );
    expect(late.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      status: 'WITHDRAWN',
    });
  });

  it('R1.6: the caseworker records an emailed answer with the time it came; internet answers come through the portal', async () => {
    const inquiry = await send(ids.email, 'EMAIL');
    await new Promise((r) => setTimeout(r, 20));
    const receivedAt = new Date().toISOString();
    const res = await subgraph.query<{
      recordInquiryAnswer: {
        status: string;
        answerChannel: string;
        answeredAt: string;
        firstResponseAt: string;
      };
    }>(
      RECORD,
      { id: inquiry.id, input: { answer: 'CANNOT_DELIVER', comment: 'Fully booked', receivedAt } },
      caseworker,
    );
    expect(res.data?.recordInquiryAnswer).toMatchObject({
      status: 'ANSWERED_NOT_AVAILABLE',
      answerChannel: 'EMAIL',
      answeredAt: receivedAt,
      firstResponseAt: receivedAt,
    });
    const internet = await send(ids.portal, 'INTERNET');
    const refused = await subgraph.query(
      RECORD,
      { id: internet.id, input: { answer: 'CAN_DELIVER', receivedAt } },
      caseworker,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'id' }],
    });
    const provider = await subgraph.query(
      RECORD,
      { id: inquiry.id, input: { answer: 'CAN_DELIVER', receivedAt } },
      portalUser(),
    );
    expect(provider.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('R1.5: the provider asks for more information (a fact for communications), the caseworker replies by mail to the provider, the provider then answers', async () => {
    const inquiry = await send(ids.portal, 'INTERNET');
    const ASK = `mutation($id: ID!, $input: InquiryMessageInput!) { requestMoreInformation(id: $id, input: $input) { status firstResponseAt } }`;
    const REPLY = `mutation($id: ID!, $input: InquiryMessageInput!) { provideMoreInformation(id: $id, input: $input) { status messages { side author text } } }`;
    const asked = await subgraph.query<{
      requestMoreInformation: { status: string; firstResponseAt: string };
    }>(ASK, { id: inquiry.id, input: { text: 'Which floor does she live on?' } }, portalUser());
    expect(asked.data?.requestMoreInformation.status).toBe('MORE_INFORMATION_REQUESTED');
    expect(asked.data?.requestMoreInformation.firstResponseAt).not.toBeNull();
    await expect
      .poll(() => inquiryFacts(inquiry.id))
      .toEqual([
        expect.objectContaining({
          type: 'INQUIRY_MORE_INFORMATION_REQUESTED',
          caseworkerId: 'cw-7',
          author: 'Anna Portal',
          text: 'Which floor does she live on?',
        }),
      ]);
    const cannotAnswerOwnQuestion = await subgraph.query(
      REPLY,
      { id: inquiry.id, input: { text: 'x' } },
      portalUser(),
    );
    expect(cannotAnswerOwnQuestion.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const replied = await subgraph.query<{
      provideMoreInformation: { status: string; messages: { side: string; text: string }[] };
    }>(REPLY, { id: inquiry.id, input: { text: 'Third floor, no lift.' } }, caseworker);
    expect(replied.data?.provideMoreInformation).toMatchObject({
      status: 'SENT',
      messages: [
        { side: 'PROVIDER', text: 'Which floor does she live on?' },
        { side: 'AGENCY', text: 'Third floor, no lift.' },
      ],
    });
    await smtp.waitFor(
      (m) =>
        m.to.includes('office@portal.example') &&
        m.subject.includes(`Reply from the agency about inquiry ${inquiry.reference}`),
    );
    const answered = await subgraph.query<{ answerInquiry: { status: string } }>(
      ANSWER,
      { id: inquiry.id, input: { answer: 'CANNOT_DELIVER' } },
      portalUser(),
    );
    expect(answered.data?.answerInquiry.status).toBe('ANSWERED_NOT_AVAILABLE');
  });

  it('expires open inquiries whose period has ended, and then refuses answers', async () => {
    const inquiry = await send(ids.portal, 'INTERNET');
    const em = subgraph.orm.em.fork();
    await em.nativeUpdate(
      Inquiry,
      { id: inquiry.id },
      { periodFrom: '2020-01-01', periodTo: '2020-01-31' },
    );
    const open = await send(ids.portal, 'INTERNET');
    expect(await expireInquiries(em)).toBeGreaterThanOrEqual(1);
    const expired = await subgraph.query<{ inquiry: { status: string } }>(
      INQUIRY,
      { id: inquiry.id },
      caseworker,
    );
    expect(expired.data?.inquiry.status).toBe('EXPIRED');
    const still = await subgraph.query<{ inquiry: { status: string } }>(
      INQUIRY,
      { id: open.id },
      caseworker,
    );
    expect(still.data?.inquiry.status).toBe('SENT');
    const late = await subgraph.query(
      ANSWER,
      { id: inquiry.id, input: { answer: 'CAN_DELIVER' } },
      portalUser(),
    );
    expect(late.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      status: 'EXPIRED',
    });
  });
});

describe('live inquiry events (R6.1)', () => {
  const ANSWERED = `subscription { inquiryAnswered { eventId inquiry { id reference status } } }`;
  const ACTIVITY = `subscription { inquiryActivity { kind inquiry { id reference status } } }`;
  type Answered = { inquiryAnswered: { inquiry: { id: string; status: string } } };
  type Activity = { inquiryActivity: { kind: string; inquiry: { id: string } } };
  const colleague = testIdentity([Role.CASEWORKER], { id: 'cw-8', name: 'Carl Colleague' });

  async function answer(id: string) {
    const res = await subgraph.query(
      ANSWER,
      { id, input: { answer: 'CAN_DELIVER' } },
      portalUser(),
    );
    expect(res.errors).toBeUndefined();
  }

  it('R6.1: the caseworker who made the inquiry is told of the answer at once; a colleague is not', async () => {
    const own = subgraph.live(caseworker);
    const other = subgraph.live(colleague);
    const mine = subscribe<Answered>(own, ANSWERED);
    const theirs = subscribe<Answered>(other, ANSWERED);
    try {
      await untilLive(mine, async () => answer((await send(ids.portal, 'INTERNET')).id));
      const inquiry = await send(ids.portal, 'INTERNET');
      await answer(inquiry.id);
      const event = await mine.next((r) => r.data?.inquiryAnswered.inquiry.id === inquiry.id);
      expect(event.data?.inquiryAnswered.inquiry).toMatchObject({
        reference: inquiry.reference,
        status: 'ANSWERED_AVAILABLE',
      });
      expect(theirs.results).toEqual([]);
    } finally {
      mine.close();
      theirs.close();
      await own.dispose();
      await other.dispose();
    }
  });

  it('R6.1: a provider user follows new portal inquiries and withdrawals of their organisation only', async () => {
    const anna = subgraph.live(portalUser());
    const otto = subgraph.live(otherUser());
    const annas = subscribe<Activity>(anna, ACTIVITY);
    const ottos = subscribe<Activity>(otto, ACTIVITY);
    try {
      await untilLive(annas, () => send(ids.portal, 'INTERNET'));
      await untilLive(ottos, () => send(ids.other, 'INTERNET'));
      const inquiry = await send(ids.portal, 'INTERNET');
      await annas.next(
        (r) =>
          r.data?.inquiryActivity.inquiry.id === inquiry.id &&
          r.data.inquiryActivity.kind === 'SENT',
      );
      await subgraph.query(
        `mutation($id: ID!) { withdrawInquiry(id: $id) { status } }`,
        { id: inquiry.id },
        caseworker,
      );
      const withdrawn = await annas.next((r) => r.data?.inquiryActivity.kind === 'WITHDRAWN');
      expect(withdrawn.data?.inquiryActivity.inquiry).toMatchObject({
        id: inquiry.id,
        status: 'WITHDRAWN',
      });
      expect(ottos.results.map((r) => r.data?.inquiryActivity.inquiry.id)).not.toContain(
        inquiry.id,
      );
    } finally {
      annas.close();
      ottos.close();
      await anna.dispose();
      await otto.dispose();
    }
  });

  it('refuses the subscription to a role that may not see inquiries', async () => {
    const client = subgraph.live(testIdentity([Role.SUPPORT_AGENT], { id: 'sa-1' }));
    const sub = subscribe(client, ACTIVITY);
    await sub.ended;
    expect(sub.results).toEqual([
      {
        errors: [
          expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }),
        ],
      },
    ]);
    await client.dispose();
  });
});
