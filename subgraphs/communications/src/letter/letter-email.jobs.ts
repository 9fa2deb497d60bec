import { createHash } from 'node:crypto';
import { type JobQueue, type WorkerDeps } from '@casework/kit';
import { type EntityManager } from '@mikro-orm/postgresql';
import { Communication } from '../communication/communication.entity.js';
import { CommunicationStatus } from '../communication/communication-enums.js';
import { readStoredFile } from '../file/generated-file.js';
import { FilePurpose } from '../file/file-purpose.js';
import { StoredFile } from '../file/stored-file.entity.js';
import { MinutesDelivery } from '../minutes/minutes-delivery.entity.js';
import { type NewNotification, storeNotification } from '../notification/notification.service.js';

/** Emailed letters, one job per letter (job id = letter id). */
export const LETTER_EMAIL_QUEUE = 'communications.letter-email';

export interface LetterEmailJob {
  communicationId: string;
}

/** A stable UUID derived from a letter id, so a repeated notification is stored once. */
export function derivedEventId(id: string, purpose: string): string {
  const hex = createHash('sha256').update(`${purpose}:${id}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * What the caseworker is told when a mail failed: minutes (R3.2) speak of the minutes and lead to
 * the minutes page; letters (R2.3) speak of the letter and lead to the print queue.
 */
async function failureNotice(em: EntityManager, letter: Communication): Promise<NewNotification> {
  const common = {
    eventId: derivedEventId(letter.id, 'delivery-failed'),
    recipientId: letter.createdById,
    subjectType: 'Communication',
    subjectId: letter.id,
  };
  const minutesMail = await em.findOne(
    MinutesDelivery,
    { communication: letter.id },
    { populate: ['minutes.meeting'] },
  );
  if (minutesMail) {
    const meeting = minutesMail.minutes.meeting;
    return {
      ...common,
      kind: 'MINUTES_DELIVERY_FAILED',
      params: {
        meetingSubject: meeting.subject,
        recipientName: minutesMail.name,
        number: String(minutesMail.minutes.number),
      },
      link: `/agency/meetings/${meeting.id}/minutes`,
    };
  }
  return {
    ...common,
    kind: 'LETTER_DELIVERY_FAILED',
    params: {
      reference: letter.subject,
      partyName: letter.correspondentName,
      serviceName: letter.subject,
    },
    link: '/agency/print-queue',
  };
}

/**
 * Sends emailed letters with their PDF (R2.3). A letter with a sent marker is never sent again;
 * a failure is recorded on the letter (the caseworker is told once) and the job retried, with the
 * same Message-ID, until the mail server accepts it.
 */
export async function startLetterEmailWorker(
  jobs: JobQueue,
  { orm, logger, mailer }: WorkerDeps,
): Promise<void> {
  await jobs.work<LetterEmailJob>(LETTER_EMAIL_QUEUE, async ({ communicationId }) => {
    const em = orm.em.fork();
    const letter = await em.findOne(Communication, { id: communicationId });
    if (!letter || letter.sentAt || !letter.recipientEmail) return;
    const pdf = letter.fileId ? await readStoredFile(em, letter.fileId) : null;
    // Minutes (R3.2) go out through this job too, under their own file name.
    const stored = letter.fileId ? await em.findOne(StoredFile, { id: letter.fileId }) : null;
    const filename =
      stored?.purpose === FilePurpose.MEETING_MINUTES ? stored.fileName : 'letter.pdf';
    try {
      await mailer.send({
        to: letter.recipientEmail,
        subject: letter.subject,
        text: pdf
          ? `${letter.text}\n\n(PDF attached / PDF im Anhang / PDF in allegato)`
          : letter.text,
        messageId: letter.messageId ?? undefined,
        attachments: pdf ? [{ filename, content: pdf, contentType: 'application/pdf' }] : [],
      });
    } catch (error) {
      letter.status = CommunicationStatus.FAILED;
      letter.lastError = String((error as Error).message).slice(0, 500);
      await em.flush();
      await storeNotification(em, await failureNotice(em, letter));
      throw error;
    }
    letter.status = CommunicationStatus.SENT;
    letter.sentAt = new Date();
    letter.lastError = null;
    await em.flush();
    logger.info({ communicationId }, 'letter emailed');
  });
}
