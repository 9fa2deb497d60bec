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

const caseworker = testIdentity([Role.CASEWORKER], { id: 'cw-search', name: 'Clara Caseworker' });
const colleague = testIdentity([Role.CASEWORKER], { id: 'cw-colleague', name: 'Carl Colleague' });
const support = testIdentity([Role.SUPPORT_AGENT]);
const admin = testIdentity([Role.AGENCY_ADMIN], { name: 'Ada Administrator' });

const SEARCH = `query($search: String!) {
  providerRecordSearch(search: $search) {
    providers { name reference }
    moreProviders
    inquiries { reference provider { name } }
  }
}`;
const NEWS = `{ myInquiryNews { lookedAt answeredCount answered { reference } } }`;
const SEEN = `mutation { markInquiryNewsSeen }`;
const PENDING = `{ pendingPortalInvitations(first: 10) { totalCount nodes { email provider { name } } } }`;

interface Hits {
  providers: { name: string; reference: string }[];
  moreProviders: boolean;
  inquiries: { reference: string; provider: { name: string } }[];
}
interface News {
  lookedAt: string | null;
  answeredCount: number;
  answered: { reference: string }[];
}

let subgraph: TestSubgraph;
let smtp: TestSmtp;
let providerId: string;
let providerReference: string;
let serviceId: string;
let portalUser: Identity;

async function call<T>(query: string, identity: Identity, variables: Record<string, unknown> = {}) {
  const res = await subgraph.query<T>(query, variables, identity);
  expect(res.errors).toBeUndefined();
  return res.data!;
}
const search = async (text: string, identity = caseworker) =>
  (await call<{ providerRecordSearch: Hits }>(SEARCH, identity, { search: text }))
    .providerRecordSearch;

async function sendAndAnswer(): Promise<string> {
  const year = new Date().getFullYear() + 1;
  const { createInquiry } = await call<{ createInquiry: { id: string; reference: string } }>(
    `mutation($input: CreateInquiryInput!) { createInquiry(input: $input) { id reference } }`,
    caseworker,
    {
      input: {
        providerId,
        personId: '0b9e5f5a-0001-4000-8000-000000000001',
        serviceId,
        periodFrom: `${year}-03-01`,
        periodTo: `${year}-03-31`,
        details: 'Three visits a week.',
        method: 'INTERNET',
      },
    },
  );
  await call(
    `mutation($id: ID!) { answerInquiry(id: $id, input: { answer: CAN_DELIVER }) { status } }`,
    portalUser,
    { id: createInquiry.id },
  );
  return createInquiry.reference;
}

beforeAll(async () => {
  smtp = await startTestSmtp();
  subgraph = await startTestSubgraph(providersSubgraph, { smtpUrl: smtp.url });
  const em = subgraph.orm.em.fork();
  serviceId = em.create(Service, { code: 'HOME-CARE', name: 'Home care' }).id;
  await em.flush();
  const { registerProvider } = await call<{ registerProvider: { id: string; reference: string } }>(
    `mutation { registerProvider(input: { name: "Sonnenhof Pflegedienst", email: "office@sonnenhof.example", preferredInquiryMethod: INTERNET }) { id reference } }`,
    caseworker,
  );
  providerId = registerProvider.id;
  providerReference = registerProvider.reference;
  await call(
    `mutation($id: ID!, $serviceId: ID!) { setProviderServices(id: $id, input: { version: 1, serviceIds: [$serviceId] }) { id } }`,
    caseworker,
    { id: providerId, serviceId },
  );
  await call(
    `mutation { registerProvider(input: { name: "Sonnenschein Hilfe" }) { id } }`,
    caseworker,
  );
  portalUser = await portalIdentity(subgraph, providerId, { name: 'Anna Portal' });
});
afterAll(async () => {
  await subgraph?.stop();
  await smtp?.stop();
});

describe('global search of the providers subgraph (issue 16)', () => {
  it('finds providers by name and by reference', async () => {
    expect((await search('sonnen')).providers.map((p) => p.name)).toEqual([
      'Sonnenhof Pflegedienst',
      'Sonnenschein Hilfe',
    ]);
    expect((await search(providerReference.toLowerCase())).providers).toEqual([
      { name: 'Sonnenhof Pflegedienst', reference: providerReference },
    ]);
  });

  it('R1.1: finds an inquiry by its reference only for those who may read inquiries', async () => {
    const reference = await sendAndAnswer();
    expect((await search(reference)).inquiries).toEqual([
      { reference, provider: { name: 'Sonnenhof Pflegedienst' } },
    ]);
    expect((await search(reference.slice(0, 5))).inquiries.map((i) => i.reference)).toContain(
      reference,
    );
    // The support desk reads providers, never inquiries.
    expect((await search(reference, support)).inquiries).toEqual([]);
  });

  it('gives a provider user no agency search at all', async () => {
    const res = await subgraph.query(SEARCH, { search: 'Sonnenhof' }, portalUser);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(res.data?.providerRecordSearch ?? null).toBeNull();
  });
});

describe('start pages: since I last looked (issue 16, R1.7)', () => {
  it('R1.7: lists answers to my inquiries until I mark them seen, then only newer ones', async () => {
    const before = (await call<{ myInquiryNews: News }>(NEWS, caseworker)).myInquiryNews;
    expect(before.answeredCount).toBeGreaterThan(0);
    const seenAt = (await call<{ markInquiryNewsSeen: string }>(SEEN, caseworker))
      .markInquiryNewsSeen;
    const after = (await call<{ myInquiryNews: News }>(NEWS, caseworker)).myInquiryNews;
    expect(after).toEqual({ lookedAt: seenAt, answeredCount: 0, answered: [] });
    const reference = await sendAndAnswer();
    const news = (await call<{ myInquiryNews: News }>(NEWS, caseworker)).myInquiryNews;
    expect(news.answeredCount).toBe(1);
    expect(news.answered.map((i) => i.reference)).toEqual([reference]);
    // A colleague's state is their own, and answers to my inquiries are not theirs.
    expect((await call<{ myInquiryNews: News }>(NEWS, colleague)).myInquiryNews.answeredCount).toBe(
      0,
    );
  });

  it('refuses provider users', async () => {
    const res = await subgraph.query(NEWS, {}, portalUser);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lists pending portal invitations for agency administrators only', async () => {
    await call(
      `mutation($providerId: ID!) { invitePortalUser(providerId: $providerId, input: { email: "ines@sonnenhof.example", name: "Ines Invited", role: PROVIDER_USER }) { id } }`,
      admin,
      { providerId },
    );
    const { pendingPortalInvitations } = await call<{
      pendingPortalInvitations: { totalCount: number; nodes: unknown[] };
    }>(PENDING, admin);
    expect(pendingPortalInvitations.nodes).toEqual([
      { email: 'ines@sonnenhof.example', provider: { name: 'Sonnenhof Pflegedienst' } },
    ]);
    const refused = await subgraph.query(PENDING, {}, caseworker);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
