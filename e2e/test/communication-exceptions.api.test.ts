import { DEMO_PERSONS, DEMO_PROVIDERS } from '@casework/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { bearer, gql, sharedTestStack, type SharedStack, tokenFor } from './stack.fixture.js';

// Communication exceptions of persons and providers are kept by the communications subgraph;
// the gateway joins them to persons (cases) and providers (providers) in one query (R2.7, R6.3).

let stack: SharedStack;
const tokens = { caseworker: '', support: '', providerAdmin: '', providerUser: '' };
const person = DEMO_PERSONS.annaSchmidt;
const provider = DEMO_PROVIDERS.sonnenhof;

async function call<T>(who: keyof typeof tokens, query: string, variables = {}) {
  return (await gql<T>(stack, query, variables, bearer(tokens[who]))).body;
}

beforeAll(async () => {
  stack = await sharedTestStack();
  tokens.caseworker = await tokenFor(stack, 'caseworker@demo.casework');
  tokens.support = await tokenFor(stack, 'support@demo.casework');
  tokens.providerAdmin = await tokenFor(stack, 'provider-admin@demo.casework');
  tokens.providerUser = await tokenFor(stack, 'provider@demo.casework');
});

const ADD_PERSON = `mutation($id: ID!, $input: CommunicationExceptionInput!) {
  addCommunicationException(personId: $id, input: $input) { id version subjectType subjectId }
}`;
const ADD_PROVIDER = `mutation($id: ID!, $input: CommunicationExceptionInput!) {
  addProviderCommunicationException(providerId: $id, input: $input) { id version subjectType subjectId }
}`;
const BOTH = `query($person: ID!, $provider: ID!, $on: String) {
  person(id: $person) {
    name
    exceptedCommunicationMethods(on: $on)
    communicationExceptions(includeCancelled: true) { method status subjectType auditTrail { action actor } }
  }
  provider(id: $provider) {
    name
    exceptedCommunicationMethods(on: $on)
    communicationExceptions(includeCancelled: true) { method status subjectType auditTrail { action actor } }
  }
}`;

interface Party {
  name: string;
  exceptedCommunicationMethods: string[];
  communicationExceptions: {
    method: string;
    status: string;
    subjectType: string;
    auditTrail: { action: string; actor: string }[];
  }[];
}

describe('communication exceptions through the gateway (R2.7, R6.3)', () => {
  it("R2.7: a person's and a provider's exceptions are read in one query, with their audit trails", async () => {
    const onPerson = await call<{ addCommunicationException: { id: string; version: number } }>(
      'caseworker',
      ADD_PERSON,
      { id: person, input: { method: 'EMAIL', reason: 'Mailbox hacked', fromDate: '2029-04-01' } },
    );
    expect(onPerson.errors).toBeUndefined();
    const onProvider = await call<{ addProviderCommunicationException: { id: string } }>(
      'caseworker',
      ADD_PROVIDER,
      { id: provider, input: { method: 'PHONE', reason: 'Switchboard', fromDate: '2029-04-01' } },
    );
    expect(onProvider.errors).toBeUndefined();
    const changed = await call(
      'caseworker',
      `mutation($id: ID!, $input: UpdateCommunicationExceptionInput!) { updateCommunicationException(id: $id, input: $input) { version } }`,
      {
        id: onPerson.data!.addCommunicationException.id,
        input: { version: onPerson.data!.addCommunicationException.version, toDate: '2029-04-30' },
      },
    );
    expect(changed.errors).toBeUndefined();

    const read = await call<{ person: Party; provider: Party }>('caseworker', BOTH, {
      person,
      provider,
      on: '2029-04-15',
    });
    expect(read.errors).toBeUndefined();
    expect(read.data!.person).toMatchObject({
      name: 'Anna Schmidt',
      exceptedCommunicationMethods: ['EMAIL'],
    });
    expect(read.data!.person.communicationExceptions).toContainEqual({
      method: 'EMAIL',
      status: 'ACTIVE',
      subjectType: 'PERSON',
      auditTrail: [
        { action: 'UPDATED', actor: expect.any(String) as unknown },
        { action: 'CREATED', actor: expect.any(String) as unknown },
      ],
    });
    expect(read.data!.provider).toMatchObject({
      name: 'Sonnenhof Pflegedienst gGmbH',
      exceptedCommunicationMethods: ['PHONE'],
    });
    expect(read.data!.provider.communicationExceptions).toContainEqual(
      expect.objectContaining({ method: 'PHONE', subjectType: 'PROVIDER' }),
    );
    // Outside the period, nothing is excepted for the person.
    const later = await call<{ person: Party }>('caseworker', BOTH, {
      person,
      provider,
      on: '2029-05-01',
    });
    expect(later.data!.person.exceptedCommunicationMethods).toEqual([]);
  });

  it("R2.7: the provider's own administrator manages its exceptions; its provider users and support agents may not change them; no one changes another organisation's", async () => {
    const input = { method: 'POST', reason: 'Office moving', fromDate: '2029-06-01' };
    const own = await call<{ addProviderCommunicationException: { id: string } }>(
      'providerAdmin',
      ADD_PROVIDER,
      { id: provider, input },
    );
    expect(own.errors).toBeUndefined();
    const other = await call('providerAdmin', ADD_PROVIDER, {
      id: DEMO_PROVIDERS.casaAperta,
      input,
    });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const who of ['providerUser', 'support'] as const) {
      const refused = await call(who, ADD_PROVIDER, { id: provider, input });
      expect(refused.errors?.[0]?.extensions?.code, who).toBe('FORBIDDEN');
      const onPerson = await call(who, ADD_PERSON, { id: person, input });
      expect(onPerson.errors?.[0]?.extensions?.code, who).toBe('FORBIDDEN');
    }
    // Provider users read their own organisation's exceptions.
    const seen = await call<{ provider: Party }>(
      'providerUser',
      `query($id: ID!) { provider(id: $id) { exceptedCommunicationMethods(on: "2029-06-01") } }`,
      { id: provider },
    );
    expect(seen.data?.provider.exceptedCommunicationMethods).toContain('POST');
    const cancelled = await call<{ cancelCommunicationException: { status: string } }>(
      'providerAdmin',
      `mutation($id: ID!) { cancelCommunicationException(id: $id) { status } }`,
      { id: own.data!.addProviderCommunicationException.id },
    );
    expect(cancelled.data?.cancelCommunicationException.status).toBe('CANCELLED');
  });
});
