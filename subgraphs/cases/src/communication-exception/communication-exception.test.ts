import { startTestSubgraph, type TestSubgraph } from '@casework/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casesSubgraph } from '../index.js';
import { ok, providerUser, refusedWith, registerPerson } from '../testing/cases-test-kit.js';

const ADD = `mutation($personId: ID!, $input: CommunicationExceptionInput!) {
  addCommunicationException(personId: $personId, input: $input) { id version status method }
}`;
const UPDATE = `mutation($id: ID!, $input: UpdateCommunicationExceptionInput!) {
  updateCommunicationException(id: $id, input: $input) { version toDate }
}`;
const CANCEL = `mutation($id: ID!) { cancelCommunicationException(id: $id) { status cancelledBy } }`;
const EXCEPTED = `query($id: ID!, $on: String) {
  person(id: $id) {
    preferredCommunicationMethod
    exceptedCommunicationMethods(on: $on)
    communicationExceptions(includeCancelled: true) { method status }
    auditTrail { entityType action changes { field oldValue newValue } }
  }
}`;

interface Read {
  person: {
    exceptedCommunicationMethods: string[];
    communicationExceptions: { method: string; status: string }[];
    auditTrail: {
      entityType: string;
      action: string;
      changes: { field: string; oldValue: string | null; newValue: string | null }[];
    }[];
  };
}

let subgraph: TestSubgraph;
let personId: string;
const read = (on: string) =>
  ok<Read>(subgraph, EXCEPTED, { id: personId, on }).then((d) => d.person);

beforeAll(async () => {
  subgraph = await startTestSubgraph(casesSubgraph);
  personId = (
    await registerPerson(subgraph, {
      givenName: 'Emil',
      familyName: 'Exception',
      email: 'emil@example.org',
      preferredCommunicationMethod: 'EMAIL',
    })
  ).id;
});
afterAll(() => subgraph.stop());

describe('communication preferences and exceptions of persons (R2.7)', () => {
  it('R2.7: an active exception forbids its method on the dates of its period; Person answers which methods are excepted on a date', async () => {
    const email = await ok<{ addCommunicationException: { id: string } }>(subgraph, ADD, {
      personId,
      input: {
        method: 'EMAIL',
        reason: 'Mailbox hacked',
        fromDate: '2026-03-01',
        toDate: '2026-03-31',
        comments: 'Use post',
      },
    });
    await ok(subgraph, ADD, {
      personId,
      input: { method: 'PHONE', reason: 'Hospital stay', fromDate: '2026-03-15' },
    });
    expect((await read('2026-02-28')).exceptedCommunicationMethods).toEqual([]);
    expect((await read('2026-03-01')).exceptedCommunicationMethods).toEqual(['EMAIL']);
    expect((await read('2026-03-20')).exceptedCommunicationMethods).toEqual(['EMAIL', 'PHONE']);
    expect((await read('2026-04-01')).exceptedCommunicationMethods).toEqual(['PHONE']);
    await ok(subgraph, CANCEL, { id: email.addCommunicationException.id });
    const after = await read('2026-03-20');
    expect(after.exceptedCommunicationMethods).toEqual(['PHONE']);
    expect(after.communicationExceptions).toEqual(
      expect.arrayContaining([{ method: 'EMAIL', status: 'CANCELLED' }]),
    );
  });

  it('refuses a to-date before the from-date, naming the field, and stores nothing; a second cancel is refused', async () => {
    const before = (await read('2026-01-01')).communicationExceptions.length;
    const bad = await refusedWith(subgraph, ADD, {
      personId,
      input: { method: 'POST', reason: 'Moved', fromDate: '2026-05-10', toDate: '2026-05-09' },
    });
    expect(bad.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.toDate' }],
    });
    expect((await read('2026-01-01')).communicationExceptions).toHaveLength(before);
    const added = await ok<{ addCommunicationException: { id: string; version: number } }>(
      subgraph,
      ADD,
      {
        personId,
        input: { method: 'POST', reason: 'Moved', fromDate: '2026-05-10' },
      },
    );
    const badUpdate = await refusedWith(subgraph, UPDATE, {
      id: added.addCommunicationException.id,
      input: { version: added.addCommunicationException.version, toDate: '2026-05-01' },
    });
    expect(badUpdate.extensions).toMatchObject({ fields: [{ field: 'input.toDate' }] });
    await ok(subgraph, CANCEL, { id: added.addCommunicationException.id });
    const twice = await refusedWith(subgraph, CANCEL, { id: added.addCommunicationException.id });
    expect(twice.message).toMatch(/already cancelled/);
  });

  it('R6.3: adding, changing and cancelling an exception is audited on the person with old and new values', async () => {
    const added = await ok<{ addCommunicationException: { id: string; version: number } }>(
      subgraph,
      ADD,
      {
        personId,
        input: { method: 'IN_PERSON', reason: 'Aggressive dog', fromDate: '2026-06-01' },
      },
    );
    await ok(subgraph, UPDATE, {
      id: added.addCommunicationException.id,
      input: { version: added.addCommunicationException.version, toDate: '2026-06-30' },
    });
    const trail = (await read('2026-06-01')).auditTrail.filter(
      (a) => a.entityType === 'CommunicationException',
    );
    expect(trail[0]).toEqual({
      entityType: 'CommunicationException',
      action: 'UPDATED',
      changes: [{ field: 'toDate', oldValue: null, newValue: '2026-06-30' }],
    });
  });

  it('unknown persons and exceptions are NOT_FOUND; provider users may not record exceptions', async () => {
    const unknown = await refusedWith(subgraph, ADD, {
      personId: '00000000-0000-4000-8000-000000000000',
      input: { method: 'POST', reason: 'x', fromDate: '2026-01-01' },
    });
    expect(unknown.extensions).toMatchObject({ code: 'NOT_FOUND', entity: 'Person' });
    const unknownException = await refusedWith(subgraph, CANCEL, {
      id: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknownException.extensions?.code).toBe('NOT_FOUND');
    const forbidden = await refusedWith(
      subgraph,
      ADD,
      { personId, input: { method: 'POST', reason: 'x', fromDate: '2026-01-01' } },
      providerUser,
    );
    expect(forbidden.extensions?.code).toBe('FORBIDDEN');
  });
});
