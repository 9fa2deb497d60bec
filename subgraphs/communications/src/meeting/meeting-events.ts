import { randomUUID } from 'node:crypto';
import { type JobQueue } from '@casework/kit';
import { type EntityManager } from '@mikro-orm/postgresql';

/** Invitations, updates and cancellations of one meeting, mailed by a job (R3.1). */
export const MEETING_MAIL_QUEUE = 'communications.meeting-mail';

export interface MeetingMailJob {
  meetingId: string;
}

/** Queues the mail inside the caller's transaction; the worker mails each invitee each version once. */
export async function queueMeetingMail(
  em: EntityManager,
  jobs: JobQueue,
  meetingId: string,
): Promise<void> {
  const job: MeetingMailJob = { meetingId };
  await jobs.enqueue(em, MEETING_MAIL_QUEUE, job, { id: randomUUID() });
}
