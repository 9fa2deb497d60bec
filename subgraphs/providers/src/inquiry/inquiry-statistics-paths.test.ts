import { type Identity, Role } from '@casework/kit';
import {
  startTestSmtp,
  startTestSubgraph,
  testIdentity,
  type TestSmtp,
  type TestSubgraph,
} from '@casework/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providersSubgraph } from '../index.js';
import { portalIdentity } from '../portal-account/portal-account.testing.js';
import { Service } from '../service/service.entity.js';
import { InquiryStatus } from './inquiry-status.js';
import { Inquiry } from './inquiry.entity.js';
import { expireInquiries } from './inquiry.jobs.js';

// The statistics read response_seconds (a generated column) from the covering indexes, never
// the raw timestamps. These tests drive every path that changes an inquiry (send, portal answer,
// request for more information, recorded email and phone answers, withdrawal, expiry) and check
// the figures against the R1.9 definitions computed here from the raw rows.

const HOUR = 3600_000;
const caseworker = testIdentity([Role.CASEWORKER], {
  id: 'cw-9',
  name: 'Clara Caseworker',
  email: 'clara@agency.test',
});
let subgraph: TestSubgraph;
let smtp: TestSmtp;
let serviceId: string;
let otherServiceId: string;
const ids = { portal: '', email: '', phone: '' };
let portal: Identity | undefined;
const portalUser = () => portal!;

async function gql<T>(query: string, variables: object, identity = caseworker): Promise<T> {
  const res = await subgraph.query<T>(query, variables as Record<string, unknown>, identity);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

async function registerProvider(input: Record<string, unknown>): Promise<string> {
  const { registerProvider } = await gql<{ registerProvider: { id: string } }>(
    `mutation($input: RegisterProviderInput!) { registerProvider(input: $input) { id } }`,
    { input },
  );
  await gql(
    `mutation($id: ID!, $input: SetProviderServicesInput!) { setProviderServices(id: $id, input: $input) { id } }`,
    { id: registerProvider.id, input: { version: 1, serviceIds: [serviceId, otherServiceId] } },
  );
  return registerProvider.id;
}

async function send(providerId: string, method: string, service = serviceId): Promise<string> {
  const year = new Date().getFullYear() + 1;
  const { createInquiry } = await gql<{ createInquiry: { id: string } }>(
    `mutation($input: CreateInquiryInput!) { createInquiry(input: $input) { id } }`,
    {
      input: {
        providerId,
        serviceId: service,
        personId: '0b9e5f5a-0001-4000-8000-000000000001',
        periodFrom: `${year}-03-01`,
        periodTo: `${year}-03-31`,
        details: 'Two visits a week.',
        method,
        spokeWith: method === 'PHONE' ? 'Mr Berg' : undefined,
      },
    },
  );
  return createInquiry.id;
}

const answer = (id: string, value: string) =>
  gql(
    `mutation($id: ID!, $input: AnswerInquiryInput!) { answerInquiry(id: $id, input: $input) { id } }`,
    { id, input: { answer: value } },
    portalUser(),
  );
const ask = (id: string) =>
  gql(
    `mutation($id: ID!, $input: InquiryMessageInput!) { requestMoreInformation(id: $id, input: $input) { id } }`,
    { id, input: { text: 'Which floor?' } },
    portalUser(),
  );
const record = (id: string, value: string, receivedAt: Date) =>
  gql(
    `mutation($id: ID!, $input: RecordInquiryAnswerInput!) { recordInquiryAnswer(id: $id, input: $input) { id } }`,
    { id, input: { answer: value, receivedAt: receivedAt.toISOString() } },
  );
const withdraw = (id: string) =>
  gql(`mutation($id: ID!) { withdrawInquiry(id: $id) { id } }`, { id });

interface Figures {
  sentCount: number;
  answeredCount: number;
  unansweredCount: number;
  positiveCount: number;
  positiveShare: number | null;
  averageHoursToFirstResponse: number | null;
  medianHoursToFirstResponse: number | null;
}
const FIELDS =
  'sentCount answeredCount unansweredCount positiveCount positiveShare averageHoursToFirstResponse medianHoursToFirstResponse';

/** R1.9 as written in the README, straight from the rows (percentile_cont's interpolation for the median). */
function byDefinition(rows: Inquiry[], from: Date, to: Date): Figures {
  const counted = rows.filter(
    (r) =>
      r.sentAt >= from &&
      r.sentAt < to &&
      !(r.status === InquiryStatus.WITHDRAWN && !r.firstResponseAt),
  );
  const answered = counted.filter((r) =>
    [InquiryStatus.ANSWERED_AVAILABLE, InquiryStatus.ANSWERED_NOT_AVAILABLE].includes(r.status),
  ).length;
  const positive = counted.filter((r) => r.status === InquiryStatus.ANSWERED_AVAILABLE).length;
  const seconds = counted
    .filter((r) => r.firstResponseAt)
    .map((r) => (r.firstResponseAt!.getTime() - r.sentAt.getTime()) / 1000)
    .sort((a, b) => a - b);
  const hours = (s: number) => Math.round((s / 3600) * 100) / 100;
  const position = (seconds.length - 1) / 2;
  const [low, high] = [seconds[Math.floor(position)]!, seconds[Math.ceil(position)]!];
  return {
    sentCount: counted.length,
    answeredCount: answered,
    unansweredCount: counted.length - answered,
    positiveCount: positive,
    positiveShare: answered > 0 ? positive / answered : null,
    averageHoursToFirstResponse:
      seconds.length > 0 ? hours(seconds.reduce((a, b) => a + b, 0) / seconds.length) : null,
    medianHoursToFirstResponse:
      seconds.length > 0 ? hours(low + (high - low) * (position - Math.floor(position))) : null,
  };
}

async function rows(): Promise<Inquiry[]> {
  return subgraph.orm.em.fork().find(Inquiry, {}, { populate: ['provider', 'service'] });
}

beforeAll(async () => {
  smtp = await startTestSmtp();
  subgraph = await startTestSubgraph(providersSubgraph, { smtpUrl: smtp.url });
  const em = subgraph.orm.em.fork();
  serviceId = em.create(Service, { code: 'HOME-CARE', name: 'Home care' }).id;
  otherServiceId = em.create(Service, { code: 'MEALS', name: 'Meals' }).id;
  await em.flush();
  ids.portal = await registerProvider({
    name: 'Portal Pflege',
    email: 'office@portal.example',
    preferredInquiryMethod: 'INTERNET',
  });
  ids.email = await registerProvider({ name: 'Mail Pflege', email: 'office@mail.example' });
  ids.phone = await registerProvider({ name: 'Phone Pflege', phone: '+49 30 123456' });
  portal = await portalIdentity(subgraph, ids.portal, {
    name: 'Anna Portal',
    email: 'anna@portal.example',
  });
});
afterAll(async () => {
  await subgraph?.stop();
  await smtp?.stop();
});

describe('inquiry statistics follow every change of an inquiry (R1.9)', () => {
  it('R1.9: after answers, recorded answers, requests for more information, withdrawals and expiry the figures match the definition', async () => {
    const em = subgraph.orm.em.fork();
    // Sent now; moved back in time below so that response times are hours, not milliseconds.
    const portal = {
      yes: await send(ids.portal, 'INTERNET'),
      no: await send(ids.portal, 'INTERNET'),
      askedThenYes: await send(ids.portal, 'INTERNET'),
      askedThenWithdrawn: await send(ids.portal, 'INTERNET'),
      withdrawn: await send(ids.portal, 'INTERNET'),
      expired: await send(ids.portal, 'INTERNET'),
      open: await send(ids.portal, 'INTERNET', otherServiceId),
    };
    const email = { yes: await send(ids.email, 'EMAIL'), no: await send(ids.email, 'EMAIL') };
    const phone = { yes: await send(ids.phone, 'PHONE') };
    const shift = async (id: string, hours: number) =>
      em
        .getConnection()
        .execute(
          `update providers.inquiry set sent_at = sent_at - ? * interval '1 hour' where id = ?`,
          [hours, id],
        );
    await shift(portal.yes, 2);
    await shift(portal.no, 5);
    await shift(portal.askedThenYes, 30);
    await shift(portal.askedThenWithdrawn, 7);
    await shift(email.yes, 50);
    await shift(email.no, 50);
    await shift(phone.yes, 3);

    await answer(portal.yes, 'CAN_DELIVER');
    await answer(portal.no, 'CANNOT_DELIVER');
    await ask(portal.askedThenYes);
    await ask(portal.askedThenWithdrawn);
    await withdraw(portal.askedThenWithdrawn); // responded first: still counted
    await withdraw(portal.withdrawn); // never responded: not counted
    const sentAt = async (id: string) => (await em.fork().findOneOrFail(Inquiry, id)).sentAt;
    // Recorded answers count from when they were received (R1.6).
    await record(
      email.yes,
      'CAN_DELIVER',
      new Date((await sentAt(email.yes)).getTime() + 26 * HOUR),
    );
    await record(
      email.no,
      'CANNOT_DELIVER',
      new Date((await sentAt(email.no)).getTime() + 49 * HOUR),
    );
    await record(
      phone.yes,
      'CAN_DELIVER',
      new Date((await sentAt(phone.yes)).getTime() + 1 * HOUR),
    );
    await shift(portal.askedThenYes, 10); // the later answer does not move the first response
    await answer(portal.askedThenYes, 'CAN_DELIVER');
    await em.nativeUpdate(Inquiry, { id: portal.expired }, { periodTo: '2020-01-31' });
    expect(await expireInquiries(em.fork())).toBe(1);

    const all = await rows();
    expect(all.find((r) => r.id === portal.expired)?.status).toBe(InquiryStatus.EXPIRED);
    // The generated column is the first response minus the sending time (PostgreSQL keeps
    // microseconds, JavaScript dates milliseconds: equal to within 5 ms).
    for (const r of all) {
      if (!r.firstResponseAt) expect(r.responseSeconds ?? null).toBeNull();
      else
        expect(r.responseSeconds).toBeCloseTo(
          (r.firstResponseAt.getTime() - r.sentAt.getTime()) / 1000,
          2,
        );
    }

    const { from, to } = {
      from: new Date(Date.now() - 24 * 365 * HOUR),
      to: new Date(Date.now() + HOUR),
    };
    const period = { from: from.toISOString(), to: to.toISOString() };
    const overall = await gql<{ inquiryStatistics: Figures }>(
      `query($from: DateTimeISO, $to: DateTimeISO) { inquiryStatistics(from: $from, to: $to) { ${FIELDS} } }`,
      period,
    );
    expect(overall.inquiryStatistics).toEqual(byDefinition(all, from, to));
    // Known answers: 9 counted (10 sent, one withdrawn unanswered), 6 answered, 4 positively;
    // unanswered: the one withdrawn after a question, the expired one and the open one.
    expect(overall.inquiryStatistics).toMatchObject({
      sentCount: 9,
      answeredCount: 6,
      unansweredCount: 3,
      positiveCount: 4,
    });

    const providers = await gql<{
      providers: { nodes: { id: string; statistics: Figures; home: Figures }[] };
    }>(
      `query($from: DateTimeISO, $to: DateTimeISO, $s: ID) { providers(first: 10) { nodes { id statistics(from: $from, to: $to) { ${FIELDS} } home: statistics(from: $from, to: $to, serviceId: $s) { ${FIELDS} } } } }`,
      { ...period, s: serviceId },
    );
    expect(providers.providers.nodes).toHaveLength(3);
    for (const node of providers.providers.nodes) {
      const own = all.filter((r) => r.provider.id === node.id);
      expect(node.statistics).toEqual(byDefinition(own, from, to));
      expect(node.home).toEqual(
        byDefinition(
          own.filter((r) => r.service.id === serviceId),
          from,
          to,
        ),
      );
    }
  });
});
