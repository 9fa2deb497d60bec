import { Role } from '@casework/kit';
import {
  countStatements,
  startTestSubgraph,
  testIdentity,
  type TestSubgraph,
} from '@casework/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casesSubgraph } from '../index.js';

// Issue 15: the persons search sends the same statements for a short and a long result page.

const caseworker = testIdentity([Role.CASEWORKER]);
const PERSONS = `query($search: String, $first: Int!, $after: String) {
  persons(search: $search, first: $first, after: $after) {
    totalCount
    pageInfo { endCursor hasNextPage }
    nodes { id reference name dateOfBirth email phone }
  }
}`;
let subgraph: TestSubgraph;

async function addPersons(from: number, count: number): Promise<void> {
  await subgraph.orm.em.getConnection()
    .execute(`insert into cases.person (id, reference, given_name, family_name, date_of_birth, email, phone, version, created_at, updated_at)
    select gen_random_uuid(), 'P-S' || lpad(i::text, 6, '0'), 'Anna', 'Statementi ' || i, date '1980-01-01' + i,
      'anna' || i || '@p.test', '+41 31 000 00 00', 1, now(), now()
    from generate_series(${from}, ${from + count - 1}) i`);
}

async function statements(): Promise<{ count: number; rows: number }> {
  let rows = 0;
  const count = await countStatements(async () => {
    const res = await subgraph.query<{ persons: { nodes: unknown[] } }>(
      PERSONS,
      { search: 'Statementi', first: 20, after: null },
      caseworker,
    );
    expect(res.errors).toBeUndefined();
    rows = res.data!.persons.nodes.length;
  });
  return { count, rows };
}

beforeAll(async () => {
  subgraph = await startTestSubgraph(casesSubgraph);
}, 120_000);

afterAll(() => subgraph?.stop());

describe('statements per request do not grow with the list (issue 15)', () => {
  it('persons search: a page of 3 and a page of 20 take the same statements', async () => {
    await addPersons(1, 3);
    const short = await statements();
    await addPersons(4, 37);
    const long = await statements();
    expect([short.rows, long.rows]).toEqual([3, 20]);
    expect(short.count).toBeGreaterThan(0);
    expect(long.count).toBe(short.count);
  });
});
