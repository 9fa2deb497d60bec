import { Role } from '@casework/kit';
import { startTestSubgraph, testIdentity, type TestSubgraph } from '@casework/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casesSubgraph } from '../index.js';

// Issue 15: the persons search's word match runs on one generated, lower-cased column with a
// trigram index instead of ILIKE on four columns. These pin what a caseworker gets from it.

const PERSONS = `query($search: String, $first: Int!, $after: String) {
  persons(search: $search, first: $first, after: $after) {
    totalCount
    pageInfo { endCursor hasNextPage }
    nodes { reference givenName familyName email }
  }
}`;

interface Page {
  totalCount: number;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  nodes: { reference: string; givenName: string; familyName: string; email: string | null }[];
}

const caseworker = testIdentity([Role.CASEWORKER]);
let subgraph: TestSubgraph;

async function search(text: string, first = 20, after?: string | null): Promise<Page> {
  const res = await subgraph.query<{ persons: Page }>(
    PERSONS,
    { search: text, first, after: after ?? null },
    caseworker,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.persons;
}

const refs = async (text: string) => (await search(text)).nodes.map((n) => n.reference);

beforeAll(async () => {
  subgraph = await startTestSubgraph(casesSubgraph);
  await subgraph.orm.em.getConnection().execute(`insert into cases.person
      (id, reference, given_name, family_name, email, version, created_at, updated_at) values
    (gen_random_uuid(), 'P-QK000001', 'Xyla', 'Quokkamoor', 'xyla@wombat.test', 1, now(), now()),
    (gen_random_uuid(), 'P-QK000002', 'Yara', 'Quokkamoor', null, 1, now(), now()),
    (gen_random_uuid(), 'P-QK000003', 'Zeno', 'Bandicoot', 'ZENO@ZEBUMAIL.TEST', 1, now(), now()),
    (gen_random_uuid(), 'P-QK000004', 'Anouk', 'Quokkamoor', 'anouk@x.test', 1, now(), now())`);
}, 120_000);

afterAll(() => subgraph?.stop());

describe('persons search word match (issue 15)', () => {
  it('R4.5: a word matches the given name, family name, reference or e-mail, in any case', async () => {
    expect(await refs('XYLA')).toEqual(['P-QK000001']);
    expect(await refs('wombat')).toEqual(['P-QK000001']);
    expect(await refs('p-qk000003')).toEqual(['P-QK000003']);
    expect(await refs('zebumail')).toEqual(['P-QK000003']);
    // Sorted by family name, then given name (a missing e-mail is no obstacle).
    expect(await refs('QUOKKA')).toEqual(['P-QK000004', 'P-QK000001', 'P-QK000002']);
  });

  it('R4.5: every word must match, and no word matches across two fields', async () => {
    expect(await refs('wombat p-qk000001')).toEqual(['P-QK000001']);
    expect(await refs('wombat p-qk000002')).toEqual([]);
    // The end of one field and the start of the next are no match together.
    expect(await refs('moorp-qk')).toEqual([]);
    expect(await refs('000001xyla')).toEqual([]);
  });

  it('R4.5: counts every match and pages through them in order', async () => {
    const first = await search('quokka', 2);
    expect(first.totalCount).toBe(3);
    expect(first.nodes.map((n) => n.reference)).toEqual(['P-QK000004', 'P-QK000001']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await search('quokka', 2, first.pageInfo.endCursor);
    expect(second.nodes.map((n) => n.reference)).toEqual(['P-QK000002']);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('R4.5: a changed name or e-mail is found by its new text at once, not by its old one', async () => {
    await subgraph.orm.em
      .getConnection()
      .execute(
        `update cases.person set family_name = 'Numbatfield', email = 'anouk@echidna.test' where reference = 'P-QK000004'`,
      );
    expect(await refs('numbatfield')).toEqual(['P-QK000004']);
    expect(await refs('echidna')).toEqual(['P-QK000004']);
    expect(await refs('quokka')).toEqual(['P-QK000001', 'P-QK000002']);
  });
});
