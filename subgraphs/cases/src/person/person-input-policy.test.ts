import { startTestSubgraph, type TestSubgraph } from '@casework/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casesSubgraph } from '../index.js';
import { FULL_DETAILS, ok, refusedWith } from '../testing/cases-test-kit.js';

const REGISTER = /* GraphQL */ `
  mutation Register($input: RegisterPersonInput!) {
    registerPerson(input: $input) {
      id
      givenName
      familyName
    }
  }
`;
const PERSONS = /* GraphQL */ `
  query Persons($search: String) {
    persons(search: $search) {
      totalCount
    }
  }
`;
const DUPLICATES = /* GraphQL */ `
  query Duplicates($givenName: String!, $familyName: String!) {
    possibleDuplicates(givenName: $givenName, familyName: $familyName) {
      id
    }
  }
`;

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(casesSubgraph);
});
afterAll(async () => subgraph?.stop());

const register = (names: Record<string, unknown>) =>
  refusedWith(subgraph, REGISTER, { input: { ...FULL_DETAILS, ...names } });

async function personCount(): Promise<number> {
  return (await ok<{ persons: { totalCount: number } }>(subgraph, PERSONS, {})).persons.totalCount;
}

describe('issue 14 item 5: the kit text input policy in the cases subgraph', () => {
  it('refuses a NUL byte with the field named and code CONTROL_CHARACTER, storing nothing', async () => {
    const before = await personCount();
    const error = await register({ givenName: 'Ada\u0000', familyName: 'Lovelace' });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'input.givenName', code: 'CONTROL_CHARACTER' }),
    ]);
    expect(await personCount()).toBe(before);
  });

  it('refuses a lone UTF-16 surrogate (also in an email and a nested address) with each field named', async () => {
    const error = await register({
      givenName: 'Ada',
      familyName: 'Love\uD800lace',
      email: 'ada\uDC00@example.org',
      address: { ...FULL_DETAILS.address, city: 'Ber\uD83Dlin' },
    });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = error.extensions?.fields as { field: string; code: string }[];
    expect(fields.map((f) => [f.field, f.code]).sort()).toEqual([
      ['input.address.city', 'INVALID_UNICODE'],
      ['input.email', 'INVALID_UNICODE'],
      ['input.familyName', 'INVALID_UNICODE'],
    ]);
  });

  it('refuses whitespace-only required names with code BLANK', async () => {
    const error = await register({ givenName: '   ', familyName: '\t\n' });
    expect(error.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'input.givenName', code: 'BLANK' }),
      expect.objectContaining({ field: 'input.familyName', code: 'BLANK' }),
    ]);
  });

  it('refuses a text over its documented limit with code TOO_LONG', async () => {
    const error = await register({ givenName: 'A'.repeat(201), familyName: 'Lovelace' });
    expect(error.extensions?.fields).toEqual([
      expect.objectContaining({
        field: 'input.givenName',
        code: 'TOO_LONG',
        message: 'input.givenName must be at most 200 characters',
      }),
    ]);
  });

  it('stores names trimmed and in Unicode NFC (a decomposed "é" becomes one character)', async () => {
    const data = await ok<{ registerPerson: { givenName: string; familyName: string } }>(
      subgraph,
      REGISTER,
      { input: { ...FULL_DETAILS, givenName: '  Rene\u0301 ', familyName: 'Lovelace\n' } },
    );
    expect(data.registerPerson.givenName).toBe('Ren\u00e9');
    expect(data.registerPerson.familyName).toBe('Lovelace');
  });
});

describe('issue 14 item 6: bounded search terms', () => {
  it('persons(search:) with a 100 kB word is refused fast with TOO_LONG', async () => {
    const started = Date.now();
    const error = await refusedWith(subgraph, PERSONS, { search: 'x'.repeat(100_000) });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(error.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'search', code: 'TOO_LONG' }),
    ]);
  });

  it('possibleDuplicates with 200 kB names is refused fast with both fields named', async () => {
    const started = Date.now();
    const error = await refusedWith(subgraph, DUPLICATES, {
      givenName: 'a'.repeat(200_000),
      familyName: 'b'.repeat(200_000),
    });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(error.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'givenName', code: 'TOO_LONG' }),
      expect.objectContaining({ field: 'familyName', code: 'TOO_LONG' }),
    ]);
  });
});
