import { type PersonKey, type RequestContext } from '@casework/kit';
import { Person } from './person.type.js';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Note } from '../note/note.entity.js';
import { type NoteRow } from '../note/note-rows.js';
import { NoteSubject } from '../note/note-enums.js';
import { NoteService } from '../note/note.service.js';

@Resolver(() => Person)
export class PersonNotesResolver {
  @FieldResolver(() => [Note], {
    nullable: true,
    description: 'Notes about the person that your clearance allows, newest first',
  })
  notes(
    @Root() person: PersonKey,
    @Ctx() ctx: RequestContext,
    @Arg('includeCancelled', { defaultValue: false }) includeCancelled: boolean,
  ): Promise<NoteRow[]> {
    return ctx.loaders
      .get<string, NoteRow[]>(`personNotes:${includeCancelled}`, (ids) =>
        new NoteService(ctx).forSubjects(NoteSubject.PERSON, ids, includeCancelled),
      )
      .load(person.id);
  }
}
