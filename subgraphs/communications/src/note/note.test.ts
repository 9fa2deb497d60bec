import { Role } from '@casework/kit';
import { DEMO_PERSONS } from '@casework/contracts';
import {
  pendingSchemaChanges,
  startTestSubgraph,
  testIdentity,
  type TestSubgraph,
} from '@casework/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communicationsSubgraph } from '../index.js';

const ADD = `mutation($input: AddNoteInput!) { addNote(input: $input) { id text priority sensitivity status version createdBy } }`;
const EDIT = `mutation($id: ID!, $input: EditNoteInput!) { editNote(id: $id, input: $input) { text version } }`;
const CANCEL = `mutation($id: ID!, $input: CancelNoteInput!) { cancelNote(id: $id, input: $input) { status cancelledBy cancellationReason version } }`;
const PERSON_NOTES = `query($reps: [_Any!]!, $all: Boolean) { _entities(representations: $reps) { ... on Person { notes(includeCancelled: $all) { text status history { number text editedBy } } } } }`;

interface Added {
  addNote: { id: string; version: number; status: string; createdBy: string };
}

let subgraph: TestSubgraph;
const caseworker = testIdentity([Role.CASEWORKER], {
  id: 'cw-1',
  name: 'Clara Caseworker',
  clearance: 2,
});
const supervisor = testIdentity([Role.SUPERVISOR], {
  id: 'sv-1',
  name: 'Sven Supervisor',
  clearance: 3,
});
beforeAll(async () => {
  subgraph = await startTestSubgraph(communicationsSubgraph);
});
afterAll(() => subgraph.stop());

async function addNote(personId: string, text: string, sensitivity = 'STANDARD', as = caseworker) {
  const res = await subgraph.query<Added>(ADD, { input: { personId, text, sensitivity } }, as);
  expect(res.errors).toBeUndefined();
  return res.data!.addNote;
}

async function notesOf(personId: string, as = caseworker, includeCancelled = false) {
  const res = await subgraph.query<{
    _entities: {
      notes: {
        text: string;
        status: string;
        history: { number: number; text: string; editedBy: string }[];
      }[];
    }[];
  }>(PERSON_NOTES, { reps: [{ __typename: 'Person', id: personId }], all: includeCancelled }, as);
  expect(res.errors).toBeUndefined();
  return res.data!._entities[0]!.notes;
}

describe('notes (communications subgraph, R3.3)', () => {
  it('migrations match the entities (drift check)', async () => {
    expect(await pendingSchemaChanges(communicationsSubgraph)).toBe('');
  });

  it('keeps every previous version with who wrote it when a note is edited', async () => {
    const personId = crypto.randomUUID();
    const note = await addNote(personId, 'Called the client.');
    expect(note).toMatchObject({ status: 'ACTIVE', version: 1, createdBy: 'Clara Caseworker' });
    const edit = await subgraph.query(
      EDIT,
      { id: note.id, input: { version: 1, text: 'Called the client; she needs help at home.' } },
      supervisor,
    );
    expect(edit.errors).toBeUndefined();
    const [current] = await notesOf(personId);
    expect(current!.text).toBe('Called the client; she needs help at home.');
    expect(current!.history).toEqual([
      {
        number: 2,
        text: 'Called the client; she needs help at home.',
        editedBy: 'Sven Supervisor',
      },
      { number: 1, text: 'Called the client.', editedBy: 'Clara Caseworker' },
    ]);
  });

  it('refuses an edit made against an old version with CONFLICT and keeps the text', async () => {
    const personId = crypto.randomUUID();
    const note = await addNote(personId, 'v1');
    await subgraph.query(EDIT, { id: note.id, input: { version: 1, text: 'v2' } }, caseworker);
    const stale = await subgraph.query(
      EDIT,
      { id: note.id, input: { version: 1, text: 'lost update' } },
      caseworker,
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const [current] = await notesOf(personId);
    expect(current!.text).toBe('v2');
    expect(current!.history).toHaveLength(2);
  });

  it('cancelling keeps the note and its history, hidden unless asked for', async () => {
    const personId = crypto.randomUUID();
    const note = await addNote(personId, 'Wrong client');
    const res = await subgraph.query<{ cancelNote: { status: string; cancelledBy: string } }>(
      CANCEL,
      { id: note.id, input: { version: 1, reason: 'Written on the wrong person' } },
      caseworker,
    );
    expect(res.data?.cancelNote).toMatchObject({
      status: 'CANCELLED',
      cancelledBy: 'Clara Caseworker',
    });
    expect(await notesOf(personId)).toEqual([]);
    const all = await notesOf(personId, caseworker, true);
    expect(all).toMatchObject([
      { text: 'Wrong client', status: 'CANCELLED', history: [{ number: 1 }] },
    ]);
    const editCancelled = await subgraph.query(
      EDIT,
      { id: note.id, input: { version: 2, text: 'x' } },
      caseworker,
    );
    expect(editCancelled.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('hides notes above the reader clearance and refuses writing them', async () => {
    const personId = DEMO_PERSONS.leaMueller;
    await addNote(personId, 'Restricted detail', 'RESTRICTED', supervisor);
    await addNote(personId, 'Everyday detail', 'STANDARD', supervisor);
    expect((await notesOf(personId, caseworker)).map((n) => n.text)).toEqual(['Everyday detail']);
    expect((await notesOf(personId, supervisor)).map((n) => n.text)).toEqual([
      'Everyday detail',
      'Restricted detail',
    ]);
    const refused = await subgraph.query(
      ADD,
      { input: { personId, text: 'x', sensitivity: 'RESTRICTED' } },
      caseworker,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.sensitivity' }],
    });
  });

  it('refuses empty text and a malformed person id, naming the fields', async () => {
    // The kit's text policy (issue 14 item 5) refuses blank text before any other rule runs.
    const blank = await subgraph.query(ADD, { input: { personId: 'nobody', text: '  ' } });
    expect(blank.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'input.text', code: 'BLANK' }),
    ]);
    const res = await subgraph.query(ADD, { input: { personId: 'nobody', text: 'x' } });
    const fields = (res.errors?.[0]?.extensions?.fields as { field: string }[]).map((f) => f.field);
    expect(fields).toEqual(['input.personId']);
  });

  it('forbids provider users and support agents from reading notes', async () => {
    const providerUser = testIdentity([Role.PROVIDER_USER], {
      organisationId: crypto.randomUUID(),
    });
    const res = await subgraph.query(
      PERSON_NOTES,
      { reps: [{ __typename: 'Person', id: DEMO_PERSONS.annaSchmidt }] },
      providerUser,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const support = await subgraph.query(
      ADD,
      { input: { personId: DEMO_PERSONS.annaSchmidt, text: 'x' } },
      testIdentity([Role.SUPPORT_AGENT]),
    );
    expect(support.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('issue 14 items 7 and 8: note history and concurrent edits', () => {
  it('R3.3: a downgraded note keeps its RESTRICTED versions from a reader of clearance 2', async () => {
    const personId = crypto.randomUUID();
    const note = await addNote(
      personId,
      'Secret: the client is in witness protection',
      'RESTRICTED',
      supervisor,
    );
    const downgrade = await subgraph.query(
      EDIT,
      { id: note.id, input: { version: 1, text: 'Client moved', sensitivity: 'STANDARD' } },
      supervisor,
    );
    expect(downgrade.errors).toBeUndefined();
    const [seenByCaseworker] = await notesOf(personId, caseworker);
    expect(seenByCaseworker!.history.map((v) => v.text)).toEqual(['Client moved']);
    const [seenBySupervisor] = await notesOf(personId, supervisor);
    expect(seenBySupervisor!.history.map((v) => v.text)).toEqual([
      'Client moved',
      'Secret: the client is in witness protection',
    ]);
  });

  it('R3.3: concurrent edits of one version answer one success and CONFLICT, never INTERNAL_SERVER_ERROR (10 pairs)', async () => {
    for (let pair = 0; pair < 10; pair++) {
      const note = await addNote(crypto.randomUUID(), `pair ${pair}`);
      const results = await Promise.all(
        ['left', 'right'].map((side) =>
          subgraph.query(
            EDIT,
            { id: note.id, input: { version: 1, text: `${side} ${pair}` } },
            caseworker,
          ),
        ),
      );
      const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
      expect(codes).toEqual(['CONFLICT', 'OK']);
    }
  });

  it('R3.3: a concurrent edit and cancel of one version: one wins, the other is refused (CONFLICT, or the note is already cancelled), never an internal error', async () => {
    for (let pair = 0; pair < 5; pair++) {
      const note = await addNote(crypto.randomUUID(), `race ${pair}`);
      const results = await Promise.all([
        subgraph.query(EDIT, { id: note.id, input: { version: 1, text: 'edited' } }, caseworker),
        subgraph.query(CANCEL, { id: note.id, input: { version: 1, reason: 'wrong' } }, caseworker),
      ]);
      const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK');
      expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
      expect(codes.find((c) => c !== 'OK')).toMatch(/^(CONFLICT|BAD_USER_INPUT)$/);
    }
  });
});
