import { Role } from '@casework/kit';
import { startTestSubgraph, testIdentity, type TestSubgraph } from '@casework/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communicationsSubgraph } from '../index.js';

// Issue 15 moved the notes lists off the ORM's entities: this pins every field of the notes
// panel's answer (R3.3) on fixed rows, so the plain-row reads must answer exactly as the entities did.

const PANEL = `query($reps: [_Any!]!, $all: Boolean) {
  _entities(representations: $reps) {
    ... on Person {
      id
      notes(includeCancelled: $all) {
        id version createdAt updatedAt subjectType subjectId text priority sensitivity status
        createdById createdBy cancelledBy cancelledAt cancellationReason
        person { id }
        history { id number text priority sensitivity editedById editedBy editedAt }
      }
    }
  }
}`;

const ANNA = '5e1a0000-0000-4000-8000-00000000000a';
const BEN = '5e1a0000-0000-4000-8000-00000000000b';
const id = (n: number) => `5e1a0000-0000-4000-8000-0000000001${String(n).padStart(2, '0')}`;
const vid = (n: number, v: number) => `5e1a0000-0000-4000-8000-0000000002${n}${v}`;
const at = (minute: number) => new Date(Date.UTC(2026, 10, 20, 9, minute)).toISOString();

interface Row {
  n: number;
  person: string;
  minute: number;
  sensitivity: string;
  status?: string;
  /** Sensitivity of each version, oldest first; the last is the note's own. */
  versions: string[];
}

/** Notes 3 and 4 share a creation time (ties go by id, descending); 5 is cancelled. */
const ROWS: Row[] = [
  { n: 1, person: ANNA, minute: 1, sensitivity: 'STANDARD', versions: ['STANDARD'] },
  { n: 2, person: ANNA, minute: 2, sensitivity: 'RESTRICTED', versions: ['RESTRICTED'] },
  {
    n: 3,
    person: ANNA,
    minute: 3,
    sensitivity: 'STANDARD',
    versions: ['RESTRICTED', 'CONFIDENTIAL', 'STANDARD'],
  },
  { n: 4, person: ANNA, minute: 3, sensitivity: 'CONFIDENTIAL', versions: ['CONFIDENTIAL'] },
  {
    n: 5,
    person: ANNA,
    minute: 4,
    sensitivity: 'STANDARD',
    status: 'CANCELLED',
    versions: ['STANDARD'],
  },
  { n: 6, person: BEN, minute: 5, sensitivity: 'STANDARD', versions: ['STANDARD', 'STANDARD'] },
];

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(communicationsSubgraph);
  const execute = (sql: string, params: unknown[]) =>
    subgraph.orm.em.getConnection().execute(sql, params);
  for (const r of ROWS) {
    const cancelled = r.status === 'CANCELLED';
    await execute(
      `insert into communications.note (id, subject_type, subject_id, text, priority, sensitivity, status,
        created_by_id, created_by, created_at, updated_at, version, cancelled_by, cancelled_at, cancellation_reason)
       values (?, 'PERSON', ?, ?, 'HIGH', ?, ?, 'cw-1', 'Clara', ?, ?, ?, ?, ?, ?)`,
      [
        id(r.n),
        r.person,
        `Note ${r.n} v${r.versions.length}`,
        r.sensitivity,
        r.status ?? 'ACTIVE',
        at(r.minute),
        at(r.minute + 30),
        r.versions.length + (cancelled ? 1 : 0),
        cancelled ? 'Sven' : null,
        cancelled ? at(50) : null,
        cancelled ? 'Wrong person' : null,
      ],
    );
    for (const [i, sensitivity] of r.versions.entries())
      await execute(
        `insert into communications.note_version (id, note_id, number, text, priority, sensitivity,
          edited_by_id, edited_by, edited_at) values (?, ?, ?, ?, 'LOW', ?, ?, ?, ?)`,
        [
          vid(r.n, i + 1),
          id(r.n),
          i + 1,
          `Note ${r.n} v${i + 1}`,
          sensitivity,
          `ed-${i + 1}`,
          `Editor ${i + 1}`,
          at(r.minute + i),
        ],
      );
  }
}, 120_000);

afterAll(() => subgraph?.stop());

/** What the panel must show of note `n` for a reader who may see `readable` sensitivities. */
function expected(n: number, readable: string[]) {
  const r = ROWS.find((row) => row.n === n)!;
  const cancelled = r.status === 'CANCELLED';
  return {
    id: id(n),
    version: r.versions.length + (cancelled ? 1 : 0),
    createdAt: at(r.minute),
    updatedAt: at(r.minute + 30),
    subjectType: 'PERSON',
    subjectId: r.person,
    text: `Note ${n} v${r.versions.length}`,
    priority: 'HIGH',
    sensitivity: r.sensitivity,
    status: r.status ?? 'ACTIVE',
    createdById: 'cw-1',
    createdBy: 'Clara',
    cancelledBy: cancelled ? 'Sven' : null,
    cancelledAt: cancelled ? at(50) : null,
    cancellationReason: cancelled ? 'Wrong person' : null,
    person: { id: r.person },
    history: r.versions
      .map((sensitivity, i) => ({
        id: vid(n, i + 1),
        number: i + 1,
        text: `Note ${n} v${i + 1}`,
        priority: 'LOW',
        sensitivity,
        editedById: `ed-${i + 1}`,
        editedBy: `Editor ${i + 1}`,
        editedAt: at(r.minute + i),
      }))
      .filter((v) => readable.includes(v.sensitivity))
      .reverse(),
  };
}

async function panel(clearance: number, includeCancelled: boolean) {
  const res = await subgraph.query<{ _entities: unknown[] }>(
    PANEL,
    {
      reps: [
        { __typename: 'Person', id: ANNA },
        { __typename: 'Person', id: BEN },
      ],
      all: includeCancelled,
    },
    testIdentity([Role.CASEWORKER], { clearance }),
  );
  expect(res.errors).toBeUndefined();
  return res.data!._entities;
}

describe('notes panel answer, field by field (issue 15, R3.3)', () => {
  it('R3.3: newest first (ties by id), every field, history newest first, for two persons in one batch', async () => {
    const all = ['STANDARD', 'CONFIDENTIAL', 'RESTRICTED'];
    expect(await panel(3, false)).toEqual([
      { id: ANNA, notes: [4, 3, 2, 1].map((n) => expected(n, all)) },
      { id: BEN, notes: [expected(6, all)] },
    ]);
  });

  it('R3.3: cancelled notes only when asked for, with who cancelled them and why', async () => {
    const all = ['STANDARD', 'CONFIDENTIAL', 'RESTRICTED'];
    expect(await panel(3, true)).toEqual([
      { id: ANNA, notes: [5, 4, 3, 2, 1].map((n) => expected(n, all)) },
      { id: BEN, notes: [expected(6, all)] },
    ]);
  });

  it('R3.3: a reader sees only notes and versions at or below their clearance', async () => {
    const clearance2 = ['STANDARD', 'CONFIDENTIAL'];
    expect(await panel(2, false)).toEqual([
      { id: ANNA, notes: [4, 3, 1].map((n) => expected(n, clearance2)) },
      { id: BEN, notes: [expected(6, clearance2)] },
    ]);
    const clearance1 = ['STANDARD'];
    expect(await panel(1, true)).toEqual([
      { id: ANNA, notes: [5, 3, 1].map((n) => expected(n, clearance1)) },
      { id: BEN, notes: [expected(6, clearance1)] },
    ]);
  });

  it('R3.3: a person without notes gets an empty list, and a malformed id is no error', async () => {
    const res = await subgraph.query<{ _entities: unknown[] }>(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { id notes { id } } } }`,
      {
        reps: [
          { __typename: 'Person', id: '5e1a0000-0000-4000-8000-0000000000ff' },
          { __typename: 'Person', id: 'not-a-uuid' },
        ],
      },
      testIdentity([Role.CASEWORKER]),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities).toEqual([
      { id: '5e1a0000-0000-4000-8000-0000000000ff', notes: [] },
      { id: 'not-a-uuid', notes: [] },
    ]);
  });
});
