import { Role } from '@casework/kit';
import {
  pendingSchemaChanges,
  startTestSubgraph,
  testIdentity,
  type TestSubgraph,
} from '@casework/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casesSubgraph } from '../index.js';
import { FULL_DETAILS } from '../testing/cases-test-kit.js';

const REGISTER = /* GraphQL */ `
  mutation Register($input: RegisterPersonInput!) {
    registerPerson(input: $input) {
      id
      reference
      name
      givenName
      familyName
      dateOfBirth
      email
      version
      address {
        city
        country
      }
    }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation Update($id: ID!, $input: UpdatePersonInput!) {
    updatePerson(id: $id, input: $input) {
      id
      givenName
      email
      version
    }
  }
`;
const PERSONS = /* GraphQL */ `
  query Persons($search: String, $first: Int, $after: String) {
    persons(search: $search, first: $first, after: $after) {
      totalCount
      nodes {
        familyName
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`;

interface Registered {
  registerPerson: { id: string; reference: string; name: string; version: number };
}

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(casesSubgraph);
});
afterAll(() => subgraph.stop());

async function register(input: Record<string, unknown>) {
  const res = await subgraph.query<Registered>(REGISTER, { input: { ...FULL_DETAILS, ...input } });
  expect(res.errors).toBeUndefined();
  return res.data!.registerPerson;
}

describe('persons (cases subgraph)', () => {
  it('migrations match the entities (drift check)', async () => {
    expect(await pendingSchemaChanges(casesSubgraph)).toBe('');
  });

  it('registers a person with a reference number and reads it back', async () => {
    const person = await register({
      givenName: 'Erika',
      familyName: 'Mustermann',
      dateOfBirth: '1964-08-12',
      email: 'Erika@Example.org',
      address: { line1: 'Heidestraße 17', postalCode: '51147', city: 'Köln', country: 'DE' },
    });
    expect(person.reference).toMatch(/^P-[0-9A-Z]{8}$/);
    expect(person.name).toBe('Erika Mustermann');
    const res = await subgraph.query<{ person: { email: string; address: { city: string } } }>(
      'query($id: ID!) { person(id: $id) { email address { city } } }',
      { id: person.id },
    );
    expect(res.data?.person).toEqual({ email: 'erika@example.org', address: { city: 'Köln' } });
  });

  it('refuses bad input naming each field, and stores nothing', async () => {
    const before = await subgraph.query<{ persons: { totalCount: number } }>(PERSONS, {});
    // The kit's text policy (issue 14 item 5) answers first: every blank required text at once.
    const blank = await subgraph.query(REGISTER, {
      input: { givenName: '', familyName: ' ', email: 'not-an-email', dateOfBirth: '1990-02-31' },
    });
    expect(blank.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'input.givenName', code: 'BLANK' }),
      expect.objectContaining({ field: 'input.familyName', code: 'BLANK' }),
    ]);
    const res = await subgraph.query(REGISTER, {
      input: { givenName: 'Y', familyName: 'X', email: 'not-an-email', dateOfBirth: '1990-02-31' },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (res.errors?.[0]?.extensions?.fields as { field: string }[]).map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['input.email', 'input.dateOfBirth']));
    const after = await subgraph.query<{ persons: { totalCount: number } }>(PERSONS, {});
    expect(after.data?.persons.totalCount).toBe(before.data?.persons.totalCount);
  });

  it('refuses a date of birth in the future', async () => {
    const res = await subgraph.query(REGISTER, {
      input: { givenName: 'A', familyName: 'B', dateOfBirth: '2999-01-01' },
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.dateOfBirth' }],
    });
  });

  it('updates with the current version and refuses a stale one with CONFLICT', async () => {
    const person = await register({ givenName: 'Max', familyName: 'Muster' });
    const first = await subgraph.query<{ updatePerson: { version: number; givenName: string } }>(
      UPDATE,
      {
        id: person.id,
        input: { version: person.version, givenName: 'Maximilian' },
      },
    );
    expect(first.data?.updatePerson).toMatchObject({
      givenName: 'Maximilian',
      version: person.version + 1,
    });
    const stale = await subgraph.query(UPDATE, {
      id: person.id,
      input: { version: person.version, givenName: 'Moritz' },
    });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const now = await subgraph.query<{ person: { givenName: string } }>(
      'query($id: ID!) { person(id: $id) { givenName } }',
      { id: person.id },
    );
    expect(now.data?.person.givenName).toBe('Maximilian');
  });

  it('refuses clearing a required name on update', async () => {
    const person = await register({ givenName: 'Karl', familyName: 'Klar' });
    const res = await subgraph.query(UPDATE, {
      id: person.id,
      input: { version: person.version, familyName: null },
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.familyName' }],
    });
  });

  it('answers NOT_FOUND for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
    const missing = await subgraph.query(
      '{ person(id: "00000000-0000-4000-8000-000000000000") { id } }',
    );
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const malformed = await subgraph.query('{ person(id: "42") { id } }');
    expect(malformed.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'id' }],
    });
  });

  it('searches by name words and pages with a cursor', async () => {
    for (const familyName of ['Pagetest-A', 'Pagetest-B', 'Pagetest-C']) {
      await register({ givenName: 'Paula', familyName });
    }
    const page1 = await subgraph.query<{
      persons: {
        totalCount: number;
        nodes: { familyName: string }[];
        pageInfo: { endCursor: string; hasNextPage: boolean };
      };
    }>(PERSONS, { search: 'paula pagetest', first: 2 });
    expect(page1.data?.persons.totalCount).toBe(3);
    expect(page1.data?.persons.nodes.map((n) => n.familyName)).toEqual([
      'Pagetest-A',
      'Pagetest-B',
    ]);
    expect(page1.data?.persons.pageInfo.hasNextPage).toBe(true);
    const page2 = await subgraph.query<{
      persons: { nodes: { familyName: string }[]; pageInfo: { hasNextPage: boolean } };
    }>(PERSONS, {
      search: 'paula pagetest',
      first: 2,
      after: page1.data?.persons.pageInfo.endCursor,
    });
    expect(page2.data?.persons.nodes.map((n) => n.familyName)).toEqual(['Pagetest-C']);
    expect(page2.data?.persons.pageInfo.hasNextPage).toBe(false);
  });

  it('treats LIKE wildcards in a search as plain characters', async () => {
    const res = await subgraph.query<{ persons: { totalCount: number } }>(PERSONS, { search: '%' });
    expect(res.data?.persons.totalCount).toBe(0);
  });

  it('forbids provider users from reading or registering persons', async () => {
    const provider = testIdentity([Role.PROVIDER_USER], {
      organisationId: '0b9e5f5a-0002-4000-8000-000000000001',
    });
    const read = await subgraph.query(PERSONS, {}, provider);
    expect(read.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const write = await subgraph.query(
      REGISTER,
      { input: { givenName: 'A', familyName: 'B' } },
      provider,
    );
    expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses calls without the internal token', async () => {
    const res = await fetch(subgraph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ persons { totalCount } }' }),
    });
    expect(res.status).toBe(401);
  });
});
