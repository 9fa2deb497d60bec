import { type RequestContext } from '@casework/kit';
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Communication } from '../communication/communication.entity.js';
import { CommunicationStatus } from '../communication/communication-enums.js';
import { Meeting } from '../meeting/meeting.entity.js';
import { StoredFile } from '../file/stored-file.entity.js';
import { MinutesDelivery } from './minutes-delivery.entity.js';
import { MinutesIssueService } from './minutes-issue.service.js';
import {
  AttendanceEntry,
  DiscussedCase,
  MinutesAction,
  UninvitedAttendee,
} from './minutes-parts.js';
import { MeetingMinutes } from './minutes.entity.js';
import {
  CorrectMinutesInput,
  IssueMinutesInput,
  MinutesDraftInput,
  MinutesVersionInput,
} from './minutes.input.js';
import { MinutesService } from './minutes.service.js';
import { MinutesFile } from './minutes-file.js';

const service = (ctx: RequestContext) => new MinutesService(ctx);

@Resolver(() => MeetingMinutes)
export class MinutesResolver {
  @Mutation(() => MeetingMinutes, {
    description:
      'Opens the minutes of a meeting that has started: its current draft, or a new first version (R3.2)',
  })
  startMinutes(@Arg('meetingId', () => ID) meetingId: string, @Ctx() ctx: RequestContext) {
    return service(ctx).start(meetingId);
  }

  @Mutation(() => MeetingMinutes, {
    description: 'Saves wizard steps into the draft; final minutes are refused (R3.2)',
  })
  saveMinutesDraft(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => MinutesDraftInput) input: MinutesDraftInput,
    @Ctx() ctx: RequestContext,
  ) {
    return service(ctx).saveDraft(id, input);
  }

  @Mutation(() => MeetingMinutes, {
    description:
      'Makes the minutes read-only; needs every invitee\u2019s attendance; tells action assignees (R3.2)',
  })
  finaliseMinutes(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => MinutesVersionInput) input: MinutesVersionInput,
    @Ctx() ctx: RequestContext,
  ) {
    return service(ctx).finalise(id, input);
  }

  @Mutation(() => MeetingMinutes, {
    description: 'Starts a correction of final minutes: the next version, a draft (R3.2)',
  })
  correctMinutes(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => CorrectMinutesInput) input: CorrectMinutesInput,
    @Ctx() ctx: RequestContext,
  ) {
    return service(ctx).correct(id, input);
  }

  @Mutation(() => MeetingMinutes, {
    description:
      'Mails final minutes as a PDF to attendees, invitees who declined and the interested people given (R3.2)',
  })
  issueMinutes(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => IssueMinutesInput) input: IssueMinutesInput,
    @Ctx() ctx: RequestContext,
  ) {
    return new MinutesIssueService(ctx).issue(id, input);
  }

  @Mutation(() => MinutesDelivery, { description: 'Sends a failed minutes mail again now' })
  retryMinutesDelivery(
    @Arg('deliveryId', () => ID) deliveryId: string,
    @Ctx() ctx: RequestContext,
  ) {
    return new MinutesIssueService(ctx).retry(deliveryId);
  }

  @FieldResolver(() => ID)
  meetingId(@Root() minutes: MeetingMinutes): string {
    return minutes.meeting.id;
  }

  @FieldResolver(() => [AttendanceEntry])
  attendance(@Root() minutes: MeetingMinutes): AttendanceEntry[] {
    return minutes.attendance;
  }

  @FieldResolver(() => [UninvitedAttendee], { description: 'Who came without an invitation' })
  uninvited(@Root() minutes: MeetingMinutes): UninvitedAttendee[] {
    return minutes.uninvited;
  }

  @FieldResolver(() => [MinutesAction])
  actions(@Root() minutes: MeetingMinutes): MinutesAction[] {
    return minutes.actions;
  }

  @FieldResolver(() => [DiscussedCase])
  cases(@Root() minutes: MeetingMinutes): DiscussedCase[] {
    return minutes.cases;
  }

  @FieldResolver(() => [MinutesFile], { description: 'Files attached to the minutes' })
  async files(@Root() minutes: MeetingMinutes, @Ctx() ctx: RequestContext): Promise<MinutesFile[]> {
    if (minutes.fileIds.length === 0) return [];
    const files = await ctx.em.find(StoredFile, { id: { $in: minutes.fileIds } });
    return files.map((f) => ({ id: f.id, fileName: f.fileName, size: Number(f.size) }));
  }

  @FieldResolver(() => [MinutesDelivery], { description: 'Who was sent this version, and when' })
  deliveries(@Root() minutes: MeetingMinutes, @Ctx() ctx: RequestContext) {
    return ctx.em.find(
      MinutesDelivery,
      { minutes },
      { populate: ['communication'], orderBy: { createdAt: 'asc', id: 'asc' } },
    );
  }
}

@Resolver(() => MinutesDelivery)
export class MinutesDeliveryResolver {
  @FieldResolver(() => CommunicationStatus, { description: 'SENDING, SENT or FAILED (retried)' })
  status(@Root() delivery: MinutesDelivery): CommunicationStatus {
    return delivery.communication.status;
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When the mail server accepted it' })
  sentAt(@Root() delivery: MinutesDelivery): Date | null {
    return delivery.communication.sentAt ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why the last attempt failed' })
  lastError(@Root() delivery: MinutesDelivery): string | null {
    return delivery.communication.lastError ?? null;
  }

  @FieldResolver(() => Communication, { description: 'The mail in the communication log (R3.5)' })
  communication(@Root() delivery: MinutesDelivery): Communication {
    return delivery.communication;
  }
}

@Resolver(() => Meeting)
export class MeetingMinutesFieldResolver {
  @FieldResolver(() => [MeetingMinutes], {
    description: 'Versions of the minutes, newest first: the first is current (R3.2)',
  })
  minutes(@Root() meeting: Meeting, @Ctx() ctx: RequestContext) {
    return ctx.loaders
      .get<string, MeetingMinutes[]>('minutes', (ids) => service(ctx).forMeetings(ids))
      .load(meeting.id);
  }
}
