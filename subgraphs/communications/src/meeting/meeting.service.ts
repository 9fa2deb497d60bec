import {
  assertUuid,
  audit,
  authorize,
  groupByKeys,
  type JobQueue,
  flushVersioned,
  notFound,
  refuse,
  refuseFields,
  type RequestContext,
  snapshot,
  withTransaction,
} from '@casework/kit';
import {
  INTEGRATION_EVENTS_QUEUE,
  MEETING_HELD_QUEUE,
  type MeetingHeldEvent,
  type MeetingHeldIntegrationEvent,
} from '@casework/contracts';
import { CASE_CLIENT_TYPE_NAME, CASE_TYPE_NAME, CaseKind } from '../case/case-kind.js';
import { LetterLanguage } from '../letter/letter-kinds.js';
import { InviteeKind, InvitationResponse, MeetingStatus } from './meeting-enums.js';
import { MeetingInvitee } from './meeting-invitee.entity.js';
import { inviteeProblems, timeProblems } from './meeting-rules.js';
import { queueMeetingMail } from './meeting-events.js';
import { Meeting } from './meeting.entity.js';
import {
  type CancelMeetingInput,
  type HoldMeetingInput,
  type InvitationResponseInput,
  type RescheduleMeetingInput,
  type ScheduleMeetingInput,
} from './meeting.input.js';

const AUDITED = [
  'subject',
  'startsAt',
  'endsAt',
  'timeZone',
  'location',
  'callDetails',
  'status',
] as const;
/** The longest agenda asked for at once. */
const MAX_AGENDA_DAYS = 93;

/**
 * Meetings with clients on application and integrated cases (R3.1): scheduling with invitees,
 * invitations by mail (iCalendar, from a job), answers, rescheduling and cancelling, and holding
 * a meeting, which tells the cases subgraph once per meeting (`MEETING_HELD_QUEUE`). Every change
 * is audited on the meeting (R6.3).
 */
export class MeetingService {
  constructor(private readonly ctx: RequestContext) {}

  private get jobs(): JobQueue {
    if (!this.ctx.jobs) throw new Error('the communications subgraph runs without its job queue');
    return this.ctx.jobs;
  }

  async get(id: string): Promise<Meeting> {
    authorize(this.ctx.identity, 'case:read', 'read meetings');
    assertUuid(id, 'id');
    const meeting = await this.ctx.em.findOne(Meeting, { id }, { populate: ['invitees'] });
    if (!meeting) throw notFound('Meeting', id);
    return meeting;
  }

  /** Meetings per case for a DataLoader batch, soonest first. */
  async forCases(caseType: CaseKind, caseIds: readonly string[]): Promise<Meeting[][]> {
    authorize(this.ctx.identity, 'case:read', 'read meetings');
    const rows = await this.ctx.em.find(
      Meeting,
      { caseType, caseId: { $in: [...caseIds] } },
      { orderBy: { startsAt: 'asc', id: 'asc' }, populate: ['invitees'] },
    );
    return groupByKeys(caseIds, rows, (m) => m.caseId);
  }

  /** The caller's agenda: meetings they organise or are invited to as staff, in [from, to). */
  async agenda(from: Date, to: Date): Promise<Meeting[]> {
    authorize(this.ctx.identity, 'case:read', 'read meetings');
    if (to.getTime() <= from.getTime())
      throw refuse('PERIOD_START_NOT_BEFORE_END', { field: 'to' });
    if (to.getTime() - from.getTime() > MAX_AGENDA_DAYS * 86_400_000)
      throw refuse('PERIOD_TOO_LONG', { field: 'to', params: { maxMonths: 3 } });
    const me = this.ctx.identity.id;
    return this.ctx.em.find(
      Meeting,
      {
        startsAt: { $gte: from, $lt: to },
        $or: [{ organiserId: me }, { invitees: { kind: InviteeKind.STAFF, accountId: me } }],
      },
      { orderBy: { startsAt: 'asc', id: 'asc' }, populate: ['invitees'] },
    );
  }

  async schedule(input: ScheduleMeetingInput): Promise<Meeting> {
    authorize(this.ctx.identity, 'case:write', 'schedule meetings');
    const problems = [...timeProblems(input, new Date()), ...inviteeProblems(input.invitees)];
    if (problems.length > 0) throw refuseFields(problems);
    await this.ctx.references?.assertExist([
      { type: CASE_TYPE_NAME[input.caseType], id: input.caseId, field: 'input.caseId' },
      ...input.invitees.map(
        (i, n) =>
          !!i.personId && { type: 'Person', id: i.personId, field: `input.invitees.${n}.personId` },
      ),
    ]);
    // Known persons and case: a CLIENT invitee must also be a client of this case (R3.1).
    await this.ctx.references?.assertExist(
      input.invitees.map(
        (i, n) =>
          i.kind === InviteeKind.CLIENT &&
          !!i.personId && {
            type: CASE_CLIENT_TYPE_NAME[input.caseType],
            id: i.personId,
            within: input.caseId,
            field: `input.invitees.${n}.personId`,
            reason: 'INVITEE_NOT_CASE_CLIENT',
          },
      ),
    );
    const { em, identity } = this.ctx;
    return withTransaction(em, async () => {
      const meeting = em.create(Meeting, {
        caseType: input.caseType,
        caseId: input.caseId,
        subject: input.subject,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        timeZone: input.timeZone,
        location: input.location?.trim() || null,
        callDetails: input.callDetails?.trim() || null,
        organiserId: identity.id,
        organiserName: identity.name,
        organiserEmail: identity.email,
      });
      input.invitees.forEach((invitee, position) =>
        em.create(MeetingInvitee, {
          meeting,
          position,
          kind: invitee.kind,
          personId: invitee.personId ?? null,
          accountId: invitee.accountId ?? null,
          name: invitee.name,
          email: invitee.email?.trim() || null,
          receivesMail: invitee.receivesMail,
          language: invitee.language ?? LetterLanguage.EN,
        }),
      );
      audit(this.ctx, {
        subjectId: meeting.id,
        entityType: 'Meeting',
        entityId: meeting.id,
        action: 'SCHEDULED',
        after: {
          ...snapshot(meeting, AUDITED),
          invitees: input.invitees.map((i) => i.name).join(', '),
        },
      });
      await em.flush();
      await queueMeetingMail(em, this.jobs, meeting.id);
      return meeting;
    });
  }

  async reschedule(id: string, input: RescheduleMeetingInput): Promise<Meeting> {
    authorize(this.ctx.identity, 'case:write', 'reschedule meetings');
    const meeting = await this.scheduled(id);
    const problems = timeProblems(input, new Date());
    if (problems.length > 0) throw refuseFields(problems);
    const before = snapshot(meeting, AUDITED);
    meeting.startsAt = input.startsAt;
    meeting.endsAt = input.endsAt;
    if (input.timeZone !== undefined) meeting.timeZone = input.timeZone;
    if (input.location !== undefined) meeting.location = input.location?.trim() || null;
    if (input.callDetails !== undefined) meeting.callDetails = input.callDetails?.trim() || null;
    meeting.sequence += 1;
    // A moved meeting asks everyone again, as calendars do with an updated request.
    for (const invitee of meeting.invitees)
      Object.assign(invitee, { response: InvitationResponse.PENDING, respondedAt: null });
    return this.changed(meeting, 'RESCHEDULED', before, input.version);
  }

  async cancel(id: string, input: CancelMeetingInput): Promise<Meeting> {
    authorize(this.ctx.identity, 'case:write', 'cancel meetings');
    const meeting = await this.scheduled(id);
    const before = snapshot(meeting, AUDITED);
    meeting.status = MeetingStatus.CANCELLED;
    meeting.cancellationReason = input.reason;
    meeting.sequence += 1;
    return this.changed(meeting, 'CANCELLED', before, input.version);
  }

  /** Staff record an invitee's answer (R3.1). */
  async recordResponse(inviteeId: string, input: InvitationResponseInput): Promise<MeetingInvitee> {
    authorize(this.ctx.identity, 'case:write', "record invitees' answers");
    assertUuid(inviteeId, 'inviteeId');
    const invitee = await this.ctx.em.findOne(
      MeetingInvitee,
      { id: inviteeId },
      { populate: ['meeting'] },
    );
    if (!invitee) throw notFound('MeetingInvitee', inviteeId);
    return this.answer(invitee, input.response, this.ctx.identity.name);
  }

  /** Stores an answer, from staff or (later) from the invitee's own link; audited on the meeting. */
  async answer(
    invitee: MeetingInvitee,
    response: InvitationResponse,
    recordedBy: string,
  ): Promise<MeetingInvitee> {
    const meeting = invitee.meeting;
    if (meeting.status !== MeetingStatus.SCHEDULED)
      throw refuse('MEETING_STATUS', { field: 'id', params: { status: meeting.status } });
    const before = invitee.response;
    Object.assign(invitee, { response, respondedAt: new Date(), responseRecordedBy: recordedBy });
    audit(this.ctx, {
      subjectId: meeting.id,
      entityType: 'MeetingInvitee',
      entityId: invitee.id,
      action: 'ANSWERED',
      before: { [invitee.name]: before },
      after: { [invitee.name]: response },
    });
    await this.ctx.em.flush();
    return invitee;
  }

  /**
   * The meeting took place with at least one client (R3.1): attendance is stored, and for an
   * application case the fact goes to the cases subgraph in the same transaction, keyed by the
   * meeting so it is recorded once however often it is sent.
   */
  async hold(id: string, input: HoldMeetingInput): Promise<Meeting> {
    authorize(this.ctx.identity, 'case:write', 'record meetings as held');
    const meeting = await this.scheduled(id);
    if (meeting.startsAt.getTime() > Date.now())
      throw refuse('MEETING_NOT_STARTED', {
        field: 'id',
        params: { startsAt: meeting.startsAt.toISOString() },
      });
    const invitees = meeting.invitees.getItems();
    const attended = new Set(input.attendedInviteeIds);
    const stranger = [...attended].find((a) => !invitees.some((i) => i.id === a));
    if (stranger)
      throw refuse('NOT_AN_INVITEE', {
        field: 'input.attendedInviteeIds',
        params: { id: stranger },
      });
    const present = invitees.filter((i) => attended.has(i.id));
    if (!present.some((i) => i.kind === InviteeKind.CLIENT))
      throw refuse('CLIENT_ATTENDANCE_REQUIRED', {
        field: 'input.attendedInviteeIds',
        extensions: { rule: 'R3.1' },
      });
    const { em } = this.ctx;
    return withTransaction(em, async () => {
      this.markHeld(meeting, attended);
      await flushVersioned(em, meeting, 'Meeting', input.version);
      await this.tellHeld(meeting);
      return meeting;
    });
  }

  /**
   * Records the meeting as held with the given attendance (by the hold dialog or by finalised
   * minutes, R3.2); the caller flushes in its transaction and then calls `tellHeld`.
   */
  markHeld(meeting: Meeting, attended: ReadonlySet<string>): void {
    const before = snapshot(meeting, AUDITED);
    const invitees = meeting.invitees.getItems();
    for (const invitee of invitees) invitee.attended = attended.has(invitee.id);
    Object.assign(meeting, {
      status: MeetingStatus.HELD,
      heldAt: new Date(),
      heldRecordedBy: this.ctx.identity.name,
    });
    audit(this.ctx, {
      subjectId: meeting.id,
      entityType: 'Meeting',
      entityId: meeting.id,
      action: 'HELD',
      before,
      after: {
        ...snapshot(meeting, AUDITED),
        attended: invitees
          .filter((i) => i.attended)
          .map((i) => i.name)
          .join(', '),
      },
    });
  }

  /** For an application case the fact goes to the cases subgraph, keyed by the meeting (once). */
  async tellHeld(meeting: Meeting): Promise<void> {
    if (meeting.caseType !== CaseKind.APPLICATION_CASE) return;
    const fact: MeetingHeldEvent = {
      version: 1,
      applicationId: meeting.caseId,
      meetingId: meeting.id,
      heldOn: heldOn(meeting),
      attendees: meeting.invitees
        .getItems()
        .filter((i) => i.attended)
        .map((i) => i.name)
        .join(', '),
      recordedBy: this.ctx.identity.name,
    };
    await this.jobs.enqueue(this.ctx.em, MEETING_HELD_QUEUE, fact, { id: meeting.id });
    // For the agency's other systems' webhooks (issue 17): once per meeting, ids and facts.
    const integration: MeetingHeldIntegrationEvent = {
      version: 1,
      eventId: meeting.id,
      occurredAt: (meeting.heldAt ?? new Date()).toISOString(),
      type: 'MEETING_HELD',
      data: { meetingId: meeting.id, applicationId: meeting.caseId, heldOn: fact.heldOn },
    };
    await this.jobs.enqueue(this.ctx.em, INTEGRATION_EVENTS_QUEUE, integration, { id: meeting.id });
  }

  private async scheduled(id: string): Promise<Meeting> {
    const meeting = await this.get(id);
    if (meeting.status !== MeetingStatus.SCHEDULED)
      throw refuse('MEETING_STATUS', { field: 'id', params: { status: meeting.status } });
    return meeting;
  }

  /** Audits, saves (optimistic locking) and mails the new version in one transaction. */
  private async changed(
    meeting: Meeting,
    action: string,
    before: ReturnType<typeof snapshot>,
    version: number,
  ): Promise<Meeting> {
    const { em } = this.ctx;
    return withTransaction(em, async () => {
      audit(this.ctx, {
        subjectId: meeting.id,
        entityType: 'Meeting',
        entityId: meeting.id,
        action,
        before,
        after: snapshot(meeting, AUDITED),
      });
      await flushVersioned(em, meeting, 'Meeting', version);
      await queueMeetingMail(em, this.jobs, meeting.id);
      return meeting;
    });
  }
}

/** The day the meeting was held, in the zone it was planned in (YYYY-MM-DD). */
export function heldOn(meeting: Meeting): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: meeting.timeZone }).format(meeting.startsAt);
}
