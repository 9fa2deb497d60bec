import { DEMO_PERSONS, DEMO_PROVIDERS } from '@casework/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack } from '@casework/stack';
import { bearer, gql, startTestStack, tokenFor } from './stack.fixture.js';

let stack: Stack;
const tokens: Record<'caseworker' | 'supervisor' | 'admin' | 'provider' | 'support', string> = {
  caseworker: '',
  supervisor: '',
  admin: '',
  provider: '',
  support: '',
};

const today = () => new Date().toISOString().slice(0, 10);

async function call<T>(who: keyof typeof tokens, query: string, variables = {}) {
  const { body } = await gql<T>(stack, query, variables, bearer(tokens[who]));
  return body;
}

async function ok<T>(who: keyof typeof tokens, query: string, variables = {}): Promise<T> {
  const body = await call<T>(who, query, variables);
  expect(body.errors).toBeUndefined();
  return body.data!;
}

async function setIntake(strategy: string) {
  const { agencySettings } = await ok<{ agencySettings: { version: number } }>(
    'admin',
    '{ agencySettings { version } }',
  );
  await ok(
    'admin',
    'mutation($input: UpdateAgencySettingsInput!) { updateAgencySettings(input: $input) { version } }',
    {
      input: {
        version: agencySettings.version,
        intakeProcessDefined: true,
        intakeStrategy: strategy,
      },
    },
  );
}

let programmeId: string;
let caseTypeId: string;

beforeAll(async () => {
  stack = await startTestStack();
  for (const who of Object.keys(tokens) as (keyof typeof tokens)[]) {
    const email = who === 'provider' ? 'provider@demo.casework' : `${who}@demo.casework`;
    tokens[who] = await tokenFor(stack, email);
  }
  const config = await ok<{ createProgramme: { id: string }; createCaseType: { id: string } }>(
    'admin',
    `mutation {
      createProgramme(input: { name: "Winter aid", meetingRequired: true, product: "Heating allowance" }) { id }
      createCaseType(input: { name: "E2E support" }) { id }
    }`,
  );
  programmeId = config.createProgramme.id;
  caseTypeId = config.createCaseType.id;
});
afterAll(() => stack?.stop());

/** Register, apply, record the meeting (R3.1), approve: returns the approved programme line. */
async function intakePath(givenName: string, before?: (personId: string) => Promise<void>) {
  const { registerPerson } = await ok<{ registerPerson: { id: string } }>(
    'caseworker',
    'mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }',
    {
      input: {
        givenName,
        familyName: 'Intake',
        dateOfBirth: '1980-01-01',
        address: { line1: 'Weg 1', postalCode: '10115', city: 'Berlin', country: 'DE' },
      },
    },
  );
  await before?.(registerPerson.id);
  const { createApplication } = await ok<{ createApplication: { id: string } }>(
    'caseworker',
    'mutation($input: CreateApplicationInput!) { createApplication(input: $input) { id } }',
    { input: { personIds: [registerPerson.id], programmeIds: [programmeId] } },
  );
  await ok(
    'caseworker',
    'mutation($id: ID!, $input: MeetingHeldInput!) { recordApplicationMeeting(id: $id, input: $input) { id } }',
    {
      id: createApplication.id,
      input: { heldOn: today(), attendees: `${givenName} Intake` },
    },
  );
  const { approveProgramme } = await ok<{
    approveProgramme: {
      status: string;
      programmes: {
        integratedCase: { id: string; origin: string; primaryClient: { id: string } };
        productDelivery: { product: string; status: string };
      }[];
    };
  }>(
    'supervisor',
    `mutation($id: ID!, $input: ProgrammeDecisionInput!) {
      approveProgramme(id: $id, input: $input) {
        status
        programmes { integratedCase { id origin primaryClient { id } } productDelivery { product status } }
      }
    }`,
    { id: createApplication.id, input: { programmeId, reason: 'Eligible after the meeting' } },
  );
  expect(approveProgramme.status).toBe('APPROVED');
  const line = approveProgramme.programmes[0]!;
  expect(line.productDelivery).toEqual({ product: 'Heating allowance', status: 'ACTIVE' });
  expect(line.integratedCase.primaryClient.id).toBe(registerPerson.id);
  // The person's page sees the case and its product delivery through the gateway.
  const { person } = await ok<{
    person: { integratedCases: { id: string; productDeliveries: { product: string }[] }[] };
  }>(
    'caseworker',
    'query($id: ID!) { person(id: $id) { integratedCases { id productDeliveries { product } } } }',
    { id: registerPerson.id },
  );
  return { personId: registerPerson.id, line, cases: person.integratedCases };
}

describe('the intake path through the gateway, once per strategy (R4.1, R4.3, R3.1)', () => {
  it('ALWAYS_NEW: approval creates a new integrated case and its product delivery case', async () => {
    await setIntake('ALWAYS_NEW');
    const { line, cases } = await intakePath('Alwin');
    expect(line.integratedCase.origin).toBe('INTAKE');
    expect(cases).toEqual([
      { id: line.integratedCase.id, productDeliveries: [{ product: 'Heating allowance' }] },
    ]);
  });

  it('EXISTING_SAME_CLIENTS: the product delivery goes into the open case with exactly the same clients', async () => {
    await setIntake('EXISTING_SAME_CLIENTS');
    let existing = '';
    const { line, cases } = await intakePath('Erna', async (personId) => {
      const { createIntegratedCase } = await ok<{ createIntegratedCase: { id: string } }>(
        'caseworker',
        'mutation($input: CreateIntegratedCaseInput!) { createIntegratedCase(input: $input) { id } }',
        { input: { caseTypeId, primaryClientId: personId } },
      );
      existing = createIntegratedCase.id;
    });
    expect(line.integratedCase).toMatchObject({ id: existing, origin: 'MANUAL' });
    expect(cases).toHaveLength(1);
  });

  it('EXISTING_ELSE_NEW: without an existing case a new one is created', async () => {
    await setIntake('EXISTING_ELSE_NEW');
    const { line, cases } = await intakePath('Elsa');
    expect(line.integratedCase.origin).toBe('INTAKE');
    expect(cases).toHaveLength(1);
  });
});

describe('cases through the gateway', () => {
  it('R4.4: a service delivery shows its provider\u2019s name from the providers subgraph', async () => {
    const { createIntegratedCase } = await ok<{ createIntegratedCase: { id: string } }>(
      'caseworker',
      'mutation($input: CreateIntegratedCaseInput!) { createIntegratedCase(input: $input) { id } }',
      { input: { caseTypeId, primaryClientId: DEMO_PERSONS.annaSchmidt } },
    );
    await ok(
      'caseworker',
      'mutation($caseId: ID!, $input: ServiceDeliveryInput!) { addServiceDelivery(caseId: $caseId, input: $input) { id } }',
      {
        caseId: createIntegratedCase.id,
        input: { service: 'Home care', providerId: DEMO_PROVIDERS.sonnenhof, periodFrom: today() },
      },
    );
    const { integratedCase } = await ok<{
      integratedCase: { serviceDeliveries: { service: string; provider: { name: string } }[] };
    }>(
      'caseworker',
      'query($id: ID!) { integratedCase(id: $id) { serviceDeliveries { service provider { name } } } }',
      {
        id: createIntegratedCase.id,
      },
    );
    expect(integratedCase.serviceDeliveries).toEqual([
      { service: 'Home care', provider: { name: 'Sonnenhof Pflegedienst gGmbH' } },
    ]);
  });

  it('permissions: only supervisors decide, only administrators configure, provider users and support agents see no cases', async () => {
    const { createApplication } = await ok<{ createApplication: { id: string } }>(
      'caseworker',
      'mutation($input: CreateApplicationInput!) { createApplication(input: $input) { id } }',
      { input: { personIds: [DEMO_PERSONS.marcoRossi], programmeIds: [programmeId] } },
    );
    const decide = `mutation($id: ID!) { denyProgramme(id: $id, input: { programmeId: "${programmeId}", reason: "x" }) { status } }`;
    for (const who of ['caseworker', 'admin', 'provider'] as const) {
      const body = await call(who, decide, { id: createApplication.id });
      expect(body.errors?.[0]?.extensions?.code, who).toBe('FORBIDDEN');
    }
    const configure = 'mutation { createCaseType(input: { name: "Not allowed" }) { id } }';
    for (const who of ['caseworker', 'supervisor', 'provider'] as const) {
      const body = await call(who, configure);
      expect(body.errors?.[0]?.extensions?.code, who).toBe('FORBIDDEN');
    }
    for (const who of ['provider', 'support'] as const) {
      const body = await call(
        who,
        '{ integratedCases { totalCount } applications { totalCount } programmes { id } }',
      );
      expect(
        body.errors?.map((e) => e.extensions?.code),
        who,
      ).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
      const exception = await call(
        who,
        `mutation { addCommunicationException(personId: "${DEMO_PERSONS.annaSchmidt}", input: { method: EMAIL, reason: "x", fromDate: "2026-01-01" }) { id } }`,
      );
      expect(exception.errors?.[0]?.extensions?.code, who).toBe('FORBIDDEN');
    }
    const denied = await ok<{ denyProgramme: { status: string } }>('supervisor', decide, {
      id: createApplication.id,
    });
    expect(denied.denyProgramme.status).toBe('DENIED');
  });
});
