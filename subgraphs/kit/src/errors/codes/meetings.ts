import { type RefusalDefinitions } from './refusal-definition.js';

/** Refusals of one concern: Meetings (R3.1). */
export const MEETINGS_REFUSALS = {
  MEETING_REQUIRED_FOR_PROBLEMS: {
    code: 'BAD_USER_INPUT',
    message:
      '{{name}} cannot be authorised while the application has {{count}} open problem(s) that no held meeting resolved; hold a meeting with the client first (R3.1)',
  },
  MEETING_ENDS_BEFORE_START: {
    code: 'BAD_USER_INPUT',
    message: 'endsAt ({{end}}) must be after startsAt ({{start}})',
  },
  MEETING_IN_PAST: {
    code: 'BAD_USER_INPUT',
    message: '{{property}} ({{date}}) is in the past; a meeting is scheduled for the future',
  },
  INVALID_TIME_ZONE: {
    code: 'BAD_USER_INPUT',
    message: '{{property}} must be an IANA time zone such as Europe/Rome',
  },
  INVITEE_EMAIL_REQUIRED: {
    code: 'BAD_USER_INPUT',
    message:
      '{{name}} has no email address, so no invitation can be mailed; add one or do not send mail',
  },
  INVITEE_NOT_CASE_CLIENT: {
    code: 'BAD_USER_INPUT',
    message:
      "the person {{id}} is not a client of the meeting's case; a CLIENT invitee must be one ({{property}}, R3.1)",
  },
  INVITEE_REFERENCE_REQUIRED: {
    code: 'BAD_USER_INPUT',
    message: 'a {{kind}} invitee needs {{property}}',
  },
  CLIENT_INVITEE_REQUIRED: {
    code: 'BAD_USER_INPUT',
    message: 'a meeting with clients needs at least one client among the invitees (R3.1)',
  },
  MEETING_STATUS: {
    code: 'BAD_USER_INPUT',
    message: 'the meeting is {{status}}; this is no longer possible',
  },
  MEETING_NOT_STARTED: {
    code: 'BAD_USER_INPUT',
    message:
      'the meeting starts at {{startsAt}}; it can be recorded as held only once it has started',
  },
  CLIENT_ATTENDANCE_REQUIRED: {
    code: 'BAD_USER_INPUT',
    message: 'a meeting with the client is held only when at least one client attended (R3.1)',
  },
  NOT_AN_INVITEE: {
    code: 'BAD_USER_INPUT',
    message: '{{id}} is not an invitee of this meeting',
  },
  INVALID_RESPONSE_LINK: {
    code: 'BAD_USER_INPUT',
    message:
      'This response link is not valid (any more): the meeting was changed or cancelled. Use the link of the newest invitation.',
  },
  NO_MATCHING_OPEN_CASE: {
    code: 'BAD_USER_INPUT',
    message:
      'the intake process uses an existing open integrated case with exactly the application\u2019s clients, and there is none; create one first (R4.1)',
  },
} as const satisfies RefusalDefinitions;
