import { concurrentEditOutcomes, startTestSubgraph, type TestSubgraph } from '@casework/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providersSubgraph } from '../index.js';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(providersSubgraph);
});
afterAll(() => subgraph.stop());

const PAIRS = 5;
const ONE_WINS = Array.from({ length: PAIRS }, () => ['CONFLICT', 'OK']);

async function data<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await subgraph.query<T>(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

async function newProvider(pair: number) {
  return (
    await data<{ registerProvider: { id: string; version: number } }>(
      `mutation($input: RegisterProviderInput!) { registerProvider(input: $input) { id version } }`,
      { input: { name: `Race ${pair} ${Math.random()}` } },
    )
  ).registerProvider;
}

describe('issue 14 item 8: concurrent writes of one version in the providers subgraph', () => {
  it('Provider: one of two concurrent updates wins, the other gets CONFLICT', async () => {
    const outcomes = await concurrentEditOutcomes(PAIRS, newProvider, (p, side) =>
      subgraph.query(
        `mutation($id: ID!, $input: UpdateProviderInput!) { updateProvider(id: $id, input: $input) { version } }`,
        { id: p.id, input: { version: p.version, name: `${side} name` } },
      ),
    );
    expect(outcomes).toEqual(ONE_WINS);
  });

  it('ProviderBranch: one of two concurrent updates wins, the other gets CONFLICT', async () => {
    const outcomes = await concurrentEditOutcomes(
      PAIRS,
      async (pair) =>
        (
          await data<{ addProviderBranch: { id: string; version: number } }>(
            `mutation($p: ID!) { addProviderBranch(providerId: $p, input: { name: "Branch", kind: BRANCH }) { id version } }`,
            { p: (await newProvider(pair)).id },
          )
        ).addProviderBranch,
      (b, side) =>
        subgraph.query(
          `mutation($id: ID!, $input: UpdateBranchInput!) { updateProviderBranch(id: $id, input: $input) { version } }`,
          { id: b.id, input: { version: b.version, name: `${side} branch` } },
        ),
    );
    expect(outcomes).toEqual(ONE_WINS);
  });

  it('ProviderContact: one of two concurrent updates wins, the other gets CONFLICT', async () => {
    const outcomes = await concurrentEditOutcomes(
      PAIRS,
      async (pair) =>
        (
          await data<{ addProviderContact: { id: string; version: number } }>(
            `mutation($p: ID!) { addProviderContact(providerId: $p, input: { name: "Contact" }) { id version } }`,
            { p: (await newProvider(pair)).id },
          )
        ).addProviderContact,
      (c, side) =>
        subgraph.query(
          `mutation($id: ID!, $input: UpdateContactInput!) { updateProviderContact(id: $id, input: $input) { version } }`,
          { id: c.id, input: { version: c.version, name: `${side} contact` } },
        ),
    );
    expect(outcomes).toEqual(ONE_WINS);
  });
});
