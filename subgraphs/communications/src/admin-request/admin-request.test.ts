import { type Identity, Role, signInternalToken } from '@casework/kit';
import {
  samplePdf,
  startTestSmtp,
  startTestSubgraph,
  subscribe,
  TEST_SECRET,
  testIdentity,
  type TestSmtp,
  type TestSubgraph,
  untilLive,
} from '@casework/testing';
import { providersSubgraph } from '@casework/providers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedQuery } from '../file/file-links.js';
import { communicationsSubgraph } from '../index.js';
import { seedAdminRequestCategories } from './admin-request-category.service.js';

const CREATE = `mutation($input: CreateAdministrativeRequestInput!) {
  createAdministrativeRequest(input: $input) { id reference type status accountId accountName referenceNumber subject channel
    category { code } messages { side author text } history { kind toStatus actor } }
}`;
const GET = `query($id: ID!) { administrativeRequest(id: $id) {
  id version status firstResponseAt assigneeName
  messages { side author text files { fileName } } history { kind fromStatus toStatus actor detail }
} }`;
const NOTES = `query($id: ID!) { administrativeRequest(id: $id) { internalNotes { text author } } }`;
const LIST = `query($view: AdministrativeRequestView, $search: String, $status: AdministrativeRequestStatus) {
  administrativeRequests(view: $view, search: $search, status: $status, first: 100) { totalCount nodes { id reference status } }
}`;
const REPLY = `mutation($id: ID!, $input: ReplyToAdministrativeRequestInput!) { replyToAdministrativeRequest(id: $id, input: $input) { id side text } }`;
const STATUS = `mutation($id: ID!, $input: ChangeAdministrativeRequestStatusInput!) { changeAdministrativeRequestStatus(id: $id, input: $input) { status version resolvedAt closedAt } }`;
const ASSIGN = `mutation($id: ID!, $version: Int!, $assigneeId: ID) { assignAdministrativeRequest(id: $id, version: $version, assigneeId: $assigneeId) { assigneeId assigneeName version } }`;
const NOTE = `mutation($id: ID!, $text: String!) { addAdministrativeRequestInternalNote(id: $id, text: $text) { id text } }`;
const CATEGORIES = `{ administrativeRequestCategories { id code referenceKind referencePattern nameDe nameIt } }`;
const FIGURES = `{ administrativeRequestFigures { categoryCode requestCount respondedCount openCount averageHoursToFirstResponse resolvedCount medianHoursToResolution } }`;
const ACTIVITY = `subscription($requestId: ID) { administrativeRequestActivity(requestId: $requestId) { kind request { id status messages { text } } } }`;

let providers: TestSubgraph;
let comms: TestSubgraph;
let smtp: TestSmtp;
const org = { sonnenhof: '', single: '', other: '' };
const branch = { nord: '', closed: '', foreign: '' };
let admin: Identity;
let user: Identity;
let singleAdmin: Identity;
let otherAdmin: Identity;
const agent = testIdentity([Role.SUPPORT_AGENT], {
  id: 'agent-sam',
  name: 'Sam Support',
  email: 'sam@agency.test',
});
const agencyAdmin = testIdentity([Role.AGENCY_ADMIN], { id: 'admin-ada', name: 'Ada Admin' });
const caseworker = testIdentity([Role.CASEWORKER]);
const category: Record<string, string> = {};

async function register(name: string): Promise<string> {
  const res = await providers.query<{ registerProvider: { id: string } }>(
    `mutation($name: String!) { registerProvider(input: { name: $name }) { id } }`,
    { name },
  );
  return res.data!.registerProvider.id;
}

async function addBranch(providerId: string, name: string): Promise<string> {
  const res = await providers.query<{ addProviderBranch: { id: string } }>(
    `mutation($providerId: ID!, $name: String!) { addProviderBranch(providerId: $providerId, input: { name: $name, kind: BRANCH }) { id } }`,
    { providerId, name },
  );
  return res.data!.addProviderBranch.id;
}

/** A portal account as the gateway signs it in: the providers subgraph refuses identities without an active one. */
async function portalUser(providerId: string, role: Role, name: string): Promise<Identity> {
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}@${providerId.slice(0, 8)}.test`;
  const rows = await providers.orm.em.getConnection().execute<{ id: string }[]>(
    `insert into providers.portal_account (id, version, created_at, updated_at, provider_id, email, name, role, status)
       values (gen_random_uuid(), 1, now(), now(), ?, ?, ?, ?, 'ACTIVE') returning id`,
    [providerId, email, name, role],
  );
  return testIdentity([role], { id: rows[0]!.id, name, email, organisationId: providerId });
}

const base = (over: Record<string, unknown> = {}) => ({
  accountId: branch.nord,
  categoryId: category.INVOICE_QUERY,
  referenceNumber: 'RE-2026-00123',
  subject: 'Invoice for October',
  description: 'The amount on invoice RE-2026-00123 does not match the agreed rate.',
  ...over,
});

async function create(input: Record<string, unknown>, as = admin) {
  return comms.query<{
    createAdministrativeRequest: {
      id: string;
      reference: string;
      accountName: string;
      status: string;
    };
  }>(CREATE, { input }, as);
}

async function created(input: Record<string, unknown> = base(), as = admin) {
  const res = await create(input, as);
  expect(res.errors).toBeUndefined();
  return res.data!.createAdministrativeRequest;
}

async function count(): Promise<number> {
  const rows = await comms.orm.em
    .getConnection()
    .execute<{ n: string }[]>('select count(*) as n from communications.administrative_request');
  return Number(rows[0]!.n);
}

function field(res: { errors?: { extensions?: Record<string, unknown> }[] }) {
  return (
    res.errors?.[0]?.extensions?.fields as { field: string; message: string }[] | undefined
  )?.[0];
}

beforeAll(async () => {
  smtp = await startTestSmtp();
  providers = await startTestSubgraph(providersSubgraph);
  comms = await startTestSubgraph(communicationsSubgraph, { smtpUrl: smtp.url });
  // Communications asks the providers subgraph for an organisation's branches (R5.4).
  process.env.PROVIDERS_URL = providers.url;
  process.env.INTERNAL_SECRET = TEST_SECRET;
  await seedAdminRequestCategories(comms.orm.em.fork());
  org.sonnenhof = await register('Sonnenhof Pflegedienst');
  org.single = await register('Einzelpraxis Weber');
  org.other = await register('Andere Pflege GmbH');
  branch.nord = await addBranch(org.sonnenhof, 'Sonnenhof Nord');
  branch.closed = await addBranch(org.sonnenhof, 'Sonnenhof Alt');
  await providers.query(
    `mutation($id: ID!) { updateProviderBranch(id: $id, input: { version: 1, active: false }) { id } }`,
    { id: branch.closed },
  );
  branch.foreign = await addBranch(org.other, 'Andere Süd');
  admin = await portalUser(org.sonnenhof, Role.PROVIDER_ADMIN, 'Petra Admin');
  user = await portalUser(org.sonnenhof, Role.PROVIDER_USER, 'Paul User');
  singleAdmin = await portalUser(org.single, Role.PROVIDER_ADMIN, 'Wera Weber');
  otherAdmin = await portalUser(org.other, Role.PROVIDER_ADMIN, 'Otto Other');
  const cats = await comms.query<{
    administrativeRequestCategories: { id: string; code: string }[];
  }>(CATEGORIES, {}, admin);
  for (const c of cats.data!.administrativeRequestCategories) category[c.code] = c.id;
});

afterAll(async () => {
  await comms?.stop();
  await providers?.stop();
  await smtp?.stop();
});

describe('administrative requests: who and what (R5.1-R5.7)', () => {
  it('R5.1: a provider user, a support agent and a caseworker cannot create one; nothing is stored', async () => {
    const before = await count();
    for (const who of [user, agent, caseworker]) {
      const res = await create(base(), who);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await count()).toBe(before);
  });

  it('R5.1, R5.3, R5.9: the provider administrator creates one with a reference; provider users read it, cannot reply or close', async () => {
    const request = await created(base({ channel: 'ASSISTANT' }));
    expect(request).toMatchObject({
      reference: expect.stringMatching(/^AR-[0-9A-Z]{8}$/),
      type: 'CONTRACTS_AND_INVOICES',
      channel: 'ASSISTANT',
      status: 'NEW',
      accountName: 'Sonnenhof Nord',
      referenceNumber: 'RE-2026-00123',
      category: { code: 'INVOICE_QUERY' },
      messages: [{ side: 'PROVIDER', author: 'Petra Admin' }],
      history: [{ kind: 'CREATED', toStatus: 'NEW', actor: 'Petra Admin' }],
    });
    const read = await comms.query<{ administrativeRequest: { id: string } }>(
      GET,
      { id: request.id },
      user,
    );
    expect(read.data?.administrativeRequest.id).toBe(request.id);
    const reply = await comms.query(REPLY, { id: request.id, input: { text: 'me too' } }, user);
    expect(reply.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const close = await comms.query(
      STATUS,
      { id: request.id, input: { version: 1, status: 'CLOSED' } },
      user,
    );
    expect(close.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const foreign = await comms.query(GET, { id: request.id }, otherAdmin);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const cw = await comms.query(LIST, {}, caseworker);
    expect(cw.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('R5.4: with branches the account is required, must be an active own branch, and another organisation\u2019s branch is refused', async () => {
    const before = await count();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ accountId: null }, 'choose the branch', 'ACCOUNT_REQUIRED'],
      [{ accountId: branch.foreign }, 'of your organisation', 'NOT_OWN_BRANCH'],
      [{ accountId: branch.closed }, 'active branch', 'NOT_OWN_BRANCH'],
      [{ accountId: 'not-a-uuid' }, 'accountId must be the id', 'INVALID_REFERENCE'],
    ];
    for (const [over, message, code] of cases) {
      const res = await create(base(over));
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(field(res)).toMatchObject({
        field: 'input.accountId',
        message: expect.stringContaining(message),
        code,
      });
    }
    expect(await count()).toBe(before);
  });

  it('R5.4: without branches the request is for the organisation itself; naming an account is refused', async () => {
    const request = await created(base({ accountId: null }), singleAdmin);
    expect(request.accountName).toBe('Einzelpraxis Weber');
    const res = await create(base({ accountId: branch.nord }), singleAdmin);
    expect(field(res)?.field).toBe('input.accountId');
  });

  it('R5.5, R5.6: each demo category requires its number in its format', async () => {
    const numbers: [string, string | null, string][] = [
      ['INVOICE_QUERY', 'RE-2026-00123', 'RE 123'],
      ['PAYMENT', 'RE-2025-0042', '2025/42'],
      ['CONTRACT_CHANGE', 'V-2025-SH01', 'contract 7'],
      ['ORDER', 'A-104233', 'A-12'],
    ];
    for (const [code, good, bad] of numbers) {
      const missing = await create(base({ categoryId: category[code], referenceNumber: null }));
      expect(field(missing)).toMatchObject({
        field: 'input.referenceNumber',
        message: expect.stringContaining('is required'),
        code: 'REFERENCE_NUMBER_REQUIRED',
      });
      const wrong = await create(base({ categoryId: category[code], referenceNumber: bad }));
      expect(field(wrong)).toMatchObject({
        field: 'input.referenceNumber',
        message: expect.stringContaining('must be in the form'),
        code: 'REFERENCE_NUMBER_FORMAT',
      });
      const ok = await create(base({ categoryId: category[code], referenceNumber: ` ${good} ` }));
      expect(ok.errors).toBeUndefined();
    }
    const other = await create(base({ categoryId: category.OTHER, referenceNumber: null }));
    expect(other.errors).toBeUndefined();
  });

  it('bad input: blank or missing subject and description, NUL bytes, lone surrogates, huge text, unknown category: coded errors with the field, nothing stored', async () => {
    const before = await count();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ subject: '   ' }, 'input.subject', 'BLANK'],
      [{ description: '' }, 'input.description', 'BLANK'],
      [{ subject: 'a\u0000b' }, 'input.subject', 'CONTROL_CHARACTER'],
      [{ description: 'x\uD800y' }, 'input.description', 'INVALID_UNICODE'],
      [{ subject: 'x'.repeat(201) }, 'input.subject', 'TOO_LONG'],
      [{ description: 'x'.repeat(20001) }, 'input.description', 'TOO_LONG'],
      [{ categoryId: '00000000-0000-4000-8000-000000000000' }, '', 'NOT_FOUND'],
    ];
    for (const [over, name, code] of cases) {
      const res = await create(base(over));
      expect(res.errors?.[0]?.extensions?.code).toMatch(/BAD_USER_INPUT|NOT_FOUND/);
      expect(res.errors?.[0]?.extensions?.reason).toBe(code);
      if (name) expect(field(res)).toMatchObject({ field: name, code });
    }
    const missing = await comms.query(CREATE, { input: { categoryId: category.OTHER } }, admin);
    expect(missing.errors?.[0]?.extensions?.code).toMatch(
      /BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/,
    );
    expect(await count()).toBe(before);
  });

  it('R5.7: a file without the no-PHI confirmation is refused by the server, naming the file; nothing stored', async () => {
    const before = await count();
    const file = { fileId: '3f1c2a5e-0000-4000-8000-000000000001', fileName: 'invoice.pdf' };
    const res = await create(base({ files: [{ ...file, noPhiConfirmed: false }] }));
    expect(field(res)).toMatchObject({
      field: 'input.files.0.noPhiConfirmed',
      message: expect.stringContaining('HIPAA'),
      code: 'NO_PHI_CONFIRMATION_REQUIRED',
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({ reason: 'NO_PHI_CONFIRMATION_REQUIRED' });
    expect(await count()).toBe(before);
  });
});

describe('the conversation and the support desk (R5, R6.1)', () => {
  it('R5: the desk assigns, replies and keeps internal notes that never reach a provider user through any field', async () => {
    const request = await created(base({ subject: 'Desk flow' }));
    const queue = await comms.query<{ administrativeRequests: { nodes: { id: string }[] } }>(
      LIST,
      { view: 'NEW' },
      agent,
    );
    expect(queue.data?.administrativeRequests.nodes.map((n) => n.id)).toContain(request.id);
    const assigned = await comms.query(
      ASSIGN,
      { id: request.id, version: 1, assigneeId: agent.id },
      agent,
    );
    expect(assigned.data?.assignAdministrativeRequest).toMatchObject({
      assigneeName: 'Sam Support',
      version: 2,
    });
    const stranger = await comms.query(
      ASSIGN,
      { id: request.id, version: 2, assigneeId: 'nobody-known' },
      agent,
    );
    expect(field(stranger)).toMatchObject({ field: 'assigneeId', code: 'NOT_DESK_MEMBER' });
    const mine = await comms.query<{ administrativeRequests: { nodes: { id: string }[] } }>(
      LIST,
      { view: 'MINE' },
      agent,
    );
    expect(mine.data?.administrativeRequests.nodes.map((n) => n.id)).toContain(request.id);

    const secret = 'INTERNAL: provider is known for late invoices';
    expect(
      (await comms.query(NOTE, { id: request.id, text: secret }, agent)).errors,
    ).toBeUndefined();
    const reply = await comms.query(
      REPLY,
      { id: request.id, input: { text: 'We are checking the rate.' } },
      agent,
    );
    expect(reply.errors).toBeUndefined();

    const asUser = await comms.query<{
      administrativeRequest: {
        status: string;
        firstResponseAt: string;
        history: { kind: string }[];
      };
    }>(GET, { id: request.id }, user);
    expect(asUser.data?.administrativeRequest.status).toBe('IN_PROGRESS');
    expect(asUser.data?.administrativeRequest.firstResponseAt).toEqual(expect.any(String));
    expect(JSON.stringify(asUser)).not.toContain(secret);
    expect(asUser.data?.administrativeRequest.history.map((h) => h.kind)).not.toContain(
      'INTERNAL_NOTE',
    );
    expect(asUser.data?.administrativeRequest.history.map((h) => h.kind)).not.toContain('ASSIGNED');
    for (const who of [user, admin]) {
      const notes = await comms.query(NOTES, { id: request.id }, who);
      expect(notes.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(JSON.stringify(notes)).not.toContain(secret);
      const note = await comms.query(NOTE, { id: request.id, text: 'sneaky' }, who);
      expect(note.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const search = await comms.query(LIST, { search: 'late invoices' }, admin);
    expect(JSON.stringify(search)).not.toContain(request.id);
    const desk = await comms.query<{
      administrativeRequest: { internalNotes: { text: string }[] };
    }>(NOTES, { id: request.id }, agent);
    expect(desk.data?.administrativeRequest.internalNotes).toEqual([
      { text: secret, author: 'Sam Support' },
    ]);
  });

  it('R5: NEW → IN_PROGRESS → WAITING_FOR_PROVIDER → RESOLVED → CLOSED, no reply when closed, reopen within the period only', async () => {
    const request = await created(base({ subject: 'Status flow' }));
    const move = async (status: string, as: Identity) => {
      const now = await comms.query<{ administrativeRequest: { version: number } }>(
        GET,
        { id: request.id },
        as,
      );
      return comms.query<{ changeAdministrativeRequestStatus: { status: string } }>(
        STATUS,
        { id: request.id, input: { version: now.data!.administrativeRequest.version, status } },
        as,
      );
    };
    expect((await move('IN_PROGRESS', agent)).data?.changeAdministrativeRequestStatus.status).toBe(
      'IN_PROGRESS',
    );
    expect((await move('WAITING_FOR_PROVIDER', agent)).errors).toBeUndefined();
    // The provider's answer resumes the work.
    await comms.query(
      REPLY,
      { id: request.id, input: { text: 'The agreed rate is in contract V-2025-SH01.' } },
      admin,
    );
    const after = await comms.query<{ administrativeRequest: { status: string } }>(
      GET,
      { id: request.id },
      agent,
    );
    expect(after.data?.administrativeRequest.status).toBe('IN_PROGRESS');
    expect((await move('RESOLVED', agent)).errors).toBeUndefined();
    const wrong = await move('WAITING_FOR_PROVIDER', admin);
    expect(field(wrong)).toMatchObject({
      field: 'input.status',
      code: 'STATUS_CHANGE_NOT_ALLOWED',
    });
    expect((await move('CLOSED', admin)).data?.changeAdministrativeRequestStatus.status).toBe(
      'CLOSED',
    );
    const closedReply = await comms.query(
      REPLY,
      { id: request.id, input: { text: 'one more thing' } },
      admin,
    );
    expect(field(closedReply)).toMatchObject({
      field: 'id',
      message: expect.stringContaining('closed'),
      code: 'REQUEST_CLOSED',
    });
    expect((await move('IN_PROGRESS', admin)).data?.changeAdministrativeRequestStatus.status).toBe(
      'IN_PROGRESS',
    );
    expect((await move('CLOSED', admin)).errors).toBeUndefined();
    await comms.orm.em
      .getConnection()
      .execute(
        `update communications.administrative_request set closed_at = now() - interval '31 days' where id = ?`,
        [request.id],
      );
    const late = await move('IN_PROGRESS', admin);
    expect(late.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'REOPEN_PERIOD_OVER',
    });
    const history = await comms.query<{
      administrativeRequest: { history: { toStatus: string | null }[] };
    }>(GET, { id: request.id }, user);
    expect(
      history.data?.administrativeRequest.history.filter((h) => h.toStatus).map((h) => h.toStatus),
    ).toEqual([
      'NEW',
      'IN_PROGRESS',
      'WAITING_FOR_PROVIDER',
      'IN_PROGRESS',
      'RESOLVED',
      'CLOSED',
      'IN_PROGRESS',
      'CLOSED',
    ]);
  });

  it('R5: mails go out once each: the new request to the support address, the agency\u2019s reply and status change to the provider administrator', async () => {
    const request = await created(base({ subject: 'Mail flow' }));
    const created_ = await smtp.waitFor(
      (m) => m.subject.includes(request.reference) && m.subject.startsWith('New'),
    );
    expect(created_.to).toEqual(['support@demo.casework']);
    await comms.query(
      REPLY,
      { id: request.id, input: { text: 'Your invoice is being checked.' } },
      agent,
    );
    const reply = await smtp.waitFor((m) =>
      m.subject.includes(`Reply from the agency about ${request.reference}`),
    );
    expect(reply.to).toEqual([admin.email]);
    expect(reply.text).toContain('Your invoice is being checked.');
    await comms.query(
      STATUS,
      { id: request.id, input: { version: 2, status: 'WAITING_FOR_PROVIDER' } },
      agent,
    );
    await smtp.waitFor((m) =>
      m.subject.includes(`${request.reference} is now WAITING_FOR_PROVIDER`),
    );
    await new Promise((r) => setTimeout(r, 2500));
    expect(smtp.messages.filter((m) => m.subject.includes(request.reference))).toHaveLength(3);
  });

  it('R6.1: a reply from the desk reaches the organisation\u2019s provider users live; internal notes and other organisations\u2019 requests do not', async () => {
    const request = await created(base({ subject: 'Live flow' }));
    const userClient = comms.live(user);
    const otherClient = comms.live(otherAdmin);
    type Activity = {
      administrativeRequestActivity: {
        kind: string;
        request: { id: string; messages: { text: string }[] };
      };
    };
    const live = subscribe<Activity>(userClient, ACTIVITY, { requestId: request.id });
    const other = subscribe<Activity>(otherClient, ACTIVITY, {});
    try {
      await untilLive(live, () =>
        comms.query(REPLY, { id: request.id, input: { text: 'warm-up' } }, agent),
      );
      await untilLive(other, async () => {
        const mine = await created(
          base({ accountId: branch.foreign, subject: 'other warm-up' }),
          otherAdmin,
        );
        await comms.query(REPLY, { id: mine.id, input: { text: 'x' } }, agent);
      });
      await comms.query(NOTE, { id: request.id, text: 'live secret note' }, agent);
      await comms.query(
        REPLY,
        { id: request.id, input: { text: 'live answer from the desk' } },
        agent,
      );
      const hit = await live.next(
        (r) =>
          r.data?.administrativeRequestActivity.request.messages.some(
            (m) => m.text === 'live answer from the desk',
          ) ?? false,
      );
      expect(hit.data?.administrativeRequestActivity.kind).toBe('REPLIED');
      expect(live.results.map((r) => r.data?.administrativeRequestActivity.kind)).not.toContain(
        'INTERNAL_NOTE',
      );
      expect(JSON.stringify(live.results)).not.toContain('live secret note');
      expect(JSON.stringify(other.results)).not.toContain(request.id);
    } finally {
      live.close();
      other.close();
      await userClient.dispose();
      await otherClient.dispose();
    }
  });

  it('R5: figures per category: time to first response and to resolution, only for the desk', async () => {
    const res = await comms.query<{
      administrativeRequestFigures: {
        categoryCode: string | null;
        requestCount: number;
        respondedCount: number;
        averageHoursToFirstResponse: number | null;
      }[];
    }>(FIGURES, {}, agent);
    expect(res.errors).toBeUndefined();
    const [all, ...perCategory] = res.data!.administrativeRequestFigures;
    expect(all!.categoryCode).toBeNull();
    expect(all!.requestCount).toBe(perCategory.reduce((n, c) => n + c.requestCount, 0));
    expect(all!.requestCount).toBe(await count());
    const invoice = perCategory.find((c) => c.categoryCode === 'INVOICE_QUERY')!;
    expect(invoice.respondedCount).toBeGreaterThan(0);
    expect(invoice.averageHoursToFirstResponse).toBeGreaterThanOrEqual(0);
    expect(invoice.averageHoursToFirstResponse).toBeLessThan(1);
    const refused = await comms.query(FIGURES, {}, admin);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('R5.5, R5.6: agency administrators configure categories with en/de/it names and a number format; others cannot', async () => {
    const input = {
      code: 'DUNNING',
      nameEn: 'Dunning letter',
      nameDe: 'Mahnung',
      nameIt: 'Sollecito',
      referenceKind: 'INVOICE_NUMBER',
      referencePattern: 'M-[0-9]{5}',
      referenceExample: 'M-12345',
    };
    const add = `mutation($input: AdministrativeRequestCategoryInput!) { addAdministrativeRequestCategory(input: $input) { id code nameDe nameIt referencePattern } }`;
    expect((await comms.query(add, { input }, agent)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    const badPattern = await comms.query(
      add,
      { input: { ...input, referencePattern: '([' } },
      agencyAdmin,
    );
    expect(field(badPattern)).toMatchObject({
      field: 'input.referencePattern',
      code: 'INVALID_PATTERN',
    });
    const badExample = await comms.query(
      add,
      { input: { ...input, referenceExample: 'M-1' } },
      agencyAdmin,
    );
    expect(field(badExample)).toMatchObject({
      field: 'input.referenceExample',
      code: 'EXAMPLE_NOT_MATCHING_PATTERN',
    });
    const ok = await comms.query<{ addAdministrativeRequestCategory: { id: string } }>(
      add,
      { input },
      agencyAdmin,
    );
    expect(ok.data?.addAdministrativeRequestCategory).toMatchObject({
      code: 'DUNNING',
      nameDe: 'Mahnung',
      nameIt: 'Sollecito',
    });
    const dup = await comms.query(add, { input }, agencyAdmin);
    expect(field(dup)).toMatchObject({ field: 'input.code', code: 'CODE_TAKEN' });
    const wrong = await create(
      base({
        categoryId: ok.data!.addAdministrativeRequestCategory.id,
        referenceNumber: 'RE-2026-00123',
      }),
    );
    expect(field(wrong)?.field).toBe('input.referenceNumber');
    const right = await create(
      base({
        categoryId: ok.data!.addAdministrativeRequestCategory.id,
        referenceNumber: 'M-00077',
      }),
    );
    expect(right.errors).toBeUndefined();
  });
});

const GRANT = `mutation($input: RequestUploadInput!) { requestUpload(input: $input) { uploadUrl } }`;
const FILES = `query($id: ID!) { administrativeRequest(id: $id) { messages { side files {
  fileId fileName contentType size sha256 confirmedNoPhiBy downloadUrl previewUrl } } } }`;

interface RequestFile {
  fileId: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  confirmedNoPhiBy: string;
  downloadUrl: string | null;
  previewUrl: string | null;
}

/** Grant and upload as the portal does (R5.7: confirmed free of PHI); returns the file id. */
async function uploaded(who: Identity, bytes: Buffer, extra: Record<string, unknown> = {}) {
  const input = {
    purpose: 'ADMINISTRATIVE_REQUEST',
    fileName: 'Rechnung.pdf',
    size: bytes.length,
    noPhiConfirmed: true,
    ...extra,
  };
  const granted = await comms.query<{ requestUpload: { uploadUrl: string } }>(
    GRANT,
    { input },
    who,
  );
  expect(granted.errors).toBeUndefined();
  const res = await fetch(new URL(granted.data!.requestUpload.uploadUrl, comms.url), {
    method: 'POST',
    headers: { authorization: `Internal ${await signInternalToken(who, TEST_SECRET)}` },
    body: new Uint8Array(bytes),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { file: { id: string } }).file.id;
}

async function filesOf(id: string, who: Identity): Promise<RequestFile[][]> {
  const res = await comms.query<{
    administrativeRequest: { messages: { files: RequestFile[] }[] };
  }>(FILES, { id }, who);
  expect(res.errors).toBeUndefined();
  return res.data!.administrativeRequest.messages.map((m) => m.files);
}

async function download(url: string, who: Identity) {
  return fetch(new URL(url, comms.url), {
    headers: { authorization: `Internal ${await signInternalToken(who, TEST_SECRET)}` },
  });
}

/** A link signed for `who`, as if one had been issued to them: the download checks access again. */
function forgedLink(fileId: string, who: Identity): string {
  const query = signedQuery({
    subject: `download:${fileId}:attachment`,
    accountId: who.id,
    expiresAt: new Date(Date.now() + 60_000),
  });
  return `/files/downloads/${fileId}?disposition=attachment&${query}`;
}

describe('files on administrative requests (R5.7)', () => {
  it('R5.7: the administrator attaches a confirmed upload; both see name, type, size and SHA-256; the desk downloads it; provider users and other organisations cannot', async () => {
    const pdf = samplePdf(200_000);
    const fileId = await uploaded(admin, pdf);
    const request = await created(
      base({
        subject: 'With a file',
        files: [{ fileId, fileName: 'ignored.pdf', noPhiConfirmed: true }],
      }),
    );
    const [mine] = (await filesOf(request.id, admin))[0]!;
    const { createHash } = await import('node:crypto');
    expect(mine).toMatchObject({
      fileId,
      fileName: 'Rechnung.pdf',
      contentType: 'application/pdf',
      size: pdf.length,
      sha256: createHash('sha256').update(pdf).digest('hex'),
      confirmedNoPhiBy: 'Petra Admin',
    });
    expect(mine!.previewUrl).toContain('disposition=inline');
    const [desk] = (await filesOf(request.id, agent))[0]!;
    expect(desk!.downloadUrl).toBeTruthy();
    const got = await download(desk!.downloadUrl!, agent);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-disposition')).toContain('Rechnung.pdf');
    expect(Buffer.from(await got.arrayBuffer()).equals(pdf)).toBe(true);
    // A provider user of the organisation sees that a file is there, but gets no link, and a link
    // made out to them is refused by the download itself.
    const [seen] = (await filesOf(request.id, user))[0]!;
    expect(seen).toMatchObject({ fileName: 'Rechnung.pdf', downloadUrl: null, previewUrl: null });
    expect((await download(forgedLink(fileId, user), user)).status).toBe(404);
    // Another organisation neither finds the request nor reads the file.
    const other = await comms.query(FILES, { id: request.id }, otherAdmin);
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await download(forgedLink(fileId, otherAdmin), otherAdmin)).status).toBe(404);
    expect((await download(forgedLink(fileId, caseworker), caseworker)).status).toBe(404);
    // The desk's link is bound to the agent: nobody else can use it.
    expect((await download(desk!.downloadUrl!, admin)).status).toBe(403);
  });

  it('R5.7: a desk reply carries a file the organisation\u2019s administrators can read; provider users get no upload grant', async () => {
    const request = await created(base({ subject: 'Desk sends a file' }));
    const pdf = samplePdf(50_000);
    const fileId = await uploaded(agent, pdf, { fileName: 'Gutschrift.pdf' });
    const reply = await comms.query(
      REPLY,
      {
        id: request.id,
        input: {
          text: 'See the credit note.',
          files: [{ fileId, fileName: 'Gutschrift.pdf', noPhiConfirmed: true }],
        },
      },
      agent,
    );
    expect(reply.errors).toBeUndefined();
    const files = (await filesOf(request.id, admin)).flat();
    expect(files.map((f) => f.fileName)).toEqual(['Gutschrift.pdf']);
    const got = await download(files[0]!.downloadUrl!, admin);
    expect(Buffer.from(await got.arrayBuffer()).equals(pdf)).toBe(true);
    const denied = await comms.query(
      GRANT,
      {
        input: {
          purpose: 'ADMINISTRATIVE_REQUEST',
          fileName: 'a.pdf',
          size: 10,
          noPhiConfirmed: true,
        },
      },
      user,
    );
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('bad input: a file id of someone else, unknown, already attached or listed twice: coded errors with the field, nothing stored', async () => {
    const pdf = samplePdf(20_000);
    const foreign = await uploaded(otherAdmin, pdf);
    const mine = await uploaded(admin, pdf);
    const used = await uploaded(admin, pdf);
    await created(
      base({
        subject: 'Uses the file',
        files: [{ fileId: used, fileName: 'a.pdf', noPhiConfirmed: true }],
      }),
    );
    const before = await count();
    const cases: [string[], string, string][] = [
      [[foreign], 'input.files.0.fileId', 'REQUEST_FILE_UNKNOWN'],
      [['3f1c2a5e-0000-4000-8000-000000000001'], 'input.files.0.fileId', 'REQUEST_FILE_UNKNOWN'],
      [[mine, used], 'input.files.1.fileId', 'REQUEST_FILE_ATTACHED'],
      [[mine, mine], 'input.files.1.fileId', 'REQUEST_FILE_TWICE'],
    ];
    for (const [ids, path, reason] of cases) {
      const res = await create(
        base({ files: ids.map((fileId) => ({ fileId, fileName: 'a.pdf', noPhiConfirmed: true })) }),
      );
      expect(res.errors?.[0]?.extensions, `${reason} ${path}`).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason,
      });
      expect(field(res)?.field).toBe(path);
    }
    expect(await count()).toBe(before);
    // The refused request left the file unattached: it can still be attached once.
    const ok = await create(
      base({ files: [{ fileId: mine, fileName: 'a.pdf', noPhiConfirmed: true }] }),
    );
    expect(ok.errors).toBeUndefined();
  });
});
