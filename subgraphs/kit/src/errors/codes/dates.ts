import { type RefusalDefinitions } from './refusal-definition.js';

/** Refusals of one concern: Dates and periods. */
export const DATES_REFUSALS = {
  PERIOD_ENDS_BEFORE_START: {
    code: 'BAD_USER_INPUT',
    message: '{{endField}} ({{end}}) must not be before {{startField}} ({{start}})',
  },
  DATE_IN_FUTURE: { code: 'BAD_USER_INPUT', message: '{{property}} cannot be in the future' },
  DATE_BEFORE_CASE_START: {
    code: 'BAD_USER_INPUT',
    message: '{{property}} ({{date}}) must not be before the case start ({{caseStart}})',
  },
  DATE_BEFORE_MEMBER_START: {
    code: 'BAD_USER_INPUT',
    message: "{{property}} ({{date}}) must not be before the member's start ({{memberStart}})",
  },
  MEMBER_END_BEFORE_START: {
    code: 'BAD_USER_INPUT',
    message:
      "endDate ({{date}}) must not be before the member's start ({{memberStart}}) or the case start ({{caseStart}})",
  },
  PERIOD_ALREADY_ENDED: { code: 'BAD_USER_INPUT', message: 'the period has already ended' },
  PERIOD_START_NOT_BEFORE_END: { code: 'BAD_USER_INPUT', message: 'from must be before to' },
  PERIOD_TOO_LONG: {
    code: 'BAD_USER_INPUT',
    message: 'the period spans more than {{maxMonths}} calendar months',
  },
} as const satisfies RefusalDefinitions;
