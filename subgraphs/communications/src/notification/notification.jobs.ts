import {
  type JobQueue,
  NOTIFICATION_QUEUE,
  type NotificationJob,
  type WorkerDeps,
} from '@casework/kit';
import { storeNotification } from './notification.service.js';

/** Stores the notifications other services queue (R6.1); a repeated job stores nothing. */
export async function startNotificationWorkers(
  jobs: JobQueue,
  { orm, logger }: WorkerDeps,
): Promise<void> {
  await jobs.work<NotificationJob>(NOTIFICATION_QUEUE, async (job) => {
    const stored = await storeNotification(orm.em.fork(), job);
    logger.info({ eventId: job.eventId, kind: job.kind, stored }, 'notification');
  });
}
