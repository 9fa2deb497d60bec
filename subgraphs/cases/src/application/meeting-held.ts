import { type EntityManager } from '@mikro-orm/postgresql';
import { ApplicationCase } from './application-case.entity.js';
import { ApplicationMeeting } from './application-meeting.entity.js';
import { ApplicationProblem } from './application-problem.entity.js';
import { MeetingSource } from './application-status.js';

/** The fact R3.1 asks for, from a caseworker or from the meetings feature. */
export interface MeetingHeldFact {
  applicationId: string;
  heldOn: string;
  attendees: string;
  recordedBy: string;
  source: MeetingSource;
  /** Set by the meetings feature; the same meeting reported twice is recorded once. */
  meetingId?: string | null;
}

/** Records the fact and flushes; returns null for an unknown application. */
export async function recordMeetingHeld(
  em: EntityManager,
  fact: MeetingHeldFact,
): Promise<ApplicationMeeting | null> {
  if (fact.meetingId) {
    const known = await em.findOne(ApplicationMeeting, { meetingId: fact.meetingId });
    if (known) return known;
  }
  const application = await em.findOne(ApplicationCase, { id: fact.applicationId });
  if (!application) return null;
  const meeting = em.create(ApplicationMeeting, {
    application,
    heldOn: fact.heldOn,
    attendees: fact.attendees.trim(),
    source: fact.source,
    meetingId: fact.meetingId ?? null,
    recordedBy: fact.recordedBy,
  });
  // R3.1: the meeting resolves the problems open when it was held (recorded that day or before).
  const open = await em.find(ApplicationProblem, { application, resolvedAt: null });
  for (const problem of open)
    if (problem.createdAt.toISOString().slice(0, 10) <= fact.heldOn)
      Object.assign(problem, {
        resolvedAt: new Date(),
        resolvedByMeetingId: fact.meetingId ?? meeting.id,
      });
  await em.flush();
  return meeting;
}

/** Which of these ids are ApplicationCases, for other subgraphs' reference checks (meetings, notes). */
export async function existingApplicationCases(
  em: EntityManager,
  ids: string[],
): Promise<string[]> {
  const rows = await em.find(ApplicationCase, { id: { $in: ids } }, { fields: ['id'] });
  return rows.map((row) => row.id);
}
