import { type JobQueue, type WorkerDeps } from '@casework/kit';
import { meetingCalendar } from './meeting-calendar.js';
import { MEETING_MAIL_QUEUE, type MeetingMailJob } from './meeting-events.js';
import { MeetingStatus } from './meeting-enums.js';
import { Meeting } from './meeting.entity.js';

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
  { orm, mailer, logger }: WorkerDeps,
): Promise<void> {
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
          : `Please answer with your calendar, or reply to ${meeting.organiserEmail}.`,
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
