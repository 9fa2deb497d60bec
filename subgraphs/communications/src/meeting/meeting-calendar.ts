import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
} from 'ical-generator';
import { InvitationResponse, MeetingStatus } from './meeting-enums.js';
import { type MeetingInvitee } from './meeting-invitee.entity.js';
import { type Meeting } from './meeting.entity.js';
import { type MeetingWords } from './meeting-texts.js';

const PARTSTAT: Record<InvitationResponse, ICalAttendeeStatus> = {
  [InvitationResponse.PENDING]: ICalAttendeeStatus.NEEDSACTION,
  [InvitationResponse.ACCEPTED]: ICalAttendeeStatus.ACCEPTED,
  [InvitationResponse.DECLINED]: ICalAttendeeStatus.DECLINED,
  [InvitationResponse.TENTATIVE]: ICalAttendeeStatus.TENTATIVE,
};

/** The stable UID of a meeting's event: every update and cancellation replaces the same event. */
export const meetingUid = (meeting: Meeting) => `meeting-${meeting.id}@casework`;

/**
 * The meeting as an iCalendar object: METHOD:REQUEST for invitations and updates,
 * METHOD:CANCEL once cancelled; the same UID with the meeting's SEQUENCE. Times are written in
 * UTC (exact instants; each calendar shows them in its own zone) and the planned zone is named
 * in the description, in the words of the invitee's language.
 */
export function meetingCalendar(
  meeting: Meeting,
  invitees: readonly MeetingInvitee[],
  words: MeetingWords,
): string {
  const cancelled = meeting.status === MeetingStatus.CANCELLED;
  const calendar = ical({
    prodId: {
      company: 'Casework',
      product: 'Meetings',
      language: words.locale.slice(0, 2).toUpperCase(),
    },
    method: cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  calendar.createEvent({
    id: meetingUid(meeting),
    sequence: meeting.sequence,
    start: meeting.startsAt,
    end: meeting.endsAt,
    stamp: new Date(),
    summary: meeting.subject,
    description: [
      `${words.timeZone}: ${meeting.timeZone}`,
      meeting.callDetails ? `${words.call}: ${meeting.callDetails}` : null,
    ]
      .filter(Boolean)
      .join('\n'),
    location: meeting.location ?? null,
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: { name: meeting.organiserName, email: meeting.organiserEmail },
    attendees: invitees
      .filter((i) => i.email)
      .map((i) => ({
        name: i.name,
        email: i.email!,
        role: ICalAttendeeRole.REQ,
        status: PARTSTAT[i.response],
        rsvp: true,
      })),
  });
  return calendar.toString();
}
