import { Role } from '@casework/kit';
import { startTestSubgraph, testIdentity, type TestSubgraph } from '@casework/testing';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communicationsSubgraph } from '../index.js';
import { PartyType } from './communication-exception.entity.js';
import { exceptionsInForceFor } from './communication-exception.service.js';

const ADD_PERSON = `mutation($personId: ID!, $input: CommunicationExceptionInput!) {
  addCommunicationException(personId: $personId, input: $input) { id version status method subjectType subjectId }
}`;
const ADD_PROVIDER = `mutation($providerId: ID!, $input: CommunicationExceptionInput!) {
  addProviderCommunicationException(providerId: $providerId, input: $input) { id version status method subjectType subjectId }
}`;
const UPDATE = `mutation($id: ID!, $input: UpdateCommunicationExceptionInput!) {
  updateCommunicationException(id: $id, input: $input) { version toDate reason }
}`;
const CANCEL = `mutation($id: ID!) { cancelCommunicationException(id: $id) { status cancelledBy version } }`;
const CANCEL_PROVIDER = `mutation($id: ID!) { cancelProviderCommunicationException(id: $id) { status } }`;
const PARTIES = `query($reps: [_Any!]!, $on: String) {
  _entities(representations: $reps) {
    ... on Person { exceptedCommunicationMethods(on: $on) communicationExceptions(includeCancelled: true) { id method status auditTrail { entityType action actor changes { field oldValue newValue } } } }
    ... on Provider { exceptedCommunicationMethods(on: $on) communicationExceptions(includeCancelled: true) { id method status auditTrail { entityType action actor changes { field oldValue newValue } } } }
  }
}`;

interface Added {
  id: string;
  version: number;
  status: string;
  method: string;
  subjectType: string;
  subjectId: string;
}
interface Party {
  exceptedCommunicationMethods: string[];
  communicationExceptions: {
    id: string;
    method: string;
    status: string;
    auditTrail: {
      entityType: string;
      action: string;
      actor: string;
      changes: { field: string; oldValue: string | null; newValue: string | null }[];
    }[];
  }[];
}

const caseworker = testIdentity([Role.CASEWORKER], { id: 'cw-1', name: 'Clara Caseworker' });
const support = testIdentity([Role.SUPPORT_AGENT]);
const agencyAdmin = testIdentity([Role.AGENCY_ADMIN]);

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(communicationsSubgraph);
});
afterAll(() => subgraph?.stop());

async function addFor(
  party: 'person' | 'provider',
  id: string,
  input: Record<string, unknown>,
  as = caseworker,
) {
  const res = await subgraph.query<{
    addCommunicationException?: Added;
    addProviderCommunicationException?: Added;
  }>(
    party === 'person' ? ADD_PERSON : ADD_PROVIDER,
    party === 'person' ? { personId: id, input } : { providerId: id, input },
    as,
  );
  return {
    errors: res.errors,
    added: res.data?.addCommunicationException ?? res.data?.addProviderCommunicationException,
  };
}

async function read(typename: 'Person' | 'Provider', id: string, on: string, as = caseworker) {
  const res = await subgraph.query<{ _entities: Party[] }>(
    PARTIES,
    { reps: [{ __typename: typename, id }], on },
    as,
  );
  return { errors: res.errors, party: res.data?._entities[0] };
}

describe.each([
  { party: 'person' as const, typename: 'Person' as const, subjectType: 'PERSON' },
  { party: 'provider' as const, typename: 'Provider' as const, subjectType: 'PROVIDER' },
])('communication exceptions of a $party (R2.7, R6.3)', ({ party, typename, subjectType }) => {
  const id = randomUUID();

  it(`R2.7: add, change and end an exception of a ${party}; the methods excepted on a date follow`, async () => {
    const email = await addFor(party, id, {
      method: 'EMAIL',
      reason: '  Mailbox hacked ',
      fromDate: '2026-03-01',
      toDate: '2026-03-31',
    });
    expect(email.errors).toBeUndefined();
    expect(email.added).toMatchObject({ status: 'ACTIVE', subjectType, subjectId: id });
    const phone = await addFor(party, id, {
      method: 'PHONE',
      reason: 'Hospital stay',
      fromDate: '2026-03-15',
    });
    expect(phone.errors).toBeUndefined();
    const excepted = async (on: string) =>
      (await read(typename, id, on)).party?.exceptedCommunicationMethods;
    expect(await excepted('2026-02-28')).toEqual([]);
    expect(await excepted('2026-03-01')).toEqual(['EMAIL']);
    expect(await excepted('2026-03-20')).toEqual(['EMAIL', 'PHONE']);
    expect(await excepted('2026-04-01')).toEqual(['PHONE']);

    // Change: the phone exception ends on 2026-03-25.
    const changed = await subgraph.query<{ updateCommunicationException: { version: number } }>(
      UPDATE,
      { id: phone.added!.id, input: { version: phone.added!.version, toDate: '2026-03-25' } },
      caseworker,
    );
    expect(changed.errors).toBeUndefined();
    expect(changed.data?.updateCommunicationException.version).toBe(phone.added!.version + 1);
    expect(await excepted('2026-03-26')).toEqual(['EMAIL']);

    // End: cancelling lifts the exception and keeps it on record; a second cancel is refused.
    const cancelled = await subgraph.query(CANCEL, { id: email.added!.id }, caseworker);
    expect(cancelled.data).toMatchObject({
      cancelCommunicationException: { status: 'CANCELLED', cancelledBy: 'Clara Caseworker' },
    });
    expect(await excepted('2026-03-20')).toEqual(['PHONE']);
    const twice = await subgraph.query(CANCEL, { id: email.added!.id }, caseworker);
    expect(twice.errors?.[0]?.message).toMatch(/already cancelled/);
    const all = (await read(typename, id, '2026-03-20')).party?.communicationExceptions ?? [];
    expect(all.map((e) => [e.method, e.status])).toEqual(
      expect.arrayContaining([
        ['EMAIL', 'CANCELLED'],
        ['PHONE', 'ACTIVE'],
      ]),
    );
  });

  it(`R6.3: every change to a ${party}'s exception is audited with who, what, old and new values`, async () => {
    const { added } = await addFor(party, id, {
      method: 'IN_PERSON',
      reason: 'Aggressive dog',
      fromDate: '2026-06-01',
    });
    await subgraph.query(
      UPDATE,
      { id: added!.id, input: { version: added!.version, toDate: '2026-06-30' } },
      caseworker,
    );
    // An update that changes nothing writes no entry.
    await subgraph.query(
      UPDATE,
      { id: added!.id, input: { version: added!.version + 1, reason: 'Aggressive dog' } },
      caseworker,
    );
    await subgraph.query(CANCEL, { id: added!.id }, caseworker);
    const exception = (await read(typename, id, '2026-06-01')).party?.communicationExceptions.find(
      (e) => e.id === added!.id,
    );
    expect(exception?.auditTrail).toEqual([
      {
        entityType: 'CommunicationException',
        action: 'CANCELLED',
        actor: 'Clara Caseworker',
        changes: [{ field: 'status', oldValue: 'ACTIVE', newValue: 'CANCELLED' }],
      },
      {
        entityType: 'CommunicationException',
        action: 'UPDATED',
        actor: 'Clara Caseworker',
        changes: [{ field: 'toDate', oldValue: null, newValue: '2026-06-30' }],
      },
      {
        entityType: 'CommunicationException',
        action: 'CREATED',
        actor: 'Clara Caseworker',
        changes: expect.arrayContaining([
          { field: 'method', oldValue: null, newValue: 'IN_PERSON' },
          { field: 'fromDate', oldValue: null, newValue: '2026-06-01' },
        ]) as unknown,
      },
    ]);
  });

  it(`a stale version is a CONFLICT and a reversed period is refused naming the field; nothing changes (${party})`, async () => {
    const { added } = await addFor(party, id, {
      method: 'POST',
      reason: 'Moved',
      fromDate: '2027-01-10',
    });
    await subgraph.query(
      UPDATE,
      { id: added!.id, input: { version: added!.version, reason: 'Moved away' } },
      caseworker,
    );
    const stale = await subgraph.query(
      UPDATE,
      { id: added!.id, input: { version: added!.version, reason: 'Overwritten?' } },
      caseworker,
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const reversed = await subgraph.query(
      UPDATE,
      { id: added!.id, input: { version: added!.version + 1, toDate: '2027-01-01' } },
      caseworker,
    );
    expect(reversed.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.toDate' }],
    });
    const badAdd = await addFor(party, id, {
      method: 'POST',
      reason: 'x',
      fromDate: '2027-05-10',
      toDate: '2027-05-09',
    });
    expect(badAdd.errors?.[0]?.extensions).toMatchObject({ fields: [{ field: 'input.toDate' }] });
    const after = (await read(typename, id, '2027-05-10')).party?.communicationExceptions;
    expect(after?.filter((e) => e.method === 'POST')).toHaveLength(1);
    expect(await read(typename, id, '2027-01-15')).toMatchObject({
      party: { exceptedCommunicationMethods: ['POST'] },
    });
  });
});

describe('who may manage communication exceptions (R2.7)', () => {
  const personId = randomUUID();
  const providerId = randomUUID();
  const input = { method: 'EMAIL', reason: 'Mailbox migration', fromDate: '2031-01-01' };
  const code = (r: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
    r.errors?.[0]?.extensions?.code;

  it('persons: caseworkers record them; support agents, agency administrators and provider users may not, and support agents may not read them', async () => {
    expect((await addFor('person', personId, input, caseworker)).errors).toBeUndefined();
    for (const who of [support, agencyAdmin, testIdentity([Role.PROVIDER_ADMIN])]) {
      expect(code(await addFor('person', personId, input, who)), who.roles[0]).toBe('FORBIDDEN');
    }
    expect(code(await read('Person', personId, '2031-01-01', support))).toBe('FORBIDDEN');
    expect((await read('Person', personId, '2031-01-01', agencyAdmin)).party).toMatchObject({
      exceptedCommunicationMethods: ['EMAIL'],
    });
  });

  it("providers: staff and the organisation's own provider administrator record them; its provider users only read them; other organisations may neither", async () => {
    const ownAdmin = testIdentity([Role.PROVIDER_ADMIN], { organisationId: providerId });
    const ownUser = testIdentity([Role.PROVIDER_USER], { organisationId: providerId });
    const otherAdmin = testIdentity([Role.PROVIDER_ADMIN], { organisationId: randomUUID() });
    expect((await addFor('provider', providerId, input, agencyAdmin)).errors).toBeUndefined();
    const byAdmin = await addFor('provider', providerId, { ...input, method: 'POST' }, ownAdmin);
    expect(byAdmin.errors).toBeUndefined();
    expect(code(await addFor('provider', providerId, input, ownUser))).toBe('FORBIDDEN');
    expect(code(await addFor('provider', providerId, input, otherAdmin))).toBe('FORBIDDEN');
    expect(code(await addFor('provider', providerId, input, support))).toBe('FORBIDDEN');
    expect(code(await subgraph.query(CANCEL, { id: byAdmin.added!.id }, otherAdmin))).toBe(
      'FORBIDDEN',
    );
    expect(code(await subgraph.query(CANCEL, { id: byAdmin.added!.id }, ownUser))).toBe(
      'FORBIDDEN',
    );
    expect((await read('Provider', providerId, '2031-01-01', ownUser)).party).toMatchObject({
      exceptedCommunicationMethods: ['EMAIL', 'POST'],
    });
    expect((await read('Provider', providerId, '2031-01-01', support)).errors).toBeUndefined();
    expect(code(await read('Provider', providerId, '2031-01-01', otherAdmin))).toBe('FORBIDDEN');
    expect(
      (await subgraph.query(CANCEL, { id: byAdmin.added!.id }, ownAdmin)).errors,
    ).toBeUndefined();
  });

  it("unknown exceptions are NOT_FOUND; the provider mutations do not reach a person's exception", async () => {
    expect(code(await subgraph.query(CANCEL, { id: randomUUID() }, caseworker))).toBe('NOT_FOUND');
    expect(code(await subgraph.query(CANCEL, { id: 'not-a-uuid' }, caseworker))).toBe(
      'BAD_USER_INPUT',
    );
    const { added } = await addFor('person', personId, { ...input, method: 'PHONE' });
    expect(code(await subgraph.query(CANCEL_PROVIDER, { id: added!.id }, caseworker))).toBe(
      'NOT_FOUND',
    );
    expect(code(await addFor('person', 'not-a-uuid', input))).toBe('BAD_USER_INPUT');
  });
});

describe('the exceptions in force for a party on a date (R2.7; letters choose channels with it)', () => {
  it('R2.7: returns only active exceptions of that party whose period covers the date, first and last day included', async () => {
    const personId = randomUUID();
    const providerId = randomUUID();
    await addFor('person', personId, {
      method: 'EMAIL',
      reason: 'a',
      fromDate: '2028-02-01',
      toDate: '2028-02-29',
    });
    await addFor('person', personId, { method: 'POST', reason: 'b', fromDate: '2028-02-29' });
    const cancelled = await addFor('person', personId, {
      method: 'PHONE',
      reason: 'c',
      fromDate: '2028-01-01',
    });
    await subgraph.query(CANCEL, { id: cancelled.added!.id }, caseworker);
    // Same id space, other party type: never mixed in.
    await addFor('provider', providerId, {
      method: 'IN_PERSON',
      reason: 'd',
      fromDate: '2028-01-01',
    });
    await addFor('provider', personId, {
      method: 'IN_PERSON',
      reason: 'e',
      fromDate: '2028-01-01',
    });

    const em = subgraph.orm.em.fork();
    const on = async (date: string) =>
      (await exceptionsInForceFor(em, { type: PartyType.PERSON, id: personId }, date))
        .map((e) => e.method)
        .sort();
    expect(await on('2028-01-31')).toEqual([]);
    expect(await on('2028-02-01')).toEqual(['EMAIL']);
    expect(await on('2028-02-29')).toEqual(['EMAIL', 'POST']);
    expect(await on('2028-03-01')).toEqual(['POST']);
    expect(
      (
        await exceptionsInForceFor(em, { type: PartyType.PROVIDER, id: providerId }, '2030-01-01')
      ).map((e) => e.method),
    ).toEqual(['IN_PERSON']);
  });
});
