import { type RequestContext, selectsField } from '@casework/kit';
import { type GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import {
  ApplicationCaseReference,
  IntegratedCaseReference,
} from '../attachment/case-references.js';
import { type NoteRow } from './note-rows.js';
import { NoteSubject } from './note-enums.js';
import { Note } from './note.entity.js';
import { NoteService } from './note.service.js';

function notesOf(
  ctx: RequestContext,
  info: GraphQLResolveInfo,
  subject: NoteSubject,
  id: string,
  includeCancelled: boolean,
) {
  const withHistory = selectsField(info, 'history');
  return ctx.loaders
    .get<string, NoteRow[]>(`notes:${subject}:${includeCancelled}:${withHistory}`, (ids) =>
      new NoteService(ctx).forSubjects(subject, ids, includeCancelled, withHistory),
    )
    .load(id);
}

const LIST = {
  nullable: true,
  description: 'Notes on the case that your clearance allows, newest first, with history (R3.3)',
} as const;

@Resolver(() => ApplicationCaseReference)
export class ApplicationCaseNotesResolver {
  @FieldResolver(() => [Note], LIST)
  notes(
    @Root() application: ApplicationCaseReference,
    @Ctx() ctx: RequestContext,
    @Arg('includeCancelled', { defaultValue: false }) includeCancelled: boolean,
    @Info() info: GraphQLResolveInfo,
  ): Promise<NoteRow[]> {
    return notesOf(ctx, info, NoteSubject.APPLICATION_CASE, application.id, includeCancelled);
  }
}

@Resolver(() => IntegratedCaseReference)
export class IntegratedCaseNotesResolver {
  @FieldResolver(() => [Note], LIST)
  notes(
    @Root() integratedCase: IntegratedCaseReference,
    @Ctx() ctx: RequestContext,
    @Arg('includeCancelled', { defaultValue: false }) includeCancelled: boolean,
    @Info() info: GraphQLResolveInfo,
  ): Promise<NoteRow[]> {
    return notesOf(ctx, info, NoteSubject.INTEGRATED_CASE, integratedCase.id, includeCancelled);
  }
}
