import { type JobQueue, type WorkerDeps } from '@casework/kit';
import {
  assertContractVersion,
  NOTIFICATION_QUEUE,
  type NotificationJob,
} from '@casework/contracts';
import { storeNotification } from './notification.service.js';

/** Stores the notifications other services queue (R6.1); a repeated job stores nothing. */
export async function startNotificationWorkers(
  jobs: JobQueue,
  { orm, logger }: WorkerDeps,
): Promise<void> {
  await jobs.work<NotificationJob>(NOTIFICATION_QUEUE, async (job) => {
    assertContractVersion(NOTIFICATION_QUEUE, job, 1);
    const stored = await storeNotification(orm.em.fork(), job);
    logger.info({ eventId: job.eventId, kind: job.kind, stored }, 'notification');
  });
}
