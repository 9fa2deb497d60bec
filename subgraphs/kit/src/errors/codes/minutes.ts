import { type RefusalDefinitions } from './refusal-definition.js';

/** Refusals of one concern: Meeting minutes (R3.2). */
export const MINUTES_REFUSALS = {
  MINUTES_FINAL: {
    code: 'BAD_USER_INPUT',
    message:
      'version {{number}} of the minutes is final and cannot be edited; start a correction (a new version) instead (R3.2)',
  },
  MINUTES_NOT_FINAL: {
    code: 'BAD_USER_INPUT',
    message: 'the minutes are a draft; finalise them before they are issued (R3.2)',
  },
  MINUTES_ATTENDANCE_REQUIRED: {
    code: 'BAD_USER_INPUT',
    message:
      'record the attendance of every invitee before finalising the minutes; missing: {{names}} (R3.2)',
  },
  MINUTES_ACTION_ASSIGNEE_REQUIRED: {
    code: 'BAD_USER_INPUT',
    message: 'the action "{{what}}" needs someone who does it (R3.2)',
  },
  MINUTES_ACTION_DUE_REQUIRED: {
    code: 'BAD_USER_INPUT',
    message: 'the action "{{what}}" needs a due date (R3.2)',
  },
  MINUTES_TIMES: {
    code: 'BAD_USER_INPUT',
    message: 'endTime ({{end}}) must be after startTime ({{start}})',
  },
  MINUTES_NO_RECIPIENTS: {
    code: 'BAD_USER_INPUT',
    message: 'nobody with an email address receives these minutes; add an interested person',
  },
  MEETING_NOT_STARTED_FOR_MINUTES: {
    code: 'BAD_USER_INPUT',
    message: 'the meeting starts at {{startsAt}}; minutes are recorded once it has started',
  },
} as const satisfies RefusalDefinitions;
