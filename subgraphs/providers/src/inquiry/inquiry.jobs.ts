import { type JobQueue, sqlExecutor, type WorkerDeps } from '@casework/kit';
import { type EntityManager } from '@mikro-orm/postgresql';
import { InquiryMethod } from '../provider/inquiry-method.js';
import { InquiryMessage, MessageSide } from './inquiry-message.entity.js';
import { Inquiry } from './inquiry.entity.js';

export const INQUIRY_QUEUES = {
  /** R1.2: the inquiry itself, by email. */
  sendByEmail: 'inquiry-send-email',
  /** R1.3: an internet inquiry is waiting in the portal. */
  tellPortalWaiting: 'inquiry-portal-waiting-email',
  /** R1.5: the agency's reply to the provider (the provider's questions reach staff through communications). */
  tellThreadMessage: 'inquiry-thread-email',
  /** Hourly: open inquiries whose period has ended become EXPIRED. */
  expire: 'inquiry-expire',
} as const;

/** Marks open inquiries whose period ended before today as EXPIRED; returns how many. */
export async function expireInquiries(em: EntityManager): Promise<number> {
  const { rows } = await sqlExecutor(em).executeSql(
    `update providers.inquiry set status = 'EXPIRED', version = version + 1, updated_at = now()
      where status in ('SENT', 'MORE_INFORMATION_REQUESTED') and period_to < current_date
      returning id`,
  );
  return rows.length;
}

interface InquiryJob {
  inquiryId: string;
}

function period(inquiry: Inquiry): string {
  return `${inquiry.periodFrom} to ${inquiry.periodTo}`;
}

/**
 * Mail about inquiries, sent only from jobs. A provider mail records when it went out, so a job
 * that runs again after a success does not mail twice; the Message-ID is stable per inquiry and
 * purpose, so a retry after a crash mid-send can be recognised by mail systems.
 */
export async function startInquiryWorkers(
  jobs: JobQueue,
  { orm, mailer, logger, publicUrl }: WorkerDeps,
): Promise<void> {
  const load = (em: ReturnType<typeof orm.em.fork>, id: string) =>
    em.findOne(Inquiry, id, { populate: ['provider', 'service'] });

  const mailProvider = async ({ inquiryId }: InquiryJob, purpose: 'inquiry' | 'waiting') => {
    const em = orm.em.fork();
    const inquiry = await load(em, inquiryId);
    if (!inquiry || inquiry.providerEmailedAt) return;
    const to = inquiry.provider.email;
    if (!to)
      throw new Error(
        `provider ${inquiry.provider.id} has no email address for inquiry ${inquiry.reference}`,
      );
    const lines =
      purpose === 'inquiry'
        ? [
            `Dear ${inquiry.provider.name},`,
            '',
            `can you deliver the service "${inquiry.service.name}" (${inquiry.service.code}) for one of our clients from ${period(inquiry)}?`,
            '',
            inquiry.details,
            '',
            `Please answer by replying to this email and quote the reference ${inquiry.reference}.`,
            '',
            `${inquiry.createdBy}`,
          ]
        : [
            `Dear ${inquiry.provider.name},`,
            '',
            `an inquiry (${inquiry.reference}) is waiting for your answer in the provider portal:`,
            `can you deliver "${inquiry.service.name}" from ${period(inquiry)}?`,
            '',
            `Open it here: ${publicUrl}/portal/inquiries/${inquiry.id}`,
          ];
    await mailer.send({
      to,
      subject:
        purpose === 'inquiry'
          ? `Inquiry ${inquiry.reference}: ${inquiry.service.name}, ${period(inquiry)}`
          : `An inquiry is waiting in your provider portal (${inquiry.reference})`,
      text: lines.join('\n'),
      messageId: `<${purpose}-${inquiry.id}@casework>`,
    });
    // Bookkeeping, not an edit: the version stays, so a provider answering while this mail goes
    // out is not refused as a conflicting change (CONFLICT on answerInquiry, seen in CI).
    await sqlExecutor(em).executeSql(
      'update providers.inquiry set provider_emailed_at = now() where id = $1 and provider_emailed_at is null',
      [inquiry.id],
    );
    logger.info({ inquiryId, purpose }, 'provider emailed about inquiry');
  };

  await jobs.work<InquiryJob>(INQUIRY_QUEUES.sendByEmail, (data) => mailProvider(data, 'inquiry'));
  await jobs.work<InquiryJob>(INQUIRY_QUEUES.tellPortalWaiting, (data) =>
    mailProvider(data, 'waiting'),
  );
  await jobs.work<{ inquiryId: string; messageId: string }>(
    INQUIRY_QUEUES.tellThreadMessage,
    async ({ messageId }) => {
      const em = orm.em.fork();
      const message = await em.findOne(InquiryMessage, messageId, {
        populate: ['inquiry.provider', 'inquiry.service'],
      });
      if (!message) return;
      const inquiry = message.inquiry;
      const to = inquiry.provider.email;
      if (message.side !== MessageSide.AGENCY || !to) return;
      await mailer.send({
        to,
        subject: `Reply from the agency about inquiry ${inquiry.reference}`,
        text: [
          `${message.author} wrote about "${inquiry.service.name}" from ${period(inquiry)}:`,
          '',
          message.text,
          '',
          inquiry.method === InquiryMethod.INTERNET
            ? `Answer in the provider portal: ${publicUrl}/portal/inquiries/${inquiry.id}`
            : `Please answer by replying to this email and quote the reference ${inquiry.reference}.`,
        ].join('\n'),
        messageId: `<message-${message.id}@casework>`,
      });
    },
  );

  await jobs.work(INQUIRY_QUEUES.expire, async () => {
    const expired = await expireInquiries(orm.em.fork());
    if (expired > 0) logger.info({ expired }, 'inquiries expired');
  });
  await jobs.schedule(INQUIRY_QUEUES.expire, '7 * * * *');
}
