import { randomUUID } from 'node:crypto';
import {
  authorize,
  assertUuid,
  audit,
  flushVersioned,
  notFound,
  refuse,
  type RequestContext,
  withTransaction,
} from '@casework/kit';
import { Communication } from '../communication/communication.entity.js';
import {
  CommunicationDirection,
  CommunicationKind,
  CommunicationStatus,
  CorrespondentType,
} from '../communication/communication-enums.js';
import { FilePurpose } from '../file/file-purpose.js';
import { storeGeneratedFile } from '../file/generated-file.js';
import { StoredFile } from '../file/stored-file.entity.js';
import { LetterChannel } from '../letter/letter-channel.js';
import { LETTER_EMAIL_QUEUE, type LetterEmailJob } from '../letter/letter-email.jobs.js';
import { readLetterhead } from '../letter/letterhead.js';
import { InvitationResponse, InviteeKind } from '../meeting/meeting-enums.js';
import { Attendance, MinutesRecipientReason, MinutesStatus } from './minutes-enums.js';
import { MinutesDelivery } from './minutes-delivery.entity.js';
import { renderMinutesPdf } from './minutes-pdf.js';
import { MINUTES_WORDS } from './minutes-texts.js';
import { type MeetingMinutes } from './minutes.entity.js';
import { type IssueMinutesInput } from './minutes.input.js';
import { MinutesService } from './minutes.service.js';

interface Recipient {
  name: string;
  email: string;
  reason: MinutesRecipientReason;
  personId: string | null;
}

/** Attendees, invitees who declined, then the interested people; each address once. */
export function minutesRecipients(
  minutes: MeetingMinutes,
  interested: readonly { name: string; email: string }[],
): Recipient[] {
  const invitees = minutes.meeting.invitees.getItems();
  const list: Recipient[] = [];
  for (const entry of minutes.attendance) {
    const invitee = invitees.find((i) => i.id === entry.inviteeId);
    if (!invitee?.email) continue;
    const declined =
      entry.attendance === Attendance.DECLINED ||
      (entry.attendance !== Attendance.ATTENDED &&
        invitee.response === InvitationResponse.DECLINED);
    if (entry.attendance !== Attendance.ATTENDED && !declined) continue;
    list.push({
      name: invitee.name,
      email: invitee.email,
      reason: declined ? MinutesRecipientReason.DECLINED : MinutesRecipientReason.ATTENDEE,
      personId: invitee.kind === InviteeKind.CLIENT ? (invitee.personId ?? null) : null,
    });
  }
  for (const guest of minutes.uninvited)
    if (guest.email)
      list.push({
        name: guest.name,
        email: guest.email,
        reason: MinutesRecipientReason.ATTENDEE,
        personId: null,
      });
  for (const person of interested)
    list.push({ ...person, reason: MinutesRecipientReason.INTERESTED, personId: null });
  const seen = new Set<string>();
  return list.filter((r) => {
    const key = r.email.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Issues finalised minutes by email (R3.2): the PDF is made once per version and kept as a file;
 * each recipient gets an outgoing EMAIL in the communication log (R3.5) sent by the letters' mail
 * job (stable Message-ID, sent marker, retried on failure), and a delivery row says who got which
 * version and why. Someone already sent this version is not sent it again.
 */
export class MinutesIssueService {
  constructor(private readonly ctx: RequestContext) {}

  async issue(id: string, input: IssueMinutesInput): Promise<MeetingMinutes> {
    authorize(this.ctx.identity, 'case:write', 'issue meeting minutes');
    const minutes = await new MinutesService(this.ctx).get(id);
    if (minutes.status !== MinutesStatus.FINAL)
      throw refuse('MINUTES_NOT_FINAL', { field: 'id', extensions: { rule: 'R3.2' } });
    const { em, identity } = this.ctx;
    const sent = await em.find(MinutesDelivery, { minutes });
    const already = new Set(sent.map((d) => d.email.toLowerCase()));
    const recipients = minutesRecipients(minutes, input.interested).filter(
      (r) => !already.has(r.email.toLowerCase()),
    );
    if (recipients.length === 0 && sent.length === 0)
      throw refuse('MINUTES_NO_RECIPIENTS', { field: 'input.interested' });
    const meeting = minutes.meeting;
    const words = MINUTES_WORDS[input.language];
    return withTransaction(em, async () => {
      if (!minutes.pdfFileId) {
        const files = await em.find(StoredFile, { id: { $in: minutes.fileIds } });
        const pdf = await renderMinutesPdf(
          readLetterhead(),
          meeting,
          minutes,
          files.map((f) => f.fileName),
          input.language,
        );
        const file = storeGeneratedFile(em, {
          purpose: FilePurpose.MEETING_MINUTES,
          fileName: `minutes-v${minutes.number}.pdf`,
          contentType: 'application/pdf',
          content: pdf,
          byId: identity.id,
          by: identity.name,
        });
        minutes.pdfFileId = file.id;
      }
      const deliveries = recipients.map((r) => {
        const mail = em.create(Communication, {
          kind: CommunicationKind.EMAIL,
          direction: CommunicationDirection.OUTGOING,
          correspondentType: r.personId ? CorrespondentType.CLIENT : CorrespondentType.THIRD_PARTY,
          correspondentName: r.name,
          personId: r.personId,
          caseId: meeting.caseId,
          occurredAt: new Date(),
          subject: words.mailSubject(meeting.subject).slice(0, 300),
          text: words.mailText(
            r.name,
            meeting.subject,
            minutes.heldOn ?? '',
            minutes.number,
            identity.name,
          ),
          status: CommunicationStatus.SENDING,
          channel: LetterChannel.EMAIL,
          language: input.language,
          fileId: minutes.pdfFileId,
          recipientEmail: r.email,
          createdById: identity.id,
          createdBy: identity.name,
        });
        mail.messageId = `<minutes-${mail.id}@casework>`;
        return em.create(MinutesDelivery, {
          minutes,
          communication: mail,
          reason: r.reason,
          name: r.name,
          email: r.email,
          issuedBy: identity.name,
        });
      });
      minutes.issuedAt = new Date();
      audit(this.ctx, {
        subjectId: meeting.id,
        entityType: 'MeetingMinutes',
        entityId: minutes.id,
        action: 'MINUTES_ISSUED',
        after: {
          number: String(minutes.number),
          sentTo: deliveries.map((d) => `${d.name} <${d.email}> (${d.reason})`).join(', '),
        },
      });
      await flushVersioned(em, minutes, 'MeetingMinutes', input.version);
      for (const d of deliveries) {
        const job: LetterEmailJob = { communicationId: d.communication.id };
        await this.ctx.jobs!.enqueue(em, LETTER_EMAIL_QUEUE, job, { id: d.communication.id });
      }
      return minutes;
    });
  }

  /** Sends a failed delivery again now (same Message-ID; never twice once accepted). */
  async retry(deliveryId: string): Promise<MinutesDelivery> {
    authorize(this.ctx.identity, 'case:write', 'retry minutes mail');
    assertUuid(deliveryId, 'deliveryId');
    const { em } = this.ctx;
    const delivery = await em.findOne(
      MinutesDelivery,
      { id: deliveryId },
      { populate: ['communication'] },
    );
    if (!delivery) throw notFound('MinutesDelivery', deliveryId);
    const mail = delivery.communication;
    if (mail.status !== CommunicationStatus.FAILED) return delivery;
    return withTransaction(em, async () => {
      mail.status = CommunicationStatus.SENDING;
      await em.flush();
      const job: LetterEmailJob = { communicationId: mail.id };
      await this.ctx.jobs!.enqueue(em, LETTER_EMAIL_QUEUE, job, { id: randomUUID() });
      return delivery;
    });
  }
}
