import { Address, CommunicationMethod, type Identity, Role } from '@casework/kit';
import {
  countStatements,
  startTestSubgraph,
  testIdentity,
  type TestSubgraph,
} from '@casework/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providersSubgraph } from '../index.js';
import { portalIdentity } from '../portal-account/portal-account.testing.js';
import { fieldSelections } from '../provider/field-selections.testing.js';
import { InquiryMethod } from '../provider/inquiry-method.js';
import { Provider } from '../provider/provider.entity.js';
import { Service } from '../service/service.entity.js';
import { InquiryStatus } from './inquiry-status.js';
import { AnswerChannel, Inquiry } from './inquiry.entity.js';

// Issue 15: the inquiry list is read as plain rows in one statement, not through the ORM's
// entities. These tests hold it to what the entity path gave: the same fields, visibility (R1.3),
// filters, order, cursors (those of MikroORM's findByCursor) and totals.

const caseworker = testIdentity([Role.CASEWORKER], { id: 'cw-list', name: 'Lena List' });
const colleague = testIdentity([Role.CASEWORKER], { id: 'cw-other', name: 'Otto Other' });
const supportAgent = testIdentity([Role.SUPPORT_AGENT]);
const PERSON = '0b9e5f5a-00aa-4000-8000-0000000000a1';
const OTHER_PERSON = '0b9e5f5a-00aa-4000-8000-0000000000a2';
const CASE = '0b9e5f5a-00aa-4000-8000-0000000000c1';

const PROVIDER_FIELDS = `id version createdAt updatedAt reference name
  address { line1 line2 postalCode city country } phone email emailStatus
  preferredInquiryMethod preferredCommunicationMethod`;
const INQUIRY_FIELDS = `id version createdAt updatedAt reference caseId periodFrom periodTo details
  method status sentAt createdBy spokeWith providerEmailedAt firstResponseAt answeredAt
  answerChannel answerComment answeredBy answer client { id } messages { id }
  provider { ${PROVIDER_FIELDS} } service { id version createdAt updatedAt code name description active }`;
const LIST = `query($filter: InquiryFilterInput, $first: Int!, $after: String) {
  inquiries(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { endCursor hasNextPage } nodes { ${INQUIRY_FIELDS} }
  }
}`;
const LIST_IDS = `query($filter: InquiryFilterInput, $first: Int!, $after: String) {
  inquiries(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { endCursor hasNextPage } nodes { id }
  }
}`;

interface Page<N = { id: string }> {
  totalCount: number;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  nodes: N[];
}

let subgraph: TestSubgraph;
let portalUser: Identity;
const ids = { withAddress: '', plain: '', home: '', meals: '' };

/** Inquiry ids under a condition on `i` (providers.inquiry), newest first: what a list must show. */
async function expected(condition = 'true', params: unknown[] = []): Promise<string[]> {
  const rows = await subgraph.orm.em
    .getConnection()
    .execute<{ id: string }[]>(
      `select id from providers.inquiry i where ${condition} order by sent_at desc, id desc`,
      params,
    );
  return rows.map((row) => row.id);
}

async function list<N = { id: string }>(
  variables: Record<string, unknown>,
  identity: Identity = caseworker,
  query = LIST_IDS,
): Promise<Page<N>> {
  const res = await subgraph.query<{ inquiries: Page<N> }>(query, variables, identity);
  expect(res.errors).toBeUndefined();
  return res.data!.inquiries;
}

/** Every page of a list, following endCursor. */
async function allPages(filter: Record<string, unknown>, first: number, identity = caseworker) {
  const pages: Page[] = [];
  let after: string | null = null;
  do {
    const page: Page = await list({ filter, first, after }, identity);
    pages.push(page);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after && pages.length < 50);
  return pages;
}

beforeAll(async () => {
  subgraph = await startTestSubgraph(providersSubgraph);
  const em = subgraph.orm.em.fork();
  const home = em.create(Service, { code: 'LIST-HOME', name: 'Home care', description: 'Visits' });
  const meals = em.create(Service, { code: 'LIST-MEALS', name: 'Meals' });
  const withAddress = em.create(Provider, {
    reference: 'PR-LIST0001',
    name: 'Listed Pflege',
    email: 'office@listed.example',
    phone: '+49 30 111',
    preferredInquiryMethod: InquiryMethod.INTERNET,
    preferredCommunicationMethod: CommunicationMethod.POST,
    address: Object.assign(new Address(), {
      line1: 'Hauptstrasse 1',
      line2: null,
      postalCode: '10115',
      city: 'Berlin',
      country: 'DE',
    }),
  });
  const plain = em.create(Provider, { reference: 'PR-LIST0002', name: 'Plain Pflege' });
  const t0 = Date.parse('2026-06-01T10:00:00.000Z');
  const at = (hoursBefore: number) => new Date(t0 - hoursBefore * 3_600_000);
  const base = {
    personId: PERSON,
    periodFrom: '2027-03-01',
    periodTo: '2027-03-31',
    details: 'Three visits a week.',
    createdById: caseworker.id,
    createdBy: caseworker.name,
    createdByEmail: 'lena@agency.test',
  };
  let n = 0;
  const inquiry = (values: Partial<Inquiry> & Pick<Inquiry, 'provider' | 'service'>) =>
    em.create(Inquiry, {
      ...base,
      reference: `IQ-LIST${String(++n).padStart(4, '0')}`,
      method: InquiryMethod.EMAIL,
      ...values,
    });
  inquiry({
    provider: withAddress,
    service: home,
    sentAt: at(1),
    status: InquiryStatus.ANSWERED_AVAILABLE,
    providerEmailedAt: at(0.9),
    firstResponseAt: at(0.5),
    answeredAt: at(0.5),
    answerChannel: AnswerChannel.EMAIL,
    answerComment: 'From Monday',
    answeredBy: 'Lena List',
  });
  inquiry({
    provider: withAddress,
    service: home,
    sentAt: at(2),
    method: InquiryMethod.INTERNET,
    caseId: CASE,
    createdById: colleague.id,
  });
  // Same instant as the one above: the id decides the order (and the page boundary).
  inquiry({
    provider: plain,
    service: home,
    sentAt: at(2),
    method: InquiryMethod.PHONE,
    spokeWith: 'Mr Plain',
    status: InquiryStatus.ANSWERED_NOT_AVAILABLE,
    firstResponseAt: at(1.5),
    answeredAt: at(1.5),
    answerChannel: AnswerChannel.PHONE,
  });
  inquiry({
    provider: withAddress,
    service: meals,
    sentAt: at(3),
    personId: OTHER_PERSON,
    method: InquiryMethod.INTERNET,
    status: InquiryStatus.MORE_INFORMATION_REQUESTED,
    firstResponseAt: at(2.5),
  });
  inquiry({
    provider: plain,
    service: home,
    sentAt: at(3),
    status: InquiryStatus.WITHDRAWN,
    withdrawnAt: at(2.8),
  });
  inquiry({
    provider: withAddress,
    service: home,
    sentAt: at(4),
    method: InquiryMethod.INTERNET,
    status: InquiryStatus.EXPIRED,
  });
  inquiry({ provider: plain, service: meals, sentAt: at(4), createdById: colleague.id });
  inquiry({ provider: plain, service: home, sentAt: at(5), caseId: CASE });
  await em.flush();
  Object.assign(ids, {
    withAddress: withAddress.id,
    plain: plain.id,
    home: home.id,
    meals: meals.id,
  });
  portalUser = await portalIdentity(subgraph, withAddress.id);
}, 120_000);

afterAll(() => subgraph?.stop());

describe('inquiry list as plain rows (issue 15)', () => {
  it('R1.1: pages newest first through every inquiry exactly once, with the total on every page and the cursors of findByCursor', async () => {
    const all = await expected();
    expect(all).toHaveLength(8);
    const pages = await allPages({}, 3);
    expect(pages.flatMap((p) => p.nodes.map((n) => n.id))).toEqual(all);
    expect(pages.map((p) => p.nodes.length)).toEqual([3, 3, 2]);
    expect(pages.map((p) => p.pageInfo.hasNextPage)).toEqual([true, true, false]);
    expect(pages.every((p) => p.totalCount === 8)).toBe(true);
    // The ORM's cursors for the same pages are the same strings: cursors handed out before
    // this change stay valid, and ours work with the ORM.
    let after: string | undefined;
    for (const page of pages) {
      const orm = await subgraph.orm.em
        .fork()
        .findByCursor(Inquiry, { first: 3, after, orderBy: { sentAt: 'desc', id: 'desc' } });
      expect(page.pageInfo.endCursor).toBe(orm.endCursor);
      after = orm.endCursor ?? undefined;
    }
    // After the last one: an empty page that still tells the total.
    const beyond = await list({ first: 3, after: pages.at(-1)!.pageInfo.endCursor });
    expect(beyond).toEqual({
      totalCount: 8,
      pageInfo: { endCursor: null, hasNextPage: false },
      nodes: [],
    });
  });

  it('R1.1: every listed inquiry reads exactly as the same inquiry read alone (entity path), provider and service included', async () => {
    const page = await list<Record<string, unknown>>({ first: 50 }, caseworker, LIST);
    expect(page.nodes).toHaveLength(8);
    for (const node of page.nodes) {
      const alone = await subgraph.query<{ inquiry: Record<string, unknown> }>(
        `query($id: ID!) { inquiry(id: $id) { ${INQUIRY_FIELDS} } }`,
        { id: node.id },
        caseworker,
      );
      expect(alone.errors).toBeUndefined();
      expect(node).toEqual(alone.data!.inquiry);
    }
    const answered = page.nodes[0]!;
    expect(answered).toMatchObject({
      status: 'ANSWERED_AVAILABLE',
      answer: 'CAN_DELIVER',
      sentAt: '2026-06-01T09:00:00.000Z',
      firstResponseAt: '2026-06-01T09:30:00.000Z',
      periodFrom: '2027-03-01',
      client: { id: PERSON },
      service: { code: 'LIST-HOME', description: 'Visits', active: true },
      provider: {
        id: ids.withAddress,
        address: { line1: 'Hauptstrasse 1', line2: null, city: 'Berlin', country: 'DE' },
        preferredCommunicationMethod: 'POST',
      },
    });
    const plain = page.nodes.find((n) => (n.provider as { id: string }).id === ids.plain)!;
    expect(plain.provider).toMatchObject({ address: null, email: null, emailStatus: 'OK' });
  });

  it('R1.1: each field of an inquiry and of its provider, selected alone, reads as on the entity path (the list selects only the columns asked for)', async () => {
    const { nodes } = await list({ first: 50 });
    const compare = async (selection: string) => {
      const listed = await list<unknown>(
        { first: 50 },
        caseworker,
        `query($first: Int!) {
        inquiries(first: $first) { nodes { ${selection} } } }`,
      );
      const alone = [];
      for (const { id } of nodes) {
        const res = await subgraph.query<{ inquiry: unknown }>(
          `query($id: ID!) { inquiry(id: $id) { ${selection} } }`,
          { id },
          caseworker,
        );
        expect(res.errors, selection).toBeUndefined();
        alone.push(res.data!.inquiry);
      }
      expect(listed.nodes, selection).toEqual(alone);
    };
    const inquiryFields = await fieldSelections(subgraph, 'Inquiry');
    expect(inquiryFields).toEqual(expect.arrayContaining(['sentAt', 'answer']));
    for (const selection of inquiryFields) await compare(selection);
    const providerFields = await fieldSelections(subgraph, 'Provider');
    expect(providerFields).toContain(
      'allowedInquiryMethods { __typename method allowed reasonCode rule reason }',
    );
    for (const selection of providerFields) await compare(`provider { ${selection} }`);
  });

  it('R1.3: a provider user lists only their organisation’s portal inquiries, whatever the filter; a role without inquiry rights gets none', async () => {
    const own = await expected('provider_id = ? and method = ?', [ids.withAddress, 'INTERNET']);
    expect(own.length).toBeGreaterThan(1);
    const pages = await allPages({}, 2, portalUser);
    expect(pages.flatMap((p) => p.nodes.map((n) => n.id))).toEqual(own);
    expect(pages[0]!.totalCount).toBe(own.length);
    const foreign = await list({ filter: { providerId: ids.plain }, first: 10 }, portalUser);
    expect(foreign).toMatchObject({ totalCount: 0, nodes: [] });
    const refused = await subgraph.query(LIST_IDS, { first: 10 }, supportAgent);
    expect(refused.data?.inquiries).toBeNull();
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('R1.1: each filter, and filters together, list what they name and count it', async () => {
    const cases: [Record<string, unknown>, string, unknown[]][] = [
      [{ providerId: ids.plain }, 'provider_id = ?', [ids.plain]],
      [{ personId: OTHER_PERSON }, 'person_id = ?', [OTHER_PERSON]],
      [{ caseId: CASE }, 'case_id = ?', [CASE]],
      [{ status: 'SENT' }, `status = 'SENT'`, []],
      [{ mine: true }, 'created_by_id = ?', [caseworker.id]],
      [{ open: true }, `status in ('SENT', 'MORE_INFORMATION_REQUESTED')`, []],
      [
        { providerId: ids.withAddress, open: true, mine: false },
        `provider_id = ? and status in ('SENT', 'MORE_INFORMATION_REQUESTED')`,
        [ids.withAddress],
      ],
    ];
    for (const [filter, condition, params] of cases) {
      const want = await expected(condition, params);
      expect(want.length, JSON.stringify(filter)).toBeGreaterThan(0);
      expect(want.length, JSON.stringify(filter)).toBeLessThan(8);
      const page = await list({ filter, first: 50 });
      expect(
        page.nodes.map((n) => n.id),
        JSON.stringify(filter),
      ).toEqual(want);
      expect(page.totalCount).toBe(want.length);
    }
    const mine = await list({ filter: { mine: true }, first: 50 }, colleague);
    expect(mine.nodes.map((n) => n.id)).toEqual(
      await expected('created_by_id = ?', [colleague.id]),
    );
  });

  it('refuses a bad page size, cursor or id with the field named, and changes nothing', async () => {
    const refusal = async (variables: Record<string, unknown>) => {
      const res = await subgraph.query(LIST_IDS, variables, caseworker);
      expect(res.data?.inquiries ?? null).toBeNull();
      return res.errors?.[0]?.extensions;
    };
    const cursor = (values: unknown) => Buffer.from(JSON.stringify(values)).toString('base64url');
    for (const first of [0, 101])
      expect(await refusal({ first })).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'first', code: 'PAGE_SIZE_OUT_OF_RANGE' }],
      });
    for (const after of [
      'not a cursor',
      cursor({ sentAt: '2026-06-01' }),
      cursor(['2026-06-01T08:00:00.000Z']),
      cursor(['not a date', '0b9e5f5a-00aa-4000-8000-0000000000a1']),
      cursor(['2026-06-01T08:00:00.000Z', 'not an id']),
      cursor([1, 2]),
    ])
      expect(await refusal({ first: 5, after }), after).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'after', code: 'INVALID_CURSOR' }],
      });
    expect(await refusal({ first: 5, filter: { personId: 'nope' } })).toMatchObject({
      fields: [{ field: 'filter.personId' }],
    });
    expect(await expected()).toHaveLength(8);
  });

  it('issue 15: one statement for a page with its total, one without; the total only when asked, also through a fragment', async () => {
    const page = (total: string) => `query { inquiries(first: 5) { ${total} nodes { id } } }`;
    const statements = async (query: string) =>
      countStatements(async () => {
        const res = await subgraph.query(query, {}, caseworker);
        expect(res.errors).toBeUndefined();
      });
    expect(await statements(page('totalCount'))).toBe(1);
    expect(await statements(page(''))).toBe(1);
    const fragment = await subgraph.query<{ inquiries: { totalCount: number } }>(
      `query { inquiries(first: 2) { ...Counted nodes { id } } }
       fragment Counted on InquiryConnection { totalCount }`,
      {},
      caseworker,
    );
    expect(fragment.data?.inquiries.totalCount).toBe(8);
  });
});
