/**
 * The fact that a meeting with an application's clients was held (R3.1), sent by the meetings
 * feature (communications) to the cases subgraph through the pg-boss queue below. Cases creates
 * the queue and records the fact once per meeting, so a repeated send is harmless.
 */
export const MEETING_HELD_QUEUE = 'cases.application-meeting-held';

export interface MeetingHeldEvent {
  /** Contract version: a consumer refuses versions it does not know. */
  version: 1;
  applicationId: string;
  /** The meeting in the meetings feature; the same meeting is recorded once. */
  meetingId: string;
  /** YYYY-MM-DD. */
  heldOn: string;
  attendees: string;
  /** Who recorded the minutes. */
  recordedBy: string;
}
