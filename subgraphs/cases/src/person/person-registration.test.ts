import { startTestSubgraph, type TestSubgraph } from '@casework/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casesSubgraph } from '../index.js';
import { ok, refusedWith, registerPerson } from '../testing/cases-test-kit.js';

const SEARCH = `query($search: String, $kind: PersonKind) {
  persons(search: $search, kind: $kind, first: 50) { totalCount nodes { name kind } }
}`;
const PROSPECT = `mutation($input: RegisterProspectPersonInput!) {
  registerProspectPerson(input: $input) { id kind version reference }
}`;
const CONVERT = `mutation($id: ID!, $input: UpdatePersonInput!) {
  convertProspectToPerson(id: $id, input: $input) { kind dateOfBirth version }
}`;
const DUPLICATES = `query($givenName: String!, $familyName: String!, $dateOfBirth: String) {
  possibleDuplicates(givenName: $givenName, familyName: $familyName, dateOfBirth: $dateOfBirth) { name dateOfBirth }
}`;

let subgraph: TestSubgraph;
const search = async (text: string, kind?: string) =>
  (
    await ok<{ persons: { nodes: { name: string; kind: string }[] } }>(subgraph, SEARCH, {
      search: text,
      kind,
    })
  ).persons.nodes.map((n) => n.name);

beforeAll(async () => {
  subgraph = await startTestSubgraph(casesSubgraph);
  await registerPerson(subgraph, {
    givenName: 'Katharina',
    familyName: 'Schmidt',
    dateOfBirth: '1971-05-04',
  });
  await registerPerson(subgraph, {
    givenName: 'Giuseppe',
    familyName: 'Esposito',
    dateOfBirth: '1990-11-30',
  });
  // A prospect: no date of birth known.
  await ok(subgraph, PROSPECT, { input: { givenName: 'Otto', familyName: 'Berg' } });
});
afterAll(() => subgraph.stop());

describe('persons and prospect persons (R4.5)', () => {
  it('R4.5: a person is registered with full details (date of birth, address); names alone are refused, naming both fields', async () => {
    const error = await refusedWith(
      subgraph,
      `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }`,
      { input: { givenName: 'Nur', familyName: 'Namen' } },
    );
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'input.dateOfBirth', message: 'a person needs a date of birth' },
        { field: 'input.address', message: 'a person needs an address' },
      ],
    });
    expect(await search('Namen')).toEqual([]);
  });

  it('R4.5: registers a prospect with minimal details and turns it into a person once complete', async () => {
    const { registerProspectPerson: prospect } = await ok<{
      registerProspectPerson: { id: string; kind: string; version: number };
    }>(subgraph, PROSPECT, { input: { givenName: 'Petra', familyName: 'Probst' } });
    expect(prospect.kind).toBe('PROSPECT');
    expect(await search('Probst', 'PROSPECT')).toEqual(['Petra Probst']);
    const incomplete = await refusedWith(subgraph, CONVERT, {
      id: prospect.id,
      input: { version: prospect.version },
    });
    expect(incomplete.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.dateOfBirth' }, { field: 'input.address' }],
    });
    const converted = await ok<{ convertProspectToPerson: { kind: string } }>(subgraph, CONVERT, {
      id: prospect.id,
      input: {
        version: prospect.version,
        dateOfBirth: '1988-02-02',
        address: { line1: 'Ringstraße 1', postalCode: '50667', city: 'Köln', country: 'DE' },
      },
    });
    expect(converted.convertProspectToPerson.kind).toBe('PERSON');
    const again = await refusedWith(subgraph, CONVERT, {
      id: prospect.id,
      input: { version: prospect.version + 1 },
    });
    expect(again.message).toMatch(/already a registered person/);
  });

  it('R4.5: finds persons by name with typos (pg_trgm), by date of birth and by reference', async () => {
    expect(await search('Katarina Shmidt')).toEqual(['Katharina Schmidt']);
    expect(await search('Esposto')).toEqual(['Giuseppe Esposito']);
    expect(await search('30.11.1990')).toEqual(['Giuseppe Esposito']);
    expect(await search('1971-05-04')).toEqual(['Katharina Schmidt']);
    const { registerProspectPerson } = await ok<{ registerProspectPerson: { reference: string } }>(
      subgraph,
      PROSPECT,
      { input: { givenName: 'Rita', familyName: 'Reference' } },
    );
    expect(await search(registerProspectPerson.reference.toLowerCase())).toEqual([
      'Rita Reference',
    ]);
    expect(await search('Zzyzx Qwerty')).toEqual([]);
  });

  it('warns of possible duplicates: a similar name with the same or an unknown date of birth', async () => {
    const duplicates = async (givenName: string, familyName: string, dateOfBirth?: string) =>
      (
        await ok<{ possibleDuplicates: { name: string }[] }>(subgraph, DUPLICATES, {
          givenName,
          familyName,
          dateOfBirth,
        })
      ).possibleDuplicates.map((p) => p.name);
    expect(await duplicates('Katharina', 'Schmid', '1971-05-04')).toEqual(['Katharina Schmidt']);
    expect(await duplicates('Katharina', 'Schmidt', '1999-01-01')).toEqual([]);
    expect(await duplicates('Oto', 'Berg', '1950-01-01')).toEqual(['Otto Berg']);
    expect(await duplicates('Maria', 'Lopez')).toEqual([]);
  });

  it('R6.3: changes to a person are audited with old and new values, who and when', async () => {
    const person = await registerPerson(subgraph, {
      givenName: 'Alma',
      familyName: 'Audit',
      phone: '+49 30 111111',
    });
    await ok(
      subgraph,
      'mutation($id: ID!, $input: UpdatePersonInput!) { updatePerson(id: $id, input: $input) { id } }',
      {
        id: person.id,
        input: { version: person.version, phone: '+49 30 222222', email: 'alma@example.org' },
      },
    );
    const { person: read } = await ok<{
      person: { auditTrail: { action: string; actor: string; at: string; changes: unknown[] }[] };
    }>(
      subgraph,
      'query($id: ID!) { person(id: $id) { auditTrail { action actor at changes { field oldValue newValue } } } }',
      {
        id: person.id,
      },
    );
    expect(read.auditTrail.map((a) => a.action)).toEqual(['UPDATED', 'CREATED']);
    expect(read.auditTrail[0]).toMatchObject({
      actor: 'Clara Caseworker',
      changes: [
        { field: 'phone', oldValue: '+49 30 111111', newValue: '+49 30 222222' },
        { field: 'email', oldValue: null, newValue: 'alma@example.org' },
      ],
    });
  });
});
