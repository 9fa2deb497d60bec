import { type PersonKey, personRef, type RequestContext } from '@casework/kit';
import { Person } from '../person/person.type.js';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { NoteVersion } from './note-version.entity.js';
import { Note } from './note.entity.js';
import { NoteSubject } from './note-enums.js';
import { type NoteRow, type NoteVersionRow } from './note-rows.js';
import { AddCaseNoteInput, AddNoteInput, CancelNoteInput, EditNoteInput } from './note.input.js';
import { NoteService } from './note.service.js';

/** What the field resolvers read of a note: a listed row or an entity (one note, a mutation). */
type NoteKeys = Pick<NoteRow, 'id' | 'subjectType' | 'subjectId' | 'history'>;

@Resolver(() => Note)
export class NoteResolver {
  @Query(() => Note, { nullable: true, description: 'One note by id, if your clearance allows it' })
  note(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Note> {
    return new NoteService(ctx).get(id);
  }

  @Mutation(() => Note, { description: 'Writes a note about a person' })
  addNote(@Arg('input', () => AddNoteInput) input: AddNoteInput, @Ctx() ctx: RequestContext) {
    return new NoteService(ctx).add(input);
  }

  @Mutation(() => Note, {
    description: 'Writes a note on an application or integrated case (R3.3)',
  })
  addCaseNote(
    @Arg('input', () => AddCaseNoteInput) input: AddCaseNoteInput,
    @Ctx() ctx: RequestContext,
  ) {
    return new NoteService(ctx).addToCase(input);
  }

  @Mutation(() => Note, {
    description: 'Writes a new version of a note; the previous one stays in its history',
  })
  editNote(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => EditNoteInput) input: EditNoteInput,
    @Ctx() ctx: RequestContext,
  ) {
    return new NoteService(ctx).edit(id, input);
  }

  @Mutation(() => Note, {
    description: 'Marks a note cancelled; it is kept with its history, never deleted',
  })
  cancelNote(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => CancelNoteInput) input: CancelNoteInput,
    @Ctx() ctx: RequestContext,
  ) {
    return new NoteService(ctx).cancel(id, input);
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: 'The person the note is about; null for notes on cases',
  })
  person(@Root() note: NoteKeys): PersonKey | null {
    return note.subjectType === NoteSubject.PERSON ? personRef(note.subjectId) : null;
  }

  @FieldResolver(() => ID, { description: 'The person or case the note is about' })
  subjectId(@Root() note: NoteKeys): string {
    return note.subjectId;
  }

  @FieldResolver(() => [NoteVersion], {
    description: 'Every version, newest first; the first is the current text',
  })
  history(
    @Root() note: NoteKeys,
    @Ctx() ctx: RequestContext,
  ): NoteVersionRow[] | Promise<NoteVersionRow[]> {
    if (note.history) return note.history;
    return ctx.loaders
      .get<string, NoteVersionRow[]>('noteHistory', (ids) => new NoteService(ctx).historyOf(ids))
      .load(note.id);
  }
}
