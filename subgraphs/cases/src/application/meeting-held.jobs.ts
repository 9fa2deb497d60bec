import { type JobQueue, type WorkerDeps } from '@casework/kit';
import {
  assertContractVersion,
  MEETING_HELD_QUEUE,
  type MeetingHeldEvent,
} from '@casework/contracts';
import { MeetingSource } from './application-status.js';
import { recordMeetingHeld } from './meeting-held.js';

/** Feeds meetings held into the applications they belong to (R3.1); idempotent by meeting id. */
export async function startMeetingHeldWorker(queue: JobQueue, { orm, logger }: WorkerDeps) {
  await queue.work<MeetingHeldEvent>(MEETING_HELD_QUEUE, async (event) => {
    assertContractVersion(MEETING_HELD_QUEUE, event, 1);
    const meeting = await recordMeetingHeld(orm.em.fork(), {
      ...event,
      source: MeetingSource.MEETINGS,
    });
    if (!meeting)
      logger.warn(
        { applicationId: event.applicationId },
        'meeting held for an unknown application',
      );
  });
}
