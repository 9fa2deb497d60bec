import { randomUUID } from 'node:crypto';
import {
  assertUuid,
  audit,
  authorize,
  conflict,
  flushVersioned,
  groupByKeys,
  type JobQueue,
  notFound,
  refuse,
  refuseFields,
  type RequestContext,
  withTransaction,
} from '@casework/kit';
import { CASE_TYPE_NAME } from '../case/case-kind.js';
import { FilePurpose } from '../file/file-purpose.js';
import { FileService } from '../file/file.service.js';
import { MeetingStatus } from '../meeting/meeting-enums.js';
import { MeetingService } from '../meeting/meeting.service.js';
import { type Meeting } from '../meeting/meeting.entity.js';
import { InviteeKind } from '../meeting/meeting-enums.js';
import { MinutesStatus } from './minutes-enums.js';
import { MINUTES_ACTIONS_QUEUE, type MinutesActionsJob } from './minutes-events.js';
import { type AttendanceEntry } from './minutes-parts.js';
import { actionProblems, detailProblems, missingAttendance } from './minutes-rules.js';
import { MeetingMinutes } from './minutes.entity.js';
import {
  type CorrectMinutesInput,
  type MinutesDraftInput,
  type MinutesVersionInput,
} from './minutes.input.js';

/** What the audit trail shows of a version (R6.3); lists as short text. */
function auditView(m: MeetingMinutes): Record<string, string | null> {
  return {
    number: String(m.number),
    status: m.status,
    heldOn: m.heldOn ?? null,
    startTime: m.startTime ?? null,
    endTime: m.endTime ?? null,
    location: m.location ?? null,
    chair: m.chair ?? null,
    minuteTaker: m.minuteTaker ?? null,
    notes: m.notes ?? null,
    decisions: m.decisions ?? null,
    attendance: m.attendance.map((a) => `${a.name}: ${a.attendance}`).join(', '),
    uninvited: m.uninvited.map((u) => u.name).join(', '),
    actions: m.actions.map((a) => `${a.what} (${a.assigneeName}, ${a.dueOn})`).join('; '),
    cases: m.cases.map((c) => c.caseId).join(', '),
    files: m.fileIds.join(', '),
  };
}

/** "2026-12-01" and "10:00" of an instant in a time zone. */
function dayAndTime(at: Date, timeZone: string): [string, string] {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone }).format(at);
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
  return [day, time];
}

/**
 * Meeting minutes (R3.2): a wizard saves each step into a DRAFT version; finalising makes the
 * version read-only (and holds a scheduled meeting a client attended, R3.1); a correction is the
 * next version, the earlier ones kept as history. Every change is audited on the meeting (R6.3).
 */
export class MinutesService {
  constructor(private readonly ctx: RequestContext) {}

  private get jobs(): JobQueue {
    if (!this.ctx.jobs) throw new Error('the communications subgraph runs without its job queue');
    return this.ctx.jobs;
  }

  async get(id: string, field = 'id'): Promise<MeetingMinutes> {
    authorize(this.ctx.identity, 'case:read', 'read meeting minutes');
    assertUuid(id, field);
    const minutes = await this.ctx.em.findOne(
      MeetingMinutes,
      { id },
      { populate: ['meeting', 'meeting.invitees'] },
    );
    if (!minutes) throw notFound('MeetingMinutes', id);
    return minutes;
  }

  /** Every version of each meeting's minutes, newest first, for a DataLoader batch. */
  async forMeetings(meetingIds: readonly string[]): Promise<MeetingMinutes[][]> {
    authorize(this.ctx.identity, 'case:read', 'read meeting minutes');
    const rows = await this.ctx.em.find(
      MeetingMinutes,
      { meeting: { $in: [...meetingIds] } },
      { orderBy: { number: 'desc' } },
    );
    return groupByKeys(meetingIds, rows, (m) => m.meeting.id);
  }

  /** Opens the minutes of a meeting that has started: the current draft, or version 1. */
  async start(meetingId: string): Promise<MeetingMinutes> {
    authorize(this.ctx.identity, 'case:write', 'record meeting minutes');
    const meeting = await new MeetingService(this.ctx).get(meetingId);
    if (meeting.status === MeetingStatus.CANCELLED)
      throw refuse('MEETING_STATUS', { field: 'meetingId', params: { status: meeting.status } });
    if (meeting.startsAt.getTime() > Date.now())
      throw refuse('MEETING_NOT_STARTED_FOR_MINUTES', {
        field: 'meetingId',
        params: { startsAt: meeting.startsAt.toISOString() },
      });
    const { em, identity } = this.ctx;
    const latest = await em.findOne(MeetingMinutes, { meeting }, { orderBy: { number: 'desc' } });
    if (latest?.status === MinutesStatus.DRAFT) return latest;
    if (latest)
      throw refuse('MINUTES_FINAL', { field: 'meetingId', params: { number: latest.number } });
    const [heldOn, startTime] = dayAndTime(meeting.startsAt, meeting.timeZone);
    const [, endTime] = dayAndTime(meeting.endsAt, meeting.timeZone);
    const minutes = em.create(MeetingMinutes, {
      meeting,
      number: 1,
      heldOn,
      startTime,
      endTime,
      location: meeting.location ?? meeting.callDetails ?? null,
      chair: meeting.organiserName,
      minuteTaker: identity.name,
      createdBy: identity.name,
    });
    this.audit(minutes, 'MINUTES_STARTED');
    await em.flush();
    return minutes;
  }

  /** Saves the parts of the draft that the input gives (one wizard step, R3.2). */
  async saveDraft(id: string, input: MinutesDraftInput): Promise<MeetingMinutes> {
    authorize(this.ctx.identity, 'case:write', 'record meeting minutes');
    const minutes = await this.draft(id);
    const problems = [
      ...(input.details ? detailProblems(input.details) : []),
      ...(input.actions ? actionProblems(input.actions) : []),
    ];
    if (problems.length > 0) throw refuseFields(problems);
    const invitees = minutes.meeting.invitees.getItems();
    const attendance = input.attendance?.map((a, n): AttendanceEntry => {
      const invitee = invitees.find((i) => i.id === a.inviteeId);
      if (!invitee)
        throw refuse('NOT_AN_INVITEE', {
          field: `input.attendance.${n}.inviteeId`,
          params: { id: a.inviteeId },
        });
      return { inviteeId: invitee.id, name: invitee.name, attendance: a.attendance };
    });
    if (input.cases)
      await this.ctx.references?.assertExist(
        input.cases.map((c, n) => ({
          type: CASE_TYPE_NAME[c.caseType],
          id: c.caseId,
          field: `input.cases.${n}.caseId`,
        })),
      );
    const before = auditView(minutes);
    const { em, identity } = this.ctx;
    return withTransaction(em, async () => {
      if (input.fileIds) {
        const files = new FileService(em, identity);
        const kept = new Set(minutes.fileIds);
        for (const [n, fileId] of input.fileIds.entries())
          if (!kept.has(fileId))
            await files.claim(fileId, FilePurpose.MEETING_MINUTES, `input.fileIds.${n}`);
        minutes.fileIds = [...new Set(input.fileIds)];
      }
      if (input.details) {
        const d = input.details;
        Object.assign(minutes, {
          heldOn: d.heldOn ?? null,
          startTime: d.startTime ?? null,
          endTime: d.endTime ?? null,
          location: d.location?.trim() || null,
          chair: d.chair?.trim() || null,
          minuteTaker: d.minuteTaker?.trim() || null,
        });
      }
      if (input.notes !== undefined) minutes.notes = input.notes?.trim() || null;
      if (input.decisions !== undefined) minutes.decisions = input.decisions?.trim() || null;
      if (attendance) minutes.attendance = attendance;
      if (input.uninvited)
        minutes.uninvited = input.uninvited.map((u) => ({
          name: u.name,
          email: u.email?.trim() || null,
        }));
      if (input.actions)
        minutes.actions = input.actions.map((a) => ({
          id: a.id && minutes.actions.some((old) => old.id === a.id) ? a.id : randomUUID(),
          what: a.what,
          assigneeName: a.assigneeName!.trim(),
          assigneeAccountId: a.assigneeAccountId?.trim() || null,
          dueOn: a.dueOn!,
        }));
      if (input.cases)
        minutes.cases = input.cases.map((c) => ({ caseType: c.caseType, caseId: c.caseId }));
      if (input.step !== undefined && input.step !== null) minutes.lastStep = input.step;
      this.audit(minutes, 'MINUTES_SAVED', before);
      await flushVersioned(em, minutes, 'MeetingMinutes', input.version);
      return minutes;
    });
  }

  /**
   * Makes the version read-only (R3.2). It needs the attendance of every invitee; a scheduled
   * meeting a client attended is held by it (R3.1), and staff assignees of actions are told.
   */
  async finalise(id: string, input: MinutesVersionInput): Promise<MeetingMinutes> {
    authorize(this.ctx.identity, 'case:write', 'finalise meeting minutes');
    const minutes = await this.draft(id);
    const meeting = minutes.meeting;
    const missing = missingAttendance(meeting.invitees.getItems(), minutes.attendance);
    if (missing.length > 0)
      throw refuse('MINUTES_ATTENDANCE_REQUIRED', {
        field: 'attendance',
        params: { names: missing.map((i) => i.name) },
        extensions: { rule: 'R3.2' },
      });
    const before = auditView(minutes);
    Object.assign(minutes, {
      status: MinutesStatus.FINAL,
      finalisedAt: new Date(),
      finalisedBy: this.ctx.identity.name,
    });
    const { em } = this.ctx;
    return withTransaction(em, async () => {
      const meetings = new MeetingService(this.ctx);
      const held = this.holdsMeeting(meeting, minutes.attendance);
      if (held) meetings.markHeld(meeting, held);
      this.audit(minutes, 'MINUTES_FINALISED', before);
      await flushVersioned(em, minutes, 'MeetingMinutes', input.version);
      if (held) await meetings.tellHeld(meeting);
      const job: MinutesActionsJob = { minutesId: minutes.id };
      await this.jobs.enqueue(em, MINUTES_ACTIONS_QUEUE, job, { id: minutes.id });
      return minutes;
    });
  }

  /** A correction of final minutes: the next version, a draft with the same content (R3.2). */
  async correct(id: string, input: CorrectMinutesInput): Promise<MeetingMinutes> {
    authorize(this.ctx.identity, 'case:write', 'correct meeting minutes');
    const previous = await this.get(id);
    if (previous.status !== MinutesStatus.FINAL) throw refuse('MINUTES_NOT_FINAL', { field: 'id' });
    if (previous.version !== input.version)
      throw conflict('MeetingMinutes', id, input.version, previous.version);
    const { em, identity } = this.ctx;
    const latest = await em.findOne(
      MeetingMinutes,
      { meeting: previous.meeting },
      { orderBy: { number: 'desc' } },
    );
    if (latest && latest.number !== previous.number)
      throw refuse('MINUTES_FINAL', { field: 'id', params: { number: previous.number } });
    const next = em.create(MeetingMinutes, {
      meeting: previous.meeting,
      number: previous.number + 1,
      heldOn: previous.heldOn,
      startTime: previous.startTime,
      endTime: previous.endTime,
      location: previous.location,
      chair: previous.chair,
      minuteTaker: previous.minuteTaker,
      notes: previous.notes,
      decisions: previous.decisions,
      attendance: previous.attendance,
      uninvited: previous.uninvited,
      actions: previous.actions,
      cases: previous.cases,
      fileIds: previous.fileIds,
      correctionReason: input.reason,
      createdBy: identity.name,
    });
    this.audit(next, 'MINUTES_CORRECTION_STARTED', undefined, { reason: input.reason });
    // Two corrections at once: the unique version number lets one win, the other gets CONFLICT.
    await flushVersioned(em, next, 'MeetingMinutes', next.version);
    return next;
  }

  /** The attendance as invitee ids when finalising holds a scheduled meeting a client attended. */
  private holdsMeeting(meeting: Meeting, attendance: AttendanceEntry[]): Set<string> | null {
    if (meeting.status !== MeetingStatus.SCHEDULED) return null;
    const attended = new Set(
      attendance.filter((a) => a.attendance === 'ATTENDED').map((a) => a.inviteeId),
    );
    const client = meeting.invitees
      .getItems()
      .some((i) => i.kind === InviteeKind.CLIENT && attended.has(i.id));
    return client ? attended : null;
  }

  /** A version that can still be edited; a final one is refused (R3.2). */
  private async draft(id: string): Promise<MeetingMinutes> {
    const minutes = await this.get(id);
    if (minutes.status !== MinutesStatus.DRAFT)
      throw refuse('MINUTES_FINAL', {
        field: 'id',
        params: { number: minutes.number },
        extensions: { rule: 'R3.2' },
      });
    return minutes;
  }

  private audit(
    minutes: MeetingMinutes,
    action: string,
    before?: Record<string, string | null>,
    extra: Record<string, string> = {},
  ): void {
    audit(this.ctx, {
      subjectId: minutes.meeting.id,
      entityType: 'MeetingMinutes',
      entityId: minutes.id,
      action,
      before,
      after: { ...auditView(minutes), ...extra },
    });
  }
}
