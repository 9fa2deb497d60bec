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
import { MEETING_WORDS, type MeetingWords } from './meeting-texts.js';

/**
 * The invitee's signed answer links for this version of the meeting (R3.1): they work without
 * signing in until the meeting ends, and name the meeting, the invitee, the version and the answer.
 */
function responseLinks(
  publicUrl: string,
  meeting: Meeting,
  invitee: MeetingInvitee,
  words: MeetingWords,
): string[] {
  return LINK_RESPONSES.map((response) => {
    const query = responseLinkQuery({
      meetingId: meeting.id,
      inviteeId: invitee.id,
      sequence: meeting.sequence,
      response,
      expiresAt: meeting.endsAt,
    });
    return `${words.links[response]}: ${publicUrl}${MEETING_RESPONSE_PATH}?${query}`;
  });
}

/**
 * "Tuesday, 1 December 2026, 10:00 – 11:00 (Europe/Rome)" in the zone the meeting was planned
 * in and the invitee's language ("Dienstag, 1. Dezember 2026 …", "martedì 1 dicembre 2026 …").
 */
function when(meeting: Meeting, words: MeetingWords): string {
  const format = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(words.locale, { timeZone: meeting.timeZone, ...options });
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
    const cancelled = meeting.status === MeetingStatus.CANCELLED;
    const method = cancelled ? 'CANCEL' : 'REQUEST';
    for (const invitee of invitees) {
      if (!invitee.receivesMail || !invitee.email) continue;
      if ((invitee.mailedSequence ?? -1) >= meeting.sequence) continue;
      const first = invitee.mailedSequence === null || invitee.mailedSequence === undefined;
      // Each invitee reads the mail and the calendar entry in their own language (R6.4).
      const words = MEETING_WORDS[invitee.language];
      const content = meetingCalendar(meeting, invitees, words);
      const kind = cancelled ? 'cancellation' : first ? 'invitation' : 'update';
      const subject = words.subject(kind, meeting.subject);
      const { organiserName: organiser, subject: title } = meeting;
      const text = [
        words.greeting(invitee.name),
        '',
        cancelled
          ? `${words.cancelled(organiser, title)}${meeting.cancellationReason ? `\n${words.reason}: ${meeting.cancellationReason}` : ''}`
          : first
            ? words.invites(organiser, title)
            : words.changed(organiser, title),
        '',
        `${words.when}: ${when(meeting, words)}`,
        meeting.location ? `${words.where}: ${meeting.location}` : null,
        meeting.callDetails ? `${words.call}: ${meeting.callDetails}` : null,
        '',
        cancelled ? words.removed : words.answer(meeting.organiserEmail),
        ...(cancelled ? [] : ['', ...responseLinks(publicUrl, meeting, invitee, words)]),
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
