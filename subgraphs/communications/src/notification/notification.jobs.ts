import { type JobQueue, type WorkerDeps } from '@casework/kit';
import { INQUIRY_FACTS_QUEUE, type InquiryFact } from '@casework/contracts';
import { inquiryMail, inquiryNotification } from './inquiry-facts.js';
import { storeNotification } from './notification.service.js';

/**
 * Turns other subgraphs' domain events into inbox entries and staff mails (R1.5, R1.7, R6.1). A
 * repeated job stores nothing new; its mail is sent again only if the first attempt failed
 * before the job finished (the stable Message-ID lets mail systems recognise a repeat).
 */
export async function startNotificationWorkers(
  jobs: JobQueue,
  { orm, logger, mailer, publicUrl }: WorkerDeps,
): Promise<void> {
  await jobs.work<InquiryFact>(INQUIRY_FACTS_QUEUE, async (fact) => {
    if (fact.version !== 1) throw new Error(`unknown inquiry fact version ${String(fact.version)}`);
    const stored = await storeNotification(orm.em.fork(), inquiryNotification(fact));
    await mailer.send(inquiryMail(fact, publicUrl));
    logger.info({ eventId: fact.eventId, kind: fact.type, stored }, 'inquiry fact');
  });
}
