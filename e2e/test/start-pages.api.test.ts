import { readFile } from 'node:fs/promises';
import { DEMO_PERSONS, DEMO_PROVIDERS } from '@casework/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack } from '@casework/stack';
import { bearer, gql, startTestStack, tokenFor } from './stack.fixture.js';

/** Where a GraphQL error points (the fixture's error type leaves `path` out). */
const pathOf = (error: object) => (error as { path?: (string | number)[] }).path?.[0];

const HOME_CARE = '0b9e5f5a-0004-4000-8000-000000000001';

/** The agency app's own start-page and search queries, read from its source, so the test checks what the app sends. */
async function appQuery(file: string, name: string): Promise<string> {
  const source = await readFile(new URL(`../../agency-web/src/${file}`, import.meta.url), 'utf8');
  const query = [...source.matchAll(/graphql\(`([\s\S]*?)`\)/g)]
    .map((m) => m[1]!)
    .find((q) => q.includes(`query ${name}`));
  if (!query) throw new Error(`no query ${name} in ${file}`);
  return query;
}

interface Counted {
  totalCount: number;
  nodes: { id: string; reference?: string }[];
}
interface StartPage {
  waitingInquiries?: Counted;
  myInquiryNews?: { answeredCount: number; answered: { id: string }[] };
  myCases?: Counted;
  myApplications?: Counted;
  toDecide?: Counted;
  unread?: Counted;
  deskNew?: Counted;
  invitations?: Counted;
}

const ROLES = {
  caseworker: { caseworker: true, decide: false, desk: false, admin: false, letters: true },
  supervisor: { caseworker: true, decide: true, desk: false, admin: false, letters: true },
  support: { caseworker: false, decide: false, desk: true, admin: false, letters: false },
  admin: { caseworker: false, decide: false, desk: true, admin: true, letters: false },
};

/** The week the start page shows meetings of (the app sends the browser's Monday to Monday). */
const monday = new Date();
monday.setUTCHours(0, 0, 0, 0);
monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
const WEEK = {
  weekFrom: monday.toISOString(),
  weekTo: new Date(monday.getTime() + 7 * 24 * 60 * 60 * 1000).toISOString(),
};

let stack: Stack;
let startQuery: string;
let searchQuery: string;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  stack = await startTestStack();
  startQuery = await appQuery('start/start-query.ts', 'AgencyStartPage');
  searchQuery = await appQuery('search/global-search.tsx', 'AgencyGlobalSearch');
  for (const [role, email] of Object.entries({
    caseworker: 'caseworker@demo.casework',
    supervisor: 'supervisor@demo.casework',
    support: 'support@demo.casework',
    admin: 'admin@demo.casework',
    provider: 'provider@demo.casework',
  }))
    tokens[role] = await tokenFor(stack, email);
}, 300_000);
afterAll(() => stack?.stop());

async function startPage(role: keyof typeof ROLES, variables: object = ROLES[role]) {
  const res = await gql<StartPage>(
    stack,
    startQuery,
    { ...WEEK, ...variables },
    bearer(tokens[role]!),
  );
  return res;
}
async function ok<T>(role: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await gql<T>(stack, query, variables, bearer(tokens[role]!));
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return res.body.data!;
}

describe('start pages by role (issue 16)', () => {
  it('R6.2: each role gets its whole start page in one federated query, within the gateway limits', async () => {
    for (const role of Object.keys(ROLES) as (keyof typeof ROLES)[]) {
      const res = await startPage(role);
      expect(res.status, role).toBe(200);
      expect(res.body.errors, `${role}: ${JSON.stringify(res.body.errors)}`).toBeUndefined();
    }
    const supervisor = (await startPage('supervisor')).body.data!;
    expect(Object.keys(supervisor).sort()).toEqual(
      [
        'myActions',
        'myApplications',
        'myCases',
        'myInquiryNews',
        'printQueue',
        'toDecide',
        'unread',
        'waitingInquiries',
        'weekMeetings',
      ].sort(),
    );
    const admin = (await startPage('admin')).body.data!;
    expect(Object.keys(admin).sort()).toEqual(
      ['deskMine', 'deskNew', 'deskWaiting', 'invitations', 'unread'].sort(),
    );
  });

  it('R1.7: counts follow the work: an inquiry waits, its answer arrives since I last looked, a case and an application are mine, the supervisor sees it to decide', async () => {
    const before = (await startPage('caseworker')).body.data!;
    const supervisorBefore = (await startPage('supervisor')).body.data!;
    await ok('caseworker', 'mutation { markInquiryNewsSeen }');

    const year = new Date().getFullYear() + 1;
    const inquiryInput = {
      providerId: DEMO_PROVIDERS.sonnenhof,
      personId: DEMO_PERSONS.annaSchmidt,
      serviceId: HOME_CARE,
      periodFrom: `${year}-05-01`,
      periodTo: `${year}-05-31`,
      details: 'Start page test inquiry',
      method: 'INTERNET',
    };
    const CREATE = `mutation($input: CreateInquiryInput!) { createInquiry(input: $input) { id reference } }`;
    const first = await ok<{ createInquiry: { id: string } }>('caseworker', CREATE, {
      input: inquiryInput,
    });
    const second = await ok<{ createInquiry: { id: string } }>('caseworker', CREATE, {
      input: inquiryInput,
    });
    const { caseTypes, programmes } = await ok<{
      caseTypes: { id: string }[];
      programmes: { id: string; meetingRequired: boolean }[];
    }>('caseworker', '{ caseTypes { id } programmes { id meetingRequired } }');
    const kase = await ok<{ createIntegratedCase: { id: string } }>(
      'caseworker',
      `mutation($input: CreateIntegratedCaseInput!) { createIntegratedCase(input: $input) { id } }`,
      {
        input: {
          caseTypeId: caseTypes[0]!.id,
          primaryClientId: DEMO_PERSONS.marcoRossi,
          startDate: `${year - 1}-01-01`,
        },
      },
    );
    const application = await ok<{ createApplication: { id: string } }>(
      'caseworker',
      `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { id } }`,
      { input: { personIds: [DEMO_PERSONS.leaMueller], programmeIds: [programmes[0]!.id] } },
    );

    const waiting = (await startPage('caseworker')).body.data!;
    expect(waiting.waitingInquiries!.totalCount).toBe(before.waitingInquiries!.totalCount + 2);
    expect(waiting.waitingInquiries!.nodes.map((n) => n.id)).toEqual(
      expect.arrayContaining([first.createInquiry.id, second.createInquiry.id]),
    );
    expect(waiting.myInquiryNews!.answeredCount).toBe(0);
    expect(waiting.myCases!.totalCount).toBe(before.myCases!.totalCount + 1);
    expect(waiting.myCases!.nodes[0]!.id).toBe(kase.createIntegratedCase.id);
    expect(waiting.myApplications!.totalCount).toBe(before.myApplications!.totalCount + 1);

    await ok(
      'provider',
      `mutation($id: ID!) { answerInquiry(id: $id, input: { answer: CAN_DELIVER }) { status } }`,
      { id: first.createInquiry.id },
    );
    const answered = (await startPage('caseworker')).body.data!;
    expect(answered.waitingInquiries!.totalCount).toBe(before.waitingInquiries!.totalCount + 1);
    expect(answered.myInquiryNews!.answeredCount).toBe(1);
    expect(answered.myInquiryNews!.answered.map((i) => i.id)).toEqual([first.createInquiry.id]);
    expect(answered.unread!.totalCount).toBeGreaterThanOrEqual(before.unread!.totalCount);

    const supervisor = (await startPage('supervisor')).body.data!;
    expect(supervisor.toDecide!.totalCount).toBe(supervisorBefore.toDecide!.totalCount + 1);
    expect(supervisor.toDecide!.nodes[0]!.id).toBe(application.createApplication.id);
    // "Mine" is mine: the caseworker's case is not the supervisor's.
    expect(supervisor.myCases!.nodes.map((c) => c.id)).not.toContain(kase.createIntegratedCase.id);
    expect(supervisor.myInquiryNews!.answered.map((i) => i.id)).not.toContain(
      first.createInquiry.id,
    );
  });

  it('R6.2: a user sees nothing they may not read, even asking for other roles\u2019 tiles', async () => {
    const all = { caseworker: true, decide: true, desk: true, admin: true, letters: true };
    const support = await startPage('support', all);
    const refused = (support.body.errors ?? []).map((e) => [e.extensions?.code, pathOf(e)]);
    const notForSupport = [
      'waitingInquiries',
      'myInquiryNews',
      'myCases',
      'myActions',
      'printQueue',
      'toDecide',
      'invitations',
    ];
    for (const field of notForSupport) expect(refused).toContainEqual(['FORBIDDEN', field]);
    const data = support.body.data as Record<string, unknown> | null;
    for (const field of notForSupport) expect(data?.[field] ?? null).toBeNull();
    const caseworker = await startPage('caseworker', all);
    const caseworkerRefused = (caseworker.body.errors ?? []).map((e) => pathOf(e));
    expect(caseworkerRefused).toEqual(
      expect.arrayContaining(['deskNew', 'deskMine', 'deskWaiting', 'invitations']),
    );
  });
});

interface SearchHits {
  caseRecordSearch?: { persons: { id: string; name: string }[] } | null;
  providerRecordSearch?: {
    providers: { name: string }[];
    inquiries: { id: string; reference: string }[];
  } | null;
}

describe('global search through the gateway (issue 16)', () => {
  it('R4.5: finds a person by a typo and an inquiry by its reference, in one request', async () => {
    const typo = await ok<SearchHits>('caseworker', searchQuery, {
      search: 'Ana Shmidt',
      cases: true,
    });
    expect(typo.caseRecordSearch!.persons[0]).toEqual({
      id: DEMO_PERSONS.annaSchmidt,
      name: 'Anna Schmidt',
      reference: expect.any(String),
      dateOfBirth: expect.any(String),
    });
    const { inquiries } = await ok<{ inquiries: { nodes: { id: string; reference: string }[] } }>(
      'caseworker',
      '{ inquiries(filter: { mine: true }, first: 1) { nodes { id reference } } }',
    );
    const inquiry = inquiries.nodes[0]!;
    const byReference = await ok<SearchHits>('caseworker', searchQuery, {
      search: inquiry.reference.toLowerCase(),
      cases: true,
    });
    expect(byReference.providerRecordSearch!.inquiries.map((i) => i.id)).toEqual([inquiry.id]);
    const provider = await ok<SearchHits>('caseworker', searchQuery, {
      search: 'PR-DEMO0001',
      cases: true,
    });
    expect(provider.providerRecordSearch!.providers.map((p) => p.name)).toEqual([
      'Sonnenhof Pflegedienst gGmbH',
    ]);
  });

  it('R1.1: never returns what the user may not read: the desk gets no persons or inquiries, a provider user no search at all', async () => {
    const { inquiries } = await ok<{ inquiries: { nodes: { reference: string }[] } }>(
      'caseworker',
      '{ inquiries(first: 1) { nodes { reference } } }',
    );
    const desk = await gql<SearchHits>(
      stack,
      searchQuery,
      { search: inquiries.nodes[0]!.reference, cases: true },
      bearer(tokens.support!),
    );
    expect(desk.body.errors?.map((e) => [e.extensions?.code, pathOf(e)])).toEqual([
      ['FORBIDDEN', 'caseRecordSearch'],
    ]);
    expect(desk.body.data?.providerRecordSearch?.inquiries).toEqual([]);
    for (const search of ['Anna Schmidt', 'Sonnenhof', inquiries.nodes[0]!.reference]) {
      const provider = await gql<SearchHits>(
        stack,
        searchQuery,
        { search, cases: true },
        bearer(tokens.provider!),
      );
      expect(provider.body.errors?.map((e) => e.extensions?.code)).toEqual([
        'FORBIDDEN',
        'FORBIDDEN',
      ]);
      expect(provider.body.data?.caseRecordSearch ?? null).toBeNull();
      expect(provider.body.data?.providerRecordSearch ?? null).toBeNull();
    }
  });
});
