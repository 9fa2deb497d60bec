import { startTestSubgraph, type TestSubgraph } from '@casework/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casesSubgraph } from '../index.js';
import {
  FULL_DETAILS,
  configure,
  ok,
  providerUser,
  refusedWith,
  registerPerson,
  setSettings,
  todayIso,
} from '../testing/cases-test-kit.js';

const CREATE = `mutation($input: CreateIntegratedCaseInput!) {
  createIntegratedCase(input: $input) {
    id reference status origin startDate version
    caseType { name }
    primaryClient { id name kind }
    members { role startDate endDate person { name } }
  }
}`;
const CASE = `query($id: ID!) {
  integratedCase(id: $id) {
    status version closedOn outcome closureReason { name }
    history { event by reason detail }
    auditTrail { entityType action actor changes { field oldValue newValue } }
    productDeliveries { id version product status }
    serviceDeliveries { id version service status provider { id } }
    referrals { service status provider { id } }
  }
}`;
const CLOSE = `mutation($id: ID!, $input: CloseCaseInput!) {
  closeIntegratedCase(id: $id, input: $input) { status version closedOn outcome }
}`;
const REOPEN = `mutation($id: ID!, $input: ReopenCaseInput!) {
  reopenIntegratedCase(id: $id, input: $input) { status version }
}`;
const ADD_PD = `mutation($caseId: ID!, $input: ProductDeliveryInput!) {
  addProductDelivery(caseId: $caseId, input: $input) { id version status }
}`;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const PROVIDER = '0b9e5f5a-0002-4000-8000-000000000001';
/** A catalogue service id; whether the provider offers it is checked end to end (letters.api). */
const SERVICE = '0b9e5f5a-0004-4000-8000-000000000001';

interface CaseData {
  integratedCase: {
    status: string;
    version: number;
    history: { event: string; by: string; reason: string | null; detail: string | null }[];
    auditTrail: {
      entityType: string;
      action: string;
      changes: { field: string; oldValue: string | null; newValue: string | null }[];
    }[];
    productDeliveries: { id: string; version: number; status: string }[];
    serviceDeliveries: { service: string; provider: { id: string } | null }[];
    referrals: { service: string; status: string; provider: { id: string } | null }[];
  };
}

let subgraph: TestSubgraph;
let config: Awaited<ReturnType<typeof configure>>;
let anna: string;
let ben: string;

beforeAll(async () => {
  subgraph = await startTestSubgraph(casesSubgraph);
  config = await configure(subgraph);
  anna = (await registerPerson(subgraph, { givenName: 'Anna', familyName: 'Kowalski' })).id;
  ben = (await registerPerson(subgraph, { givenName: 'Ben', familyName: 'Kowalski' })).id;
});
afterAll(() => subgraph.stop());

async function createCase(extra: Record<string, unknown> = {}) {
  const data = await ok<{
    createIntegratedCase: { id: string; version: number; reference: string; status: string };
  }>(subgraph, CREATE, {
    input: {
      caseTypeId: config.caseTypeId,
      primaryClientId: anna,
      startDate: '2026-01-01',
      ...extra,
    },
  });
  return data.createIntegratedCase;
}

const readCase = (id: string) => ok<CaseData>(subgraph, CASE, { id }).then((d) => d.integratedCase);

describe('integrated cases (R4)', () => {
  it('R4.6, R4.5: a standalone case has the chosen type, the primary client and members with roles and end dates; status OPEN (R4.7)', async () => {
    const data = await ok<{ createIntegratedCase: Record<string, unknown> }>(subgraph, CREATE, {
      input: {
        caseTypeId: config.caseTypeId,
        primaryClientId: anna,
        startDate: '2026-01-01',
        members: [{ personId: ben, role: 'SPOUSE', endDate: '2026-12-31' }],
      },
    });
    expect(data.createIntegratedCase).toMatchObject({
      status: 'OPEN',
      origin: 'MANUAL',
      caseType: { name: 'Family support' },
      primaryClient: { id: anna },
      members: [
        {
          role: 'PRIMARY_CLIENT',
          startDate: '2026-01-01',
          endDate: null,
          person: { name: 'Anna Kowalski' },
        },
        {
          role: 'SPOUSE',
          startDate: '2026-01-01',
          endDate: '2026-12-31',
          person: { name: 'Ben Kowalski' },
        },
      ],
    });
  });

  it('R4.5: registers the primary client as a prospect in the same step', async () => {
    const data = await ok<{
      createIntegratedCase: { primaryClient: { name: string; kind: string } };
    }>(subgraph, CREATE, {
      input: {
        caseTypeId: config.caseTypeId,
        newPrimaryClient: { givenName: 'Pia', familyName: 'Prospect', prospect: true },
      },
    });
    expect(data.createIntegratedCase.primaryClient).toMatchObject({
      name: 'Pia Prospect',
      kind: 'PROSPECT',
    });
  });

  it('R4.5: a primary client registered in the same step as a person needs full details', async () => {
    const refused = await refusedWith(subgraph, CREATE, {
      input: {
        caseTypeId: config.caseTypeId,
        newPrimaryClient: { givenName: 'Paul', familyName: 'Person', prospect: false },
      },
    });
    expect(refused.extensions?.fields).toEqual([
      {
        field: 'input.newPrimaryClient.dateOfBirth',
        message: 'a person needs a date of birth',
        code: 'DATE_OF_BIRTH_REQUIRED',
        params: {},
      },
      {
        field: 'input.newPrimaryClient.address',
        message: 'a person needs an address',
        code: 'ADDRESS_REQUIRED',
        params: {},
      },
    ]);
    const data = await ok<{
      createIntegratedCase: { primaryClient: { name: string; kind: string } };
    }>(subgraph, CREATE, {
      input: {
        caseTypeId: config.caseTypeId,
        newPrimaryClient: {
          givenName: 'Paul',
          familyName: 'Person',
          prospect: false,
          ...FULL_DETAILS,
        },
      },
    });
    expect(data.createIntegratedCase.primaryClient).toMatchObject({ kind: 'PERSON' });
  });

  it('refuses a member end date before the case start (with its code and params), unknown ids, and both or neither client; nothing is stored', async () => {
    const before = await ok<{ integratedCases: { totalCount: number } }>(
      subgraph,
      '{ integratedCases { totalCount } }',
    );
    const early = await refusedWith(subgraph, CREATE, {
      input: {
        caseTypeId: config.caseTypeId,
        primaryClientId: anna,
        startDate: '2026-03-01',
        members: [{ personId: ben, role: 'CHILD', endDate: '2026-02-28' }],
      },
    });
    // Issue 18: the rule's stable code and its parameters beside the English message.
    const dates = { property: 'endDate', date: '2026-02-28', caseStart: '2026-03-01' };
    expect(early.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'DATE_BEFORE_CASE_START',
      params: dates,
      fields: [
        {
          field: 'input.members.0.endDate',
          message: 'endDate (2026-02-28) must not be before the case start (2026-03-01)',
          code: 'DATE_BEFORE_CASE_START',
          params: dates,
        },
      ],
    });
    const unknownType = await refusedWith(subgraph, CREATE, {
      input: { caseTypeId: UNKNOWN, primaryClientId: anna },
    });
    expect(unknownType.extensions).toMatchObject({
      code: 'NOT_FOUND',
      entity: 'CaseType',
      reason: 'NOT_FOUND',
      params: { entity: 'CaseType', id: UNKNOWN },
    });
    const unknownPerson = await refusedWith(subgraph, CREATE, {
      input: { caseTypeId: config.caseTypeId, primaryClientId: UNKNOWN },
    });
    expect(unknownPerson.extensions).toMatchObject({ code: 'NOT_FOUND', entity: 'Person' });
    const neither = await refusedWith(subgraph, CREATE, {
      input: { caseTypeId: config.caseTypeId },
    });
    expect(neither.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.primaryClientId' }],
    });
    const after = await ok<{ integratedCases: { totalCount: number } }>(
      subgraph,
      '{ integratedCases { totalCount } }',
    );
    expect(after.integratedCases.totalCount).toBe(before.integratedCases.totalCount);
  });

  it('R4.7: closes with a configured reason, date and outcome, reopens with a reason; the history shows who, when and why', async () => {
    const created = await createCase();
    const closed = await ok<{ closeIntegratedCase: { status: string; version: number } }>(
      subgraph,
      CLOSE,
      {
        id: created.id,
        input: {
          version: created.version,
          reasonId: config.closureReasonId,
          closedOn: todayIso(),
          outcome: 'Back in work',
        },
      },
    );
    expect(closed.closeIntegratedCase.status).toBe('CLOSED');
    const reopened = await ok<{ reopenIntegratedCase: { status: string } }>(subgraph, REOPEN, {
      id: created.id,
      input: {
        version: closed.closeIntegratedCase.version,
        reasonId: config.reopeningReasonId,
        comment: 'Lost the job',
      },
    });
    expect(reopened.reopenIntegratedCase.status).toBe('OPEN');
    const read = await readCase(created.id);
    expect(read.history.map((h) => [h.event, h.by, h.reason, h.detail])).toEqual([
      ['REOPENED', 'Clara Caseworker', 'Applied again', 'Lost the job'],
      ['CLOSED', 'Clara Caseworker', 'Needs met', 'Back in work'],
      ['CREATED', 'Clara Caseworker', null, null],
    ]);
  });

  it('R4.7: refuses closing a closed case and reopening an open one, naming the problem; nothing changes', async () => {
    const created = await createCase();
    const reopenOpen = await refusedWith(subgraph, REOPEN, {
      id: created.id,
      input: { version: created.version, reasonId: config.reopeningReasonId },
    });
    expect(reopenOpen.extensions).toMatchObject({ code: 'BAD_USER_INPUT', status: 'OPEN' });
    expect(reopenOpen.message).toMatch(/is open; only a closed case can be reopened/);
    const closed = await ok<{ closeIntegratedCase: { version: number } }>(subgraph, CLOSE, {
      id: created.id,
      input: {
        version: created.version,
        reasonId: config.closureReasonId,
        closedOn: todayIso(),
        outcome: 'Done',
      },
    });
    const again = await refusedWith(subgraph, CLOSE, {
      id: created.id,
      input: {
        version: closed.closeIntegratedCase.version,
        reasonId: config.closureReasonId,
        closedOn: todayIso(),
        outcome: 'Twice',
      },
    });
    expect(again.message).toMatch(/is already closed/);
    const read = await readCase(created.id);
    expect(read.history.filter((h) => h.event === 'CLOSED')).toHaveLength(1);
    expect(read.version).toBe(closed.closeIntegratedCase.version);
  });

  it('R4.7: a reopening reason cannot close a case, and an unknown reason is NOT_FOUND', async () => {
    const created = await createCase();
    const wrongKind = await refusedWith(subgraph, CLOSE, {
      id: created.id,
      input: {
        version: created.version,
        reasonId: config.reopeningReasonId,
        closedOn: todayIso(),
        outcome: 'x',
      },
    });
    expect(wrongKind.extensions).toMatchObject({ fields: [{ field: 'input.reasonId' }] });
    const unknown = await refusedWith(subgraph, CLOSE, {
      id: created.id,
      input: { version: created.version, reasonId: UNKNOWN, closedOn: todayIso(), outcome: 'x' },
    });
    expect(unknown.extensions).toMatchObject({ code: 'NOT_FOUND', entity: 'CaseReason' });
    const unknownCase = await refusedWith(subgraph, CLOSE, {
      id: UNKNOWN,
      input: { version: 1, reasonId: config.closureReasonId, closedOn: todayIso(), outcome: 'x' },
    });
    expect(unknownCase.extensions).toMatchObject({ code: 'NOT_FOUND', entity: 'IntegratedCase' });
  });

  it('R4.7: while the agency keeps cases with active deliveries open, closing is refused listing what is active; the agency setting allows it', async () => {
    const created = await createCase();
    const pd = await ok<{ addProductDelivery: { id: string; version: number } }>(subgraph, ADD_PD, {
      caseId: created.id,
      input: { product: 'Housing benefit', periodFrom: '2026-01-01' },
    });
    await ok(
      subgraph,
      `mutation($caseId: ID!) { addServiceDelivery(caseId: $caseId, input: { service: "Home care", providerId: "${PROVIDER}", periodFrom: "2026-02-01" }) { id } }`,
      { caseId: created.id },
    );
    const version = (await readCase(created.id)).version;
    const close = (v: number) => ({
      id: created.id,
      input: {
        version: v,
        reasonId: config.closureReasonId,
        closedOn: todayIso(),
        outcome: 'Done',
      },
    });
    const blocked = await refusedWith(subgraph, CLOSE, close(version));
    expect(blocked.extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'R4.7' });
    expect(blocked.extensions?.active).toEqual([
      expect.stringMatching(/^product delivery Housing benefit \(PD-\w+, ACTIVE\)$/),
      'service delivery Home care (PLANNED)',
    ]);
    expect((await readCase(created.id)).status).toBe('OPEN');
    await setSettings(subgraph, { allowClosingWithActiveDeliveries: true });
    try {
      const closed = await ok<{ closeIntegratedCase: { status: string } }>(
        subgraph,
        CLOSE,
        close(version),
      );
      expect(closed.closeIntegratedCase.status).toBe('CLOSED');
    } finally {
      await setSettings(subgraph, { allowClosingWithActiveDeliveries: false });
    }
    expect(pd.addProductDelivery.id).toBeTruthy();
  });

  it('R4.7: once its deliveries have ended, the case closes without the agency setting', async () => {
    const created = await createCase();
    const { addProductDelivery } = await ok<{
      addProductDelivery: { id: string; version: number };
    }>(subgraph, ADD_PD, {
      caseId: created.id,
      input: { product: 'Heating allowance', periodFrom: '2026-01-01' },
    });
    await ok(
      subgraph,
      'mutation($id: ID!, $input: ProductDeliveryStatusInput!) { setProductDeliveryStatus(id: $id, input: $input) { status } }',
      {
        id: addProductDelivery.id,
        input: { version: addProductDelivery.version, status: 'CLOSED' },
      },
    );
    const version = (await readCase(created.id)).version;
    const closed = await ok<{ closeIntegratedCase: { status: string } }>(subgraph, CLOSE, {
      id: created.id,
      input: { version, reasonId: config.closureReasonId, closedOn: todayIso(), outcome: 'Ended' },
    });
    expect(closed.closeIntegratedCase.status).toBe('CLOSED');
  });

  it('refuses a later member end date before the member\u2019s start, and adding to a closed case', async () => {
    const created = await createCase({ startDate: '2026-02-01' });
    const { addCaseMember } = await ok<{ addCaseMember: { id: string; version: number } }>(
      subgraph,
      'mutation($caseId: ID!, $input: CaseMemberInput!) { addCaseMember(caseId: $caseId, input: $input) { id version } }',
      { caseId: created.id, input: { personId: ben, role: 'PARTNER' } },
    );
    const early = await refusedWith(
      subgraph,
      'mutation($id: ID!, $input: UpdateCaseMemberInput!) { updateCaseMember(id: $id, input: $input) { endDate } }',
      { id: addCaseMember.id, input: { version: addCaseMember.version, endDate: '2026-01-31' } },
    );
    expect(early.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.endDate' }],
    });
    const version = (await readCase(created.id)).version;
    await ok(subgraph, CLOSE, {
      id: created.id,
      input: { version, reasonId: config.closureReasonId, closedOn: todayIso(), outcome: 'x' },
    });
    const closed = await refusedWith(subgraph, ADD_PD, {
      caseId: created.id,
      input: { product: 'X', periodFrom: '2026-03-01' },
    });
    expect(closed.message).toMatch(/is closed; reopen it/);
  });

  it('R2.1, R2.2, R2.5: a referral with letters queues one referral-made event with the client facts and both texts', async () => {
    const created = await createCase();
    const LETTERS = `mutation($caseId: ID!, $input: ReferralInput!) { addReferral(caseId: $caseId, input: $input) { id } }`;
    const letters = {
      clientText: 'Für Sie',
      providerText: 'Für den Dienst',
      delivery: 'PRINT_LATER',
    };
    const made = await ok<{ addReferral: { id: string } }>(subgraph, LETTERS, {
      caseId: created.id,
      input: { service: 'Pflege', providerId: PROVIDER, serviceId: SERVICE, letters },
    });
    const jobs = await subgraph.orm.em
      .getConnection()
      .execute<{ data: Record<string, unknown> }[]>(
        `select data from pgboss.job where name = 'communications.referral-made' and data->>'referralId' = ?`,
        [made.addReferral.id],
      );
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.data).toMatchObject({
      version: 1,
      delivery: 'PRINT_LATER',
      caseReference: created.reference,
      serviceName: 'Pflege',
      client: { personId: anna, name: 'Anna Kowalski', text: 'Für Sie' },
      provider: { providerId: PROVIDER, text: 'Für den Dienst' },
    });
    // Letters need a provider: refused with the field, and no referral is stored.
    const before = (await readCase(created.id)).referrals.length;
    const refused = await refusedWith(subgraph, LETTERS, {
      caseId: created.id,
      input: { service: 'Pflege', letters },
    });
    expect(refused.extensions).toMatchObject({ fields: [{ field: 'input.providerId' }] });
    expect((await readCase(created.id)).referrals).toHaveLength(before);
  });

  it('R2.1, R4.4: a referral to a provider names the catalogue service (serviceId); without it, refused with the field and nothing stored', async () => {
    const created = await createCase();
    const REFER = `mutation($caseId: ID!, $input: ReferralInput!) { addReferral(caseId: $caseId, input: $input) { id } }`;
    const noService = await refusedWith(subgraph, REFER, {
      caseId: created.id,
      input: { service: 'Pflege', providerId: PROVIDER },
    });
    expect(noService.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.serviceId', code: 'REQUIRED' }],
    });
    const noProvider = await refusedWith(subgraph, REFER, {
      caseId: created.id,
      input: { service: 'Pflege', serviceId: SERVICE },
    });
    expect(noProvider.extensions).toMatchObject({
      fields: [{ field: 'input.providerId', code: 'REQUIRED' }],
    });
    expect((await readCase(created.id)).referrals).toHaveLength(0);
  });

  it('R4.3, R4.4: a case holds product deliveries, service deliveries and referrals; providers are federation references', async () => {
    const created = await createCase();
    await ok(subgraph, ADD_PD, {
      caseId: created.id,
      input: { product: 'Child benefit', periodFrom: '2026-01-01' },
    });
    await ok(
      subgraph,
      `mutation($caseId: ID!) { addReferral(caseId: $caseId, input: { service: "Debt advice", providerId: "${PROVIDER}", serviceId: "${SERVICE}" }) { status } }`,
      { caseId: created.id },
    );
    const read = await readCase(created.id);
    expect(read.productDeliveries.map((p) => p.status)).toEqual(['ACTIVE']);
    expect(read.referrals).toEqual([
      { service: 'Debt advice', status: 'OPEN', provider: { id: PROVIDER } },
    ]);
    const badPeriod = await refusedWith(subgraph, ADD_PD, {
      caseId: created.id,
      input: { product: 'X', periodFrom: '2026-05-01', periodTo: '2026-04-30' },
    });
    expect(badPeriod.extensions).toMatchObject({ fields: [{ field: 'input.periodTo' }] });
  });

  it('R6.3: closing is audited with old and new values and who did it', async () => {
    const created = await createCase();
    await ok(subgraph, CLOSE, {
      id: created.id,
      input: {
        version: created.version,
        reasonId: config.closureReasonId,
        closedOn: todayIso(),
        outcome: 'Moved away',
      },
    });
    const read = await readCase(created.id);
    const closing = read.auditTrail.find((a) => a.action === 'CLOSED');
    expect(closing).toMatchObject({ entityType: 'IntegratedCase' });
    expect(closing?.changes).toEqual(
      expect.arrayContaining([
        { field: 'status', oldValue: 'OPEN', newValue: 'CLOSED' },
        { field: 'closureReason', oldValue: null, newValue: 'Needs met' },
        { field: 'outcome', oldValue: null, newValue: 'Moved away' },
      ]),
    );
  });

  it('provider users can neither read nor create cases', async () => {
    const read = await refusedWith(
      subgraph,
      '{ integratedCases { totalCount } }',
      {},
      providerUser,
    );
    expect(read.extensions?.code).toBe('FORBIDDEN');
    const create = await refusedWith(
      subgraph,
      CREATE,
      { input: { caseTypeId: config.caseTypeId, primaryClientId: anna } },
      providerUser,
    );
    expect(create.extensions?.code).toBe('FORBIDDEN');
  });
});
