import { Role } from '@casework/kit';
import { startTestSubgraph, testIdentity, type TestSubgraph } from '@casework/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casesSubgraph } from '../index.js';
import {
  admin,
  caseworker,
  configure,
  ok,
  providerUser,
  refusedWith,
  registerPerson,
} from '../testing/cases-test-kit.js';

const SEARCH = `query($search: String!, $first: Int) {
  caseRecordSearch(search: $search, first: $first) {
    persons { name reference }
    morePersons
    integratedCases { reference primaryClient { name } }
    applications { reference clients { name } }
  }
}`;
const MINE = `{
  integratedCases(mine: true) { totalCount nodes { reference } }
  applications(mine: true, awaitingDecision: true) { totalCount nodes { reference } }
}`;

interface Hits {
  persons: { name: string; reference: string }[];
  morePersons: boolean;
  integratedCases: { reference: string; primaryClient: { name: string } }[];
  applications: { reference: string; clients: { name: string }[] }[];
}

let subgraph: TestSubgraph;
let katharina: string;
let caseReference: string;
let applicationReference: string;
const otherCaseworker = testIdentity([Role.CASEWORKER], { id: 'user-other', name: 'Olga Other' });
const supportAgent = testIdentity([Role.SUPPORT_AGENT]);

const search = async (text: string, identity = caseworker, first = 5) =>
  (await ok<{ caseRecordSearch: Hits }>(subgraph, SEARCH, { search: text, first }, identity))
    .caseRecordSearch;
const names = async (text: string) => (await search(text)).persons.map((p) => p.name);

beforeAll(async () => {
  subgraph = await startTestSubgraph(casesSubgraph);
  const config = await configure(subgraph);
  katharina = (
    await registerPerson(subgraph, {
      givenName: 'Katharina',
      familyName: 'Schmidt',
      dateOfBirth: '1971-05-04',
      email: 'k.schmidt@example.org',
    })
  ).id;
  await registerPerson(subgraph, { givenName: 'Karl', familyName: 'Schmidtke' });
  await registerPerson(subgraph, { givenName: 'Anna', familyName: 'Schmid' });
  await registerPerson(subgraph, { givenName: 'Giuseppe', familyName: 'Esposito' });
  const created = await ok<{ createIntegratedCase: { reference: string } }>(
    subgraph,
    `mutation($input: CreateIntegratedCaseInput!) { createIntegratedCase(input: $input) { reference } }`,
    {
      input: { caseTypeId: config.caseTypeId, primaryClientId: katharina, startDate: '2026-01-01' },
    },
  );
  caseReference = created.createIntegratedCase.reference;
  const programme = await ok<{ createProgramme: { id: string } }>(
    subgraph,
    `mutation { createProgramme(input: { name: "Housing support", meetingRequired: false, product: "Housing benefit" }) { id } }`,
    {},
    admin,
  );
  const application = await ok<{ createApplication: { reference: string } }>(
    subgraph,
    `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { reference } }`,
    { input: { personIds: [katharina], programmeIds: [programme.createProgramme.id] } },
  );
  applicationReference = application.createApplication.reference;
});
afterAll(() => subgraph.stop());

describe('global search of the cases subgraph (issue 16)', () => {
  it('R4.5: finds a person by a name with typos, best match first', async () => {
    expect((await names('Katarina Shmidt'))[0]).toBe('Katharina Schmidt');
    expect(await names('Esposto')).toEqual(['Giuseppe Esposito']);
    // The whole word matches best; longer and shorter names follow.
    const ranked = await names('schmidt');
    expect(ranked[0]).toBe('Katharina Schmidt');
    expect(ranked).toContain('Karl Schmidtke');
  });

  it('finds a person by reference (also lower case and partial), email and date of birth', async () => {
    const { persons } = await search('Schmidt');
    const reference = persons.find((p) => p.name === 'Katharina Schmidt')!.reference;
    expect(await names(reference.toLowerCase())).toEqual(['Katharina Schmidt']);
    expect(await names(reference.slice(0, 6))).toContain('Katharina Schmidt');
    expect(await names('k.schmidt@example')).toEqual(['Katharina Schmidt']);
    expect(await names('04.05.1971')).toEqual(['Katharina Schmidt']);
    expect(await names('1971-05-04')).toEqual(['Katharina Schmidt']);
    expect(await names('31.02.1971')).toEqual([]);
    expect(await names('Zzyzx Qwerty')).toEqual([]);
    // LIKE wildcards are taken literally.
    expect(await names('%%')).toEqual([]);
    expect(await names('P-%')).toEqual([]);
  });

  it('finds cases and applications by reference, with their clients', async () => {
    const byCase = await search(caseReference.toLowerCase());
    expect(byCase.integratedCases).toEqual([
      { reference: caseReference, primaryClient: { name: 'Katharina Schmidt' } },
    ]);
    expect(byCase.persons).toEqual([]);
    const byApplication = await search(applicationReference);
    expect(byApplication.applications).toEqual([
      { reference: applicationReference, clients: [{ name: 'Katharina Schmidt' }] },
    ]);
  });

  it('tells when more persons match than were returned', async () => {
    const hits = await search('schmid', caseworker, 1);
    expect(hits.persons).toHaveLength(1);
    expect(hits.morePersons).toBe(true);
  });

  it('never searches for those who may read neither persons nor cases (provider users, support agents)', async () => {
    for (const identity of [providerUser, supportAgent]) {
      const error = await refusedWith(subgraph, SEARCH, { search: 'Schmidt' }, identity);
      expect(error.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('refuses a blank text with the field named, and a huge one', async () => {
    const blank = await refusedWith(subgraph, SEARCH, { search: '   ' });
    expect(blank.extensions?.code).toBe('BAD_USER_INPUT');
    const huge = await refusedWith(subgraph, SEARCH, { search: 'x'.repeat(201) });
    expect(huge.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('start pages: "mine" lists only the cases and applications I opened', async () => {
    const mine = await ok<{
      integratedCases: { totalCount: number; nodes: { reference: string }[] };
      applications: { totalCount: number; nodes: { reference: string }[] };
    }>(subgraph, MINE);
    expect(mine.integratedCases.nodes.map((c) => c.reference)).toEqual([caseReference]);
    expect(mine.applications.nodes.map((a) => a.reference)).toEqual([applicationReference]);
    const theirs = await ok<typeof mine>(subgraph, MINE, {}, otherCaseworker);
    expect(theirs.integratedCases.totalCount).toBe(0);
    expect(theirs.applications.totalCount).toBe(0);
  });
});
