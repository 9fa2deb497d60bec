import {
  assertUuid,
  authorize,
  refuse,
  flushVersioned,
  forbidden,
  groupByKeys,
  notFound,
  type RequestContext,
} from '@casework/kit';
import { CASE_TYPE_NAME, CaseKind } from '../case/case-kind.js';
import { assertClearance, readableWith } from './clearance.js';
import { NoteSensitivity, NoteStatus, NoteSubject, sensitivityLevel } from './note-enums.js';
import { NoteVersion } from './note-version.entity.js';
import { Note } from './note.entity.js';
import { type NoteRow, type NoteVersionRow, readNoteVersions, readNotes } from './note-rows.js';
import {
  type AddCaseNoteInput,
  type AddNoteInput,
  type CancelNoteInput,
  type EditNoteInput,
} from './note.input.js';

/**
 * Notes about persons, application cases and integrated cases (R3.3): one model whose subject is
 * a federated reference. Every change writes a new version, cancelling keeps the note, and a
 * note is invisible to anyone whose clearance is below its sensitivity.
 */
export class NoteService {
  constructor(private readonly ctx: RequestContext) {}

  private readable(): NoteSensitivity[] {
    return readableWith(this.ctx.identity, 'note:read', 'read notes');
  }

  private checkClearance(sensitivity: NoteSensitivity, field: string): void {
    assertClearance(this.ctx.identity, sensitivity, field, 'CLEARANCE_TOO_LOW');
  }

  async get(id: string): Promise<Note> {
    const sensitivities = this.readable();
    assertUuid(id, 'id');
    const note = await this.ctx.em.findOne(Note, { id, sensitivity: { $in: sensitivities } });
    if (!note) throw notFound('Note', id);
    // Notes on cases are read (and so edited) only by those who may read cases.
    if (note.subjectType !== NoteSubject.PERSON)
      authorize(this.ctx.identity, 'case:read', 'read notes on cases');
    return note;
  }

  /**
   * Notes per person or case for a DataLoader batch, newest first, as plain rows (issue 15).
   * `withHistory` reads their versions in the same batch and attaches them, so each note's
   * history is there at once instead of one DataLoader promise per note.
   */
  async forSubjects(
    subjectType: NoteSubject,
    subjectIds: readonly string[],
    includeCancelled: boolean,
    withHistory = false,
  ): Promise<NoteRow[][]> {
    const sensitivities = this.readable();
    if (subjectType !== NoteSubject.PERSON)
      authorize(this.ctx.identity, 'case:read', 'read notes on cases');
    const notes = await readNotes(
      this.ctx.em,
      subjectType,
      subjectIds,
      sensitivities,
      includeCancelled,
    );
    if (withHistory) {
      const ids = notes.map((n) => n.id);
      const versions = await readNoteVersions(this.ctx.em, ids, sensitivities);
      const history = groupByKeys(ids, versions, (v) => v.noteId);
      notes.forEach((note, i) => (note.history = history[i]));
    }
    return groupByKeys(subjectIds, notes, (n) => n.subjectId);
  }

  /** Versions per note for a DataLoader batch, newest first, each as its clearance allows (R3.3). */
  async historyOf(noteIds: readonly string[]): Promise<NoteVersionRow[][]> {
    const versions = await readNoteVersions(this.ctx.em, noteIds, this.readable());
    return groupByKeys(noteIds, versions, (v) => v.noteId);
  }

  async add(input: AddNoteInput): Promise<Note> {
    return this.write(NoteSubject.PERSON, input.personId, 'Person', 'input.personId', input);
  }

  /** A note on an application or integrated case (R3.3): the writer must be able to read the case. */
  async addToCase(input: AddCaseNoteInput): Promise<Note> {
    authorize(this.ctx.identity, 'case:read', 'write notes on cases');
    const subject =
      input.caseType === CaseKind.APPLICATION_CASE
        ? NoteSubject.APPLICATION_CASE
        : NoteSubject.INTEGRATED_CASE;
    return this.write(subject, input.caseId, CASE_TYPE_NAME[input.caseType], 'input.caseId', input);
  }

  private async write(
    subjectType: NoteSubject,
    subjectId: string,
    owned: string,
    field: string,
    input: Pick<AddNoteInput, 'text' | 'priority' | 'sensitivity'>,
  ): Promise<Note> {
    authorize(this.ctx.identity, 'note:write', 'write notes');
    this.checkClearance(input.sensitivity, 'input.sensitivity');
    // Persons and cases belong to the cases subgraph (issue 14 item 11).
    await this.ctx.references?.assertExist([{ type: owned, id: subjectId, field }]);
    const { identity, em } = this.ctx;
    const note = em.create(Note, {
      subjectType,
      subjectId,
      text: input.text,
      priority: input.priority,
      sensitivity: input.sensitivity,
      createdById: identity.id,
      createdBy: identity.name,
    });
    this.recordVersion(note, 1);
    await em.flush();
    return note;
  }

  async edit(id: string, input: EditNoteInput): Promise<Note> {
    authorize(this.ctx.identity, 'note:write', 'edit notes');
    const note = await this.get(id);
    if (note.status === NoteStatus.CANCELLED) throw refuse('NOTE_CANCELLED', { field: 'id' });
    if (input.sensitivity) this.checkClearance(input.sensitivity, 'input.sensitivity');
    const changed =
      (input.text !== undefined && input.text !== note.text) ||
      (input.priority !== undefined && input.priority !== note.priority) ||
      (input.sensitivity !== undefined && input.sensitivity !== note.sensitivity);
    if (!changed) return note;
    note.text = input.text ?? note.text;
    note.priority = input.priority ?? note.priority;
    note.sensitivity = input.sensitivity ?? note.sensitivity;
    this.recordVersion(note, input.version + 1);
    await flushVersioned(this.ctx.em, note, 'Note', input.version);
    return note;
  }

  async cancel(id: string, input: CancelNoteInput): Promise<Note> {
    authorize(this.ctx.identity, 'note:write', 'cancel notes');
    const note = await this.get(id);
    if (note.status === NoteStatus.CANCELLED)
      throw refuse('NOTE_ALREADY_CANCELLED', { field: 'id' });
    if (sensitivityLevel(note.sensitivity) > this.ctx.identity.clearance)
      throw forbidden('cancel this note');
    note.status = NoteStatus.CANCELLED;
    note.cancelledBy = this.ctx.identity.name;
    note.cancelledAt = new Date();
    note.cancellationReason = input.reason;
    await flushVersioned(this.ctx.em, note, 'Note', input.version);
    return note;
  }

  private recordVersion(note: Note, number: number): void {
    this.ctx.em.create(NoteVersion, {
      note,
      number,
      text: note.text,
      priority: note.priority,
      sensitivity: note.sensitivity,
      editedById: this.ctx.identity.id,
      editedBy: this.ctx.identity.name,
      editedAt: new Date(),
    });
  }
}
