import { isUuid, sqlExecutor } from '@casework/kit';
import { type EntityManager } from '@mikro-orm/postgresql';
import {
  type NotePriority,
  type NoteSensitivity,
  type NoteStatus,
  type NoteSubject,
} from './note-enums.js';

/**
 * A note as the lists read it (issue 15): the columns the GraphQL type exposes, as a plain row.
 * The notes panel was mostly ORM work (query building, hydration, identity map) for rows that are
 * only read; writes and single notes stay entities (note.service.ts).
 */
export interface NoteRow {
  id: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  subjectType: NoteSubject;
  subjectId: string;
  text: string;
  priority: NotePriority;
  sensitivity: NoteSensitivity;
  status: NoteStatus;
  createdById: string;
  createdBy: string;
  cancelledBy: string | null;
  cancelledAt: Date | null;
  cancellationReason: string | null;
  /** The versions, when the list was read with them (see NoteService.forSubjects). */
  history?: NoteVersionRow[];
}

/** A version of a note as its history lists it, with the note it belongs to (for grouping). */
export interface NoteVersionRow {
  noteId: string;
  id: string;
  number: number;
  text: string;
  priority: NotePriority;
  sensitivity: NoteSensitivity;
  editedById: string;
  editedBy: string;
  editedAt: Date;
}

/**
 * A timestamp as milliseconds since 1970, made a Date here: the ORM's pg connection returns
 * timestamps as text for its own hydration. `floor` cuts to the millisecond as the ORM's parsing did.
 */
const ms = (column: string) =>
  `floor(extract(epoch from ${column}) * 1000)::float8 as "${camel(column)}"`;

function camel(column: string): string {
  return column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

function toDate(value: unknown): Date {
  return new Date(value as number);
}

const NOTE_COLUMNS = `id, version, ${ms('created_at')}, ${ms('updated_at')},
  subject_type as "subjectType", subject_id as "subjectId", text, priority, sensitivity, status,
  created_by_id as "createdById", created_by as "createdBy", cancelled_by as "cancelledBy",
  ${ms('cancelled_at')}, cancellation_reason as "cancellationReason"`;

const VERSION_COLUMNS = `note_id as "noteId", id, number, text, priority, sensitivity,
  edited_by_id as "editedById", edited_by as "editedBy", ${ms('edited_at')}`;

function schemaOf(em: EntityManager): string {
  return em.config.get('schema') ?? 'communications';
}

/**
 * Notes of the subjects (one statement), newest first with ties by id, as the entity query
 * ordered them. `sensitivities` is what the reader's clearance allows (see clearance.ts).
 */
export async function readNotes(
  em: EntityManager,
  subjectType: NoteSubject,
  subjectIds: readonly string[],
  sensitivities: readonly NoteSensitivity[],
  includeCancelled: boolean,
): Promise<NoteRow[]> {
  // A malformed id (a hand-made federation reference) has no notes; PostgreSQL would refuse it.
  const ids = subjectIds.filter(isUuid);
  if (!ids.length || !sensitivities.length) return [];
  const { rows } = await sqlExecutor(em).executeSql(
    `select ${NOTE_COLUMNS} from "${schemaOf(em)}"."note"
     where subject_type = $1 and subject_id = any($2::uuid[]) and sensitivity::text = any($3::text[])
       ${includeCancelled ? '' : `and status = 'ACTIVE'`}
     order by created_at desc, id desc`,
    [subjectType, ids, sensitivities],
  );
  for (const row of rows) {
    row.createdAt = toDate(row.createdAt);
    row.updatedAt = toDate(row.updatedAt);
    if (row.cancelledAt !== null) row.cancelledAt = toDate(row.cancelledAt);
  }
  return rows as unknown as NoteRow[];
}

/**
 * Versions of the notes (one statement), newest first. Each version is filtered by its own
 * sensitivity (R3.3): a downgraded note's older RESTRICTED text stays hidden from lower clearances.
 */
export async function readNoteVersions(
  em: EntityManager,
  noteIds: readonly string[],
  sensitivities: readonly NoteSensitivity[],
): Promise<NoteVersionRow[]> {
  if (!noteIds.length || !sensitivities.length) return [];
  const { rows } = await sqlExecutor(em).executeSql(
    `select ${VERSION_COLUMNS} from "${schemaOf(em)}"."note_version"
     where note_id = any($1::uuid[]) and sensitivity::text = any($2::text[])
     order by number desc`,
    [noteIds, sensitivities],
  );
  for (const row of rows) row.editedAt = toDate(row.editedAt);
  return rows as unknown as NoteVersionRow[];
}
