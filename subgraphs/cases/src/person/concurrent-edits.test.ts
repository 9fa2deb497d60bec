import { concurrentEditOutcomes, startTestSubgraph, type TestSubgraph } from '@casework/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casesSubgraph } from '../index.js';
import { admin, caseworker, ok, registerPerson } from '../testing/cases-test-kit.js';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(casesSubgraph);
});
afterAll(() => subgraph.stop());

const PAIRS = 5;
const ONE_WINS = Array.from({ length: PAIRS }, () => ['CONFLICT', 'OK']);

describe('issue 14 item 8: concurrent writes of one version in the cases subgraph', () => {
  it('Person: one of two concurrent updates wins, the other gets CONFLICT', async () => {
    const outcomes = await concurrentEditOutcomes(
      PAIRS,
      (pair) => registerPerson(subgraph, { givenName: `Race${pair}`, familyName: 'Pair' }),
      (p, side) =>
        subgraph.query(
          `mutation($id: ID!, $input: UpdatePersonInput!) { updatePerson(id: $id, input: $input) { version } }`,
          { id: p.id, input: { version: p.version, givenName: side } },
          caseworker,
        ),
    );
    expect(outcomes).toEqual(ONE_WINS);
  });

  it('CaseType: one of two concurrent updates wins, the other gets CONFLICT', async () => {
    const outcomes = await concurrentEditOutcomes(
      PAIRS,
      async (pair) =>
        (
          await ok<{ createCaseType: { id: string; version: number } }>(
            subgraph,
            `mutation($name: String!) { createCaseType(input: { name: $name }) { id version } }`,
            { name: `Race type ${pair}` },
            admin,
          )
        ).createCaseType,
      (t, side) =>
        subgraph.query(
          `mutation($id: ID!, $input: UpdateNamedInput!) { updateCaseType(id: $id, input: $input) { version } }`,
          { id: t.id, input: { version: t.version, name: `${side} ${t.id.slice(0, 6)}` } },
          admin,
        ),
    );
    expect(outcomes).toEqual(ONE_WINS);
  });
});
