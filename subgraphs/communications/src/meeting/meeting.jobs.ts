import { type JobQueue, type WorkerDeps } from '@casework/kit';
import { meetingCalendar } from './meeting-calendar.js';
import { MEETING_MAIL_QUEUE, type MeetingMailJob } from './meeting-events.js';
import { MeetingStatus } from './meeting-enums.js';
import { type MeetingInvitee } from './meeting-invitee.entity.js';
import {
  configureResponseLinks,
  LINK_RESPONSES,
  MEETING_RESPONSE_PATH,
  responseLinkQuery,
} from './meeting-response-links.js';
import { Meeting } from './meeting.entity.js';

const LINK_LABELS = {
  ACCEPTED: 'Accept',
  DECLINED: 'Decline',
  TENTATIVE: 'Maybe / propose another time',
};

/**
 * The invitee's signed answer links for this version of the meeting (R3.1): they work without
 * signing in until the meeting ends, and name the meeting, the invitee, the version and the answer.
 */
function responseLinks(publicUrl: string, meeting: Meeting, invitee: MeetingInvitee): string[] {
  return LINK_RESPONSES.map((response) => {
    const query = responseLinkQuery({
      meetingId: meeting.id,
      inviteeId: invitee.id,
      sequence: meeting.sequence,
      response,
      expiresAt: meeting.endsAt,
    });
    return `${LINK_LABELS[response]}: ${publicUrl}${MEETING_RESPONSE_PATH}?${query}`;
  });
}

/** "Tuesday, 1 December 2026, 10:00 – 11:00 (Europe/Rome)" in the zone the meeting was planned in. */
function when(meeting: Meeting): string {
  const format = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat('en-GB', { timeZone: meeting.timeZone, ...options });
  const day = format({ dateStyle: 'full', timeStyle: 'short' }).format(meeting.startsAt);
  const end = format({ timeStyle: 'short' }).format(meeting.endsAt);
  return `${day} – ${end} (${meeting.timeZone})`;
}

/**
 * Mails each invitee who receives mail the meeting's current version with an iCalendar part
 * (METHOD:REQUEST, or CANCEL once cancelled; one UID, SEQUENCE raised by every change). An
 * invitee's `mailedSequence` makes a retried job send each version once.
 */
export async function startMeetingWorkers(
  jobs: JobQueue,
  { orm, mailer, logger, publicUrl, internalSecret }: WorkerDeps,
): Promise<void> {
  configureResponseLinks(internalSecret);
  await jobs.work<MeetingMailJob>(MEETING_MAIL_QUEUE, async ({ meetingId }) => {
    const em = orm.em.fork();
    const meeting = await em.findOne(Meeting, meetingId, { populate: ['invitees'] });
    if (!meeting || meeting.status === MeetingStatus.HELD) return;
    const invitees = meeting.invitees.getItems();
    const content = meetingCalendar(meeting, invitees);
    const cancelled = meeting.status === MeetingStatus.CANCELLED;
    const method = cancelled ? 'CANCEL' : 'REQUEST';
    for (const invitee of invitees) {
      if (!invitee.receivesMail || !invitee.email) continue;
      if ((invitee.mailedSequence ?? -1) >= meeting.sequence) continue;
      const first = invitee.mailedSequence === null || invitee.mailedSequence === undefined;
      const subject = cancelled
        ? `Cancelled: ${meeting.subject}`
        : `${first ? 'Invitation' : 'Updated invitation'}: ${meeting.subject}`;
      const text = [
        `Dear ${invitee.name},`,
        '',
        cancelled
          ? `${meeting.organiserName} has cancelled the meeting "${meeting.subject}".${meeting.cancellationReason ? `\nReason: ${meeting.cancellationReason}` : ''}`
          : `${meeting.organiserName} ${first ? 'invites you to' : 'has changed'} the meeting "${meeting.subject}".`,
        '',
        `When: ${when(meeting)}`,
        meeting.location ? `Where: ${meeting.location}` : null,
        meeting.callDetails ? `Call: ${meeting.callDetails}` : null,
        '',
        cancelled
          ? 'The calendar entry attached removes the meeting from your calendar.'
          : `Please answer with your calendar, with one of these links, or reply to ${meeting.organiserEmail}.`,
        ...(cancelled ? [] : ['', ...responseLinks(publicUrl, meeting, invitee)]),
      ]
        .filter((line) => line !== null)
        .join('\n');
      await mailer.send({
        to: invitee.email,
        subject,
        text,
        messageId: `<meeting-${meeting.id}-${meeting.sequence}-${invitee.id}@casework>`,
        icalEvent: { method, filename: 'invite.ics', content },
      });
      invitee.mailedSequence = meeting.sequence;
      invitee.mailedAt = new Date();
      await em.flush();
    }
    logger.info({ meetingId, sequence: meeting.sequence, method }, 'meeting mail sent');
  });
}
