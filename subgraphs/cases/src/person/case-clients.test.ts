import { referenceCheckerFor } from '@casework/kit';
import { startTestSubgraph, TEST_SECRET, type TestSubgraph } from '@casework/testing';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casesSubgraph } from '../index.js';
import { admin, configure, ok, registerPerson, todayIso } from '../testing/cases-test-kit.js';

// The cases side of the check that a CLIENT meeting invitee is a client of the meeting's case
// (R3.1): the communications subgraph's own reference checker asks this real subgraph.

let subgraph: TestSubgraph;
let anna = '';
let ben = '';
let carla = '';
let dora = '';

beforeAll(async () => {
  subgraph = await startTestSubgraph(casesSubgraph);
  const register = async (givenName: string) =>
    (await registerPerson(subgraph, { givenName, familyName: 'Rossi' })).id;
  anna = await register('Anna');
  ben = await register('Ben');
  carla = await register('Carla');
  dora = await register('Dora');
});
afterAll(() => subgraph.stop());

const checker = () =>
  referenceCheckerFor(
    'communications',
    { ApplicationCaseClient: 'cases', IntegratedCaseClient: 'cases' },
    TEST_SECRET,
    { cases: subgraph.url },
  )!;

async function refusal(type: string, personId: string, caseId: string) {
  return checker()
    .assertExist([
      {
        type,
        id: personId,
        within: caseId,
        field: 'input.invitees.0.personId',
        reason: 'INVITEE_NOT_CASE_CLIENT',
      },
    ])
    .then(
      () => null,
      (e: GraphQLError) => e.extensions,
    );
}

describe('clients of a case, for meeting invitees (R3.1)', () => {
  it('R3.1: an integrated case’s clients are its primary client and current members; anyone else is refused with the field and INVITEE_NOT_CASE_CLIENT', async () => {
    const config = await configure(subgraph);
    const created = await ok<{ createIntegratedCase: { id: string } }>(
      subgraph,
      `mutation($input: CreateIntegratedCaseInput!) { createIntegratedCase(input: $input) { id } }`,
      {
        input: {
          caseTypeId: config.caseTypeId,
          primaryClientId: anna,
          startDate: '2026-01-01',
          members: [
            { personId: ben, role: 'SPOUSE' },
            { personId: carla, role: 'CHILD', endDate: '2026-01-31' },
          ],
        },
      },
    );
    const caseId = created.createIntegratedCase.id;
    expect(await refusal('IntegratedCaseClient', anna, caseId)).toBeNull();
    expect(await refusal('IntegratedCaseClient', ben, caseId)).toBeNull();
    // A member whose membership ended (before today) and a stranger are not clients now.
    expect(todayIso() > '2026-01-31').toBe(true);
    for (const person of [carla, dora])
      expect(await refusal('IntegratedCaseClient', person, caseId)).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.invitees.0.personId', code: 'INVITEE_NOT_CASE_CLIENT' }],
      });
  });

  it('R3.1: an application case’s clients are its applicants; another person is refused', async () => {
    const programme = await ok<{ createProgramme: { id: string } }>(
      subgraph,
      `mutation { createProgramme(input: { name: "Housing support", meetingRequired: true, product: "Housing benefit" }) { id } }`,
      {},
      admin,
    );
    const applied = await ok<{ createApplication: { id: string } }>(
      subgraph,
      `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { id } }`,
      { input: { personIds: [carla, dora], programmeIds: [programme.createProgramme.id] } },
    );
    const id = applied.createApplication.id;
    expect(await refusal('ApplicationCaseClient', carla, id)).toBeNull();
    expect(await refusal('ApplicationCaseClient', dora, id)).toBeNull();
    expect(await refusal('ApplicationCaseClient', anna, id)).toMatchObject({
      fields: [{ field: 'input.invitees.0.personId', code: 'INVITEE_NOT_CASE_CLIENT' }],
    });
    // A person checked against another kind of case is not its client either.
    expect(await refusal('IntegratedCaseClient', carla, id)).toMatchObject({
      fields: [{ code: 'INVITEE_NOT_CASE_CLIENT' }],
    });
  });
});
