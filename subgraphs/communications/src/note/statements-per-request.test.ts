import { Role } from '@casework/kit';
import {
  countStatements,
  startTestSubgraph,
  testIdentity,
  type TestSubgraph,
} from '@casework/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communicationsSubgraph } from '../index.js';

// Issue 15: the notes panel (a person's notes with their history, through the federation's
// entity lookup) sends the same statements for 3 notes and for 50.

const caseworker = testIdentity([Role.CASEWORKER]);
const PERSON = '0b9e5f5a-00bb-4000-8000-000000000001';
const NOTES = `query($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Person {
      id
      notes(includeCancelled: false) {
        id text priority sensitivity status version createdBy createdAt updatedAt
        cancelledBy cancelledAt cancellationReason
        history { number text editedBy editedAt }
      }
    }
  }
}`;
let subgraph: TestSubgraph;

async function addNotes(from: number, count: number): Promise<void> {
  const execute = (sql: string) => subgraph.orm.em.getConnection().execute(sql);
  await execute(`insert into communications.note (id, subject_type, subject_id, text, priority, sensitivity, status,
      created_by_id, created_by, created_at, updated_at, version)
    select gen_random_uuid(), 'PERSON', '${PERSON}', 'Statement note ' || i, 'NORMAL', 'STANDARD', 'ACTIVE',
      'cw', 'Clara', now() - i * interval '1 minute', now(), 2
    from generate_series(${from}, ${from + count - 1}) i`);
  await execute(`insert into communications.note_version (id, note_id, number, text, priority, sensitivity,
      edited_by_id, edited_by, edited_at)
    select gen_random_uuid(), n.id, v, n.text || ' v' || v, n.priority, n.sensitivity, 'cw', 'Clara', now()
    from communications.note n cross join generate_series(1, 2) v
    where not exists (select 1 from communications.note_version x where x.note_id = n.id)`);
}

async function statements(): Promise<{ count: number; notes: number }> {
  let notes = 0;
  const count = await countStatements(async () => {
    const res = await subgraph.query<{ _entities: { notes: unknown[] }[] }>(
      NOTES,
      { representations: [{ __typename: 'Person', id: PERSON }] },
      caseworker,
    );
    expect(res.errors).toBeUndefined();
    notes = res.data!._entities[0]!.notes.length;
  });
  return { count, notes };
}

beforeAll(async () => {
  subgraph = await startTestSubgraph(communicationsSubgraph);
}, 120_000);

afterAll(() => subgraph?.stop());

describe('statements per request do not grow with the list (issue 15, R3.3 notes)', () => {
  it('notes panel: 3 notes and 50 notes with history take the same statements', async () => {
    await addNotes(1, 3);
    const short = await statements();
    await addNotes(4, 47);
    const long = await statements();
    expect([short.notes, long.notes]).toEqual([3, 50]);
    expect(short.count).toBeGreaterThan(0);
    expect(long.count).toBe(short.count);
  });
});
