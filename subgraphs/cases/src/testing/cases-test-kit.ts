import { Role } from '@casework/kit';
import { type GraphQLResponse, testIdentity, type TestSubgraph } from '@casework/testing';
import { expect } from 'vitest';

export const caseworker = testIdentity([Role.CASEWORKER], { name: 'Clara Caseworker' });
export const supervisor = testIdentity([Role.SUPERVISOR], { name: 'Sam Supervisor' });
export const admin = testIdentity([Role.AGENCY_ADMIN], { name: 'Ada Admin' });
export const providerUser = testIdentity([Role.PROVIDER_USER], {
  organisationId: '0b9e5f5a-0002-4000-8000-000000000001',
});

/** The data of a call that must succeed (fails the test with the errors otherwise). */
export async function ok<T>(
  subgraph: TestSubgraph,
  query: string,
  variables: Record<string, unknown> = {},
  identity = caseworker,
): Promise<T> {
  const res = await subgraph.query<T>(query, variables, identity);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

/** The first error of a call that must fail. */
export async function refusedWith(
  subgraph: TestSubgraph,
  query: string,
  variables: Record<string, unknown> = {},
  identity = caseworker,
): Promise<NonNullable<GraphQLResponse['errors']>[number]> {
  const res = await subgraph.query(query, variables, identity);
  expect(res.errors?.length).toBeGreaterThan(0);
  return res.errors![0]!;
}

/** What `registerPerson` needs beyond names (R4.5), for tests about other things. */
export const FULL_DETAILS = {
  dateOfBirth: '1980-01-01',
  address: { line1: 'Hauptstraße 1', postalCode: '10115', city: 'Berlin', country: 'DE' },
};

export async function registerPerson(
  subgraph: TestSubgraph,
  input: Record<string, unknown>,
): Promise<{ id: string; version: number }> {
  const data = await ok<{ registerPerson: { id: string; version: number } }>(
    subgraph,
    'mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id version } }',
    { input: { ...FULL_DETAILS, ...input } },
  );
  return data.registerPerson;
}

/** Configuration as an agency administrator: a case type and a closure and a reopening reason. */
export async function configure(subgraph: TestSubgraph) {
  const data = await ok<{
    createCaseType: { id: string };
    closure: { id: string };
    reopening: { id: string };
  }>(
    subgraph,
    `mutation {
      createCaseType(input: { name: "Family support" }) { id }
      closure: createCaseReason(input: { kind: CLOSURE, name: "Needs met" }) { id }
      reopening: createCaseReason(input: { kind: REOPENING, name: "Applied again" }) { id }
    }`,
    {},
    admin,
  );
  return {
    caseTypeId: data.createCaseType.id,
    closureReasonId: data.closure.id,
    reopeningReasonId: data.reopening.id,
  };
}

export async function setSettings(subgraph: TestSubgraph, changes: Record<string, unknown>) {
  const { agencySettings } = await ok<{ agencySettings: { version: number } }>(
    subgraph,
    '{ agencySettings { version } }',
    {},
    admin,
  );
  await ok(
    subgraph,
    'mutation($input: UpdateAgencySettingsInput!) { updateAgencySettings(input: $input) { version } }',
    { input: { version: agencySettings.version, ...changes } },
    admin,
  );
}

export const todayIso = () => new Date().toISOString().slice(0, 10);
