import { AuditEntry, loadAuditTrail, type RequestContext } from '@casework/kit';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  ApplicationCaseReference,
  IntegratedCaseReference,
} from '../attachment/case-references.js';
import { CaseKind } from '../case/case-kind.js';
import {} from './meeting-enums.js';
import { MeetingInvitee } from './meeting-invitee.entity.js';
import { Meeting } from './meeting.entity.js';
import {
  CancelMeetingInput,
  HoldMeetingInput,
  InvitationResponseInput,
  RescheduleMeetingInput,
  ScheduleMeetingInput,
} from './meeting.input.js';
import { MeetingService } from './meeting.service.js';

const service = (ctx: RequestContext) => new MeetingService(ctx);

@Resolver(() => Meeting)
export class MeetingResolver {
  @Query(() => Meeting, { nullable: true })
  meeting(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return service(ctx).get(id);
  }

  @Query(() => [Meeting], {
    nullable: true,
    description: 'My agenda: meetings I organise or am invited to as staff, in [from, to)',
  })
  myMeetings(
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
    @Ctx() ctx: RequestContext,
  ) {
    return service(ctx).agenda(from, to);
  }

  @Mutation(() => Meeting, {
    description: 'Schedules a meeting with clients on a case and mails the invitations (R3.1)',
  })
  scheduleMeeting(
    @Arg('input', () => ScheduleMeetingInput) input: ScheduleMeetingInput,
    @Ctx() ctx: RequestContext,
  ) {
    return service(ctx).schedule(input);
  }

  @Mutation(() => Meeting, { description: 'Moves a meeting; invitees get an update' })
  rescheduleMeeting(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => RescheduleMeetingInput) input: RescheduleMeetingInput,
    @Ctx() ctx: RequestContext,
  ) {
    return service(ctx).reschedule(id, input);
  }

  @Mutation(() => Meeting, { description: 'Cancels a meeting (kept); invitees get a cancellation' })
  cancelMeeting(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => CancelMeetingInput) input: CancelMeetingInput,
    @Ctx() ctx: RequestContext,
  ) {
    return service(ctx).cancel(id, input);
  }

  @Mutation(() => Meeting, {
    description:
      'Records that the meeting was held and who attended; for an application case this counts for R3.1',
  })
  holdMeeting(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => HoldMeetingInput) input: HoldMeetingInput,
    @Ctx() ctx: RequestContext,
  ) {
    return service(ctx).hold(id, input);
  }

  @Mutation(() => MeetingInvitee, { description: "Records an invitee's answer" })
  recordInvitationResponse(
    @Arg('inviteeId', () => ID) inviteeId: string,
    @Arg('input', () => InvitationResponseInput) input: InvitationResponseInput,
    @Ctx() ctx: RequestContext,
  ) {
    return service(ctx).recordResponse(inviteeId, input);
  }

  @FieldResolver(() => ID, { description: 'The application or integrated case' })
  caseId(@Root() meeting: Meeting): string {
    return meeting.caseId;
  }

  @FieldResolver(() => [MeetingInvitee])
  invitees(@Root() meeting: Meeting): Promise<MeetingInvitee[]> {
    return meeting.invitees.loadItems();
  }

  @FieldResolver(() => [AuditEntry], { description: 'Changes and answers, newest first (R6.3)' })
  auditTrail(@Root() meeting: Meeting, @Ctx() ctx: RequestContext) {
    return loadAuditTrail(ctx, meeting.id);
  }
}

function meetingsOf(ctx: RequestContext, type: CaseKind, id: string) {
  return ctx.loaders
    .get<string, Meeting[]>(`meetings:${type}`, (ids) => service(ctx).forCases(type, ids))
    .load(id);
}

const LIST = {
  nullable: true,
  description: 'Meetings scheduled on this case (any status), soonest first (R3.1)',
} as const;

@Resolver(() => ApplicationCaseReference)
export class ApplicationCaseMeetingsResolver {
  @FieldResolver(() => [Meeting], LIST)
  scheduledMeetings(@Root() application: ApplicationCaseReference, @Ctx() ctx: RequestContext) {
    return meetingsOf(ctx, CaseKind.APPLICATION_CASE, application.id);
  }
}

@Resolver(() => IntegratedCaseReference)
export class IntegratedCaseMeetingsResolver {
  @FieldResolver(() => [Meeting], LIST)
  scheduledMeetings(@Root() integratedCase: IntegratedCaseReference, @Ctx() ctx: RequestContext) {
    return meetingsOf(ctx, CaseKind.INTEGRATED_CASE, integratedCase.id);
  }
}
