import { startTestSubgraph, type TestSubgraph } from '@casework/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casesSubgraph } from '../index.js';
import { admin, caseworker, ok, refusedWith, supervisor } from '../testing/cases-test-kit.js';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(casesSubgraph);
});
afterAll(() => subgraph.stop());

const PROGRAMME = `mutation($input: ProgrammeInput!) { createProgramme(input: $input) { id version name meetingRequired product active } }`;

describe('agency configuration', () => {
  it('agency administrators configure programmes (R3.1 flag, product), case types and reasons; staff read them', async () => {
    const { createProgramme } = await ok<{ createProgramme: { id: string; version: number } }>(
      subgraph,
      PROGRAMME,
      { input: { name: 'Food aid', meetingRequired: true, product: 'Food voucher' } },
      admin,
    );
    await ok(
      subgraph,
      'mutation($id: ID!, $input: UpdateProgrammeInput!) { updateProgramme(id: $id, input: $input) { id } }',
      { id: createProgramme.id, input: { version: createProgramme.version, active: false } },
      admin,
    );
    const read = await ok<{ programmes: unknown[]; all: { name: string; active: boolean }[] }>(
      subgraph,
      '{ programmes { name } all: programmes(includeInactive: true) { name active } }',
    );
    expect(read.programmes).toEqual([]);
    expect(read.all).toEqual([{ name: 'Food aid', active: false }]);
  });

  it('refuses a second programme with the same name, naming the field', async () => {
    await ok(
      subgraph,
      PROGRAMME,
      { input: { name: 'Rent aid', meetingRequired: false, product: 'Rent' } },
      admin,
    );
    const twice = await refusedWith(
      subgraph,
      PROGRAMME,
      { input: { name: 'Rent aid', meetingRequired: false, product: 'Rent' } },
      admin,
    );
    expect(twice.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.name' }],
    });
  });

  it('caseworkers and supervisors cannot change the configuration or the intake settings', async () => {
    for (const who of [caseworker, supervisor]) {
      const programme = await refusedWith(
        subgraph,
        PROGRAMME,
        { input: { name: 'X', meetingRequired: false, product: 'Y' } },
        who,
      );
      expect(programme.extensions?.code).toBe('FORBIDDEN');
      const settings = await refusedWith(
        subgraph,
        'mutation { updateAgencySettings(input: { version: 1, intakeProcessDefined: true }) { version } }',
        {},
        who,
      );
      expect(settings.extensions?.code).toBe('FORBIDDEN');
    }
  });
});
