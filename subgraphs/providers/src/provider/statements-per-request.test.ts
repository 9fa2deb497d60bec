import { Role } from '@casework/kit';
import {
  countStatements,
  startTestSubgraph,
  testIdentity,
  type TestSubgraph,
} from '@casework/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providersSubgraph } from '../index.js';
import { Service } from '../service/service.entity.js';

// Issue 15: the statements a screen's request sends must not grow with the length of its list
// (no N+1 through field resolvers). Each operation is counted with a short and a long list.

const caseworker = testIdentity([Role.CASEWORKER]);
const PERSON = '0b9e5f5a-00aa-4000-8000-000000000001';
let subgraph: TestSubgraph;
let serviceId: string;

const PICKER = `query($serviceId: ID!) {
  providers(serviceId: $serviceId, first: 100) {
    nodes { id name allowedInquiryMethods { method allowed reason reasonCode }
      statistics(serviceId: $serviceId) { answeredCount positiveShare medianHoursToFirstResponse } }
  }
}`;
const INQUIRY_LIST = `query($filter: InquiryFilterInput, $first: Int!) {
  inquiries(filter: $filter, first: $first) {
    totalCount
    nodes { id reference status method sentAt periodFrom periodTo service { name } provider { id name } }
  }
}`;

/** Adds `count` providers of the service, each with two inquiries for the person. */
async function addProviders(from: number, count: number): Promise<void> {
  const execute = (sql: string) => subgraph.orm.em.getConnection().execute(sql);
  await execute(`insert into providers.provider (id, version, created_at, updated_at, reference, name, email, email_status)
    select gen_random_uuid(), 1, now(), now(), 'PR-S' || lpad(i::text, 6, '0'), 'Statement provider ' || i, 's' || i || '@p.test', 'OK'
    from generate_series(${from}, ${from + count - 1}) i`);
  await execute(`insert into providers.provider_service (provider_id, service_id)
    select id, '${serviceId}' from providers.provider p where reference like 'PR-S%'
      and not exists (select 1 from providers.provider_service s where s.provider_id = p.id)`);
  await execute(`insert into providers.inquiry (id, version, created_at, updated_at, reference, provider_id, service_id, person_id,
      period_from, period_to, details, method, status, sent_at, created_by_id, created_by, created_by_email,
      first_response_at, answered_at, answer_channel)
    select gen_random_uuid(), 1, now(), now(), 'IQ-S' || p.reference || '-' || k, p.id, '${serviceId}', '${PERSON}',
      date '2027-01-01', date '2027-01-31', 'statements', 'EMAIL', 'ANSWERED_AVAILABLE', now() - interval '2 days',
      'cw', 'Clara', 'clara@agency.test', now() - interval '1 day', now() - interval '1 day', 'EMAIL'
    from providers.provider p cross join generate_series(1, 2) k
    where p.reference like 'PR-S%' and not exists (select 1 from providers.inquiry q where q.provider_id = p.id)`);
}

async function statementsOf(query: string, variables: Record<string, unknown>): Promise<number> {
  return countStatements(async () => {
    const res = await subgraph.query(query, variables, caseworker);
    expect(res.errors).toBeUndefined();
  });
}

beforeAll(async () => {
  subgraph = await startTestSubgraph(providersSubgraph);
  const em = subgraph.orm.em.fork();
  serviceId = em.create(Service, { code: 'STATEMENTS', name: 'Statement counting' }).id;
  await em.flush();
}, 120_000);

afterAll(() => subgraph?.stop());

describe('statements per request do not grow with the list (issue 15, R1.9 picker, R1.1 list)', () => {
  it('provider picker and inquiry list: 3 providers and 40 providers take the same statements', async () => {
    await addProviders(1, 3);
    const short = {
      picker: await statementsOf(PICKER, { serviceId }),
      list: await statementsOf(INQUIRY_LIST, { filter: { personId: PERSON }, first: 50 }),
    };
    await addProviders(4, 37);
    const long = {
      picker: await statementsOf(PICKER, { serviceId }),
      list: await statementsOf(INQUIRY_LIST, { filter: { personId: PERSON }, first: 50 }),
    };
    const rows = await subgraph.query<{ inquiries: { nodes: unknown[] } }>(
      INQUIRY_LIST,
      { filter: { personId: PERSON }, first: 50 },
      caseworker,
    );
    expect(rows.data?.inquiries.nodes).toHaveLength(50);
    expect(short.picker).toBeGreaterThan(0);
    expect(long).toEqual(short);
  });
});
