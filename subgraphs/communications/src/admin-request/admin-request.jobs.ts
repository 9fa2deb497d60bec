import { type JobQueue, type WorkerDeps } from '@casework/kit';
import { ADMIN_REQUEST_MAIL_QUEUE, type AdminRequestMailJob } from './admin-request-events.js';
import { AdminRequestEventKind, AdminRequestSide } from './admin-request-enums.js';
import { AdminRequestHistory } from './admin-request-history.entity.js';
import { AdminRequestMessage } from './admin-request-message.entity.js';

/** The agency's support desk address, where new requests are announced (R5, issue 13). */
export const supportAddress = () => process.env.SUPPORT_EMAIL ?? 'support@demo.casework';

/**
 * Mail about administrative requests, sent only from jobs: a new request to the agency's support
 * address; the agency's replies and status changes to the provider's administrators who raised or
 * answered it. The entry records when its mail went out, so it is mailed once.
 */
export async function startAdminRequestWorkers(
  jobs: JobQueue,
  { orm, mailer, logger, publicUrl }: WorkerDeps,
): Promise<void> {
  await jobs.work<AdminRequestMailJob>(ADMIN_REQUEST_MAIL_QUEUE, async ({ historyId }) => {
    const em = orm.em.fork();
    const entry = await em.findOne(AdminRequestHistory, historyId, {
      populate: ['request', 'request.category'],
    });
    if (!entry || entry.mailedAt) return;
    const request = entry.request;
    const messages = await em.find(
      AdminRequestMessage,
      { request },
      { orderBy: { createdAt: 'asc' } },
    );
    const portalLink = `${publicUrl}/portal/support/requests/${request.id}`;
    const title = `${request.reference}: ${request.subject}`;
    let to: string[];
    let subject: string;
    let text: string;
    if (entry.kind === AdminRequestEventKind.CREATED) {
      to = [supportAddress()];
      subject = `New administrative request ${title}`;
      text = [
        `${request.createdBy} raised an administrative request for ${request.accountName}.`,
        `Category: ${request.category.nameEn}${request.referenceNumber ? ` (${request.referenceNumber})` : ''}`,
        '',
        request.description,
        '',
        `Open it in the support desk: ${publicUrl}/agency/support/requests/${request.id}`,
      ].join('\n');
    } else {
      // The provider's side: whoever raised or answered it (all provider administrators).
      to = [
        ...new Set([
          request.createdByEmail,
          ...messages.filter((m) => m.side === AdminRequestSide.PROVIDER).map((m) => m.authorEmail),
        ]),
      ];
      const reply = messages.find((m) => m.id === entry.messageId);
      subject =
        entry.kind === AdminRequestEventKind.REPLIED
          ? `Reply from the agency about ${title}`
          : `Your administrative request ${request.reference} is now ${entry.toStatus}`;
      text = [
        reply
          ? `${reply.author} wrote:\n\n${reply.text}`
          : `${entry.actor} changed the status from ${entry.fromStatus} to ${entry.toStatus}.`,
        '',
        `Open it in the provider portal: ${portalLink}`,
      ].join('\n');
    }
    await mailer.send({
      to: to.join(', '),
      subject,
      text,
      messageId: `<admin-request-${entry.id}@casework>`,
    });
    entry.mailedAt = new Date();
    await em.flush();
    logger.info(
      { requestId: request.id, historyId, kind: entry.kind },
      'administrative request mailed',
    );
  });
}
