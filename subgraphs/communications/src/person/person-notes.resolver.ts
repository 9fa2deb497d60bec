import { type PersonKey, type RequestContext, selectsField } from '@casework/kit';
import { type GraphQLResolveInfo } from 'graphql';
import { Person } from './person.type.js';
import { Arg, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
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
    @Info() info: GraphQLResolveInfo,
  ): Promise<NoteRow[]> {
    const withHistory = selectsField(info, 'history');
    return ctx.loaders
      .get<string, NoteRow[]>(`personNotes:${includeCancelled}:${withHistory}`, (ids) =>
        new NoteService(ctx).forSubjects(NoteSubject.PERSON, ids, includeCancelled, withHistory),
      )
      .load(person.id);
  }
}
