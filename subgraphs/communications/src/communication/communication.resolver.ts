import { type RequestContext } from '@casework/kit';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Communication } from './communication.entity.js';
import {
  CommunicationFilter,
  PrintBatch,
  RecordCommunicationInput,
  UpdateCommunicationInput,
} from './communication.input.js';
import { CommunicationService } from './communication.service.js';

@Resolver(() => Communication)
export class CommunicationResolver {
  @Query(() => [Communication], {
    description:
      'Communications with or about persons or a case, newest first (R3.5); filter by kind, direction and period',
  })
  communications(
    @Arg('filter', () => CommunicationFilter) filter: CommunicationFilter,
    @Ctx() ctx: RequestContext,
  ) {
    return new CommunicationService(ctx).list(filter);
  }

  @Query(() => Communication)
  communication(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return new CommunicationService(ctx).get(id);
  }

  @Query(() => [Communication], { description: 'Letters waiting to be printed for posting (R2.5)' })
  printQueue(@Ctx() ctx: RequestContext) {
    return new CommunicationService(ctx).printQueue();
  }

  @Mutation(() => Communication, {
    description:
      'Records a phone call, email or letter (R3.5); outgoing emails are sent, outgoing letters become PDFs in the print queue',
  })
  recordCommunication(
    @Arg('input', () => RecordCommunicationInput) input: RecordCommunicationInput,
    @Ctx() ctx: RequestContext,
  ) {
    return new CommunicationService(ctx).record(input);
  }

  @Mutation(() => Communication, { description: 'Changes a communication that is not sent yet' })
  updateCommunication(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateCommunicationInput) input: UpdateCommunicationInput,
    @Ctx() ctx: RequestContext,
  ) {
    return new CommunicationService(ctx).update(id, input);
  }

  @Mutation(() => PrintBatch, {
    description:
      'Prints waiting letters as one PDF (one page set per letter) and marks them printed',
  })
  printLetters(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: RequestContext) {
    return new CommunicationService(ctx).print(ids);
  }

  @Mutation(() => [Communication], { description: 'Marks printed letters as posted' })
  markLettersPosted(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: RequestContext) {
    return new CommunicationService(ctx).markPosted(ids);
  }

  @Mutation(() => Communication, {
    description: 'Records a letter as handed over to the client at an appointment (R2.3)',
  })
  handOverLetter(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return new CommunicationService(ctx).handOver(id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Short-lived link to the PDF' })
  pdfUrl(@Root() entry: Communication, @Ctx() ctx: RequestContext) {
    return new CommunicationService(ctx).pdfUrl(entry);
  }
}
