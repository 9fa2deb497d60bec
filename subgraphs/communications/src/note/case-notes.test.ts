import { randomUUID } from 'node:crypto';
import { Role } from '@casework/kit';
import { startTestSubgraph, testIdentity, type TestSubgraph } from '@casework/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communicationsSubgraph } from '../index.js';

const ADD = `mutation($input: AddCaseNoteInput!) { addCaseNote(input: $input) { id version subjectType subjectId person { id } } }`;
const EDIT = `mutation($id: ID!, $input: EditNoteInput!) { editNote(id: $id, input: $input) { version } }`;
const CASE_NOTES = `query($reps: [_Any!]!) { _entities(representations: $reps) {
  ... on ApplicationCase { notes { text history { number text editedBy } } }
  ... on IntegratedCase { notes { text } }
} }`;

let subgraph: TestSubgraph;
const caseworker = testIdentity([Role.CASEWORKER], { id: 'cw-1', name: 'Clara Caseworker' });
const supervisor = testIdentity([Role.SUPERVISOR], { id: 'sv-1', name: 'Sam Supervisor' });
const support = testIdentity([Role.SUPPORT_AGENT], { id: 'sa-1' });

beforeAll(async () => {
  subgraph = await startTestSubgraph(communicationsSubgraph);
});
afterAll(() => subgraph.stop());

async function notesOf(typename: string, id: string, as = caseworker) {
  const res = await subgraph.query<{
    _entities: { notes: { text: string; history?: { number: number; text: string }[] }[] }[];
  }>(CASE_NOTES, { reps: [{ __typename: typename, id }] }, as);
  return res;
}

describe('notes on cases (R3.3)', () => {
  it('R3.3: a note on an application case keeps its history; the case lists it', async () => {
    const caseId = randomUUID();
    const added = await subgraph.query<{
      addCaseNote: { id: string; subjectType: string; subjectId: string; person: null };
    }>(
      ADD,
      { input: { caseType: 'APPLICATION_CASE', caseId, text: 'Income proof missing.' } },
      caseworker,
    );
    expect(added.errors).toBeUndefined();
    expect(added.data!.addCaseNote).toMatchObject({
      subjectType: 'APPLICATION_CASE',
      subjectId: caseId,
      person: null,
    });
    const edit = await subgraph.query(
      EDIT,
      { id: added.data!.addCaseNote.id, input: { version: 1, text: 'Income proof received.' } },
      supervisor,
    );
    expect(edit.errors).toBeUndefined();
    const read = await notesOf('ApplicationCase', caseId);
    expect(read.data!._entities[0]!.notes).toEqual([
      {
        text: 'Income proof received.',
        history: [
          { number: 2, text: 'Income proof received.', editedBy: 'Sam Supervisor' },
          { number: 1, text: 'Income proof missing.', editedBy: 'Clara Caseworker' },
        ],
      },
    ]);
    // The same id as an integrated case or a person has no such note.
    expect((await notesOf('IntegratedCase', caseId)).data!._entities[0]!.notes).toEqual([]);
  });

  it('R3.3: integrated cases have notes too', async () => {
    const caseId = randomUUID();
    await subgraph.query(
      ADD,
      { input: { caseType: 'INTEGRATED_CASE', caseId, text: 'Home visit planned.' } },
      caseworker,
    );
    expect((await notesOf('IntegratedCase', caseId)).data!._entities[0]!.notes).toEqual([
      { text: 'Home visit planned.' },
    ]);
  });

  it('R3.3: a caller who may not read cases can neither write nor read case notes, and nothing is stored', async () => {
    const caseId = randomUUID();
    const refused = await subgraph.query(
      ADD,
      { input: { caseType: 'APPLICATION_CASE', caseId, text: 'x' } },
      support,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const blank = await subgraph.query(
      ADD,
      { input: { caseType: 'APPLICATION_CASE', caseId, text: '  ' } },
      caseworker,
    );
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await notesOf('ApplicationCase', caseId)).data!._entities[0]!.notes).toEqual([]);
    const read = await notesOf('ApplicationCase', caseId, support);
    expect(read.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
