import { type RefusalDefinitions } from './refusal-definition.js';

/** Refusals of one concern: Inquiries (R1). */
export const INQUIRIES_REFUSALS = {
  METHOD_NOT_ALLOWED: {
    code: 'BAD_USER_INPUT',
    message: '{{refusal}}; allowed: {{allowed}}',
  },
  SPOKE_WITH_REQUIRED: {
    code: 'BAD_USER_INPUT',
    message: 'say whom you spoke to on the phone (R1.4)',
  },
  ANSWER_IN_PORTAL: {
    code: 'BAD_USER_INPUT',
    message: 'answers to internet inquiries are given in the provider portal (R1.7)',
  },
  RECEIVED_BEFORE_SENT: {
    code: 'BAD_USER_INPUT',
    message: 'receivedAt cannot be before the inquiry was sent',
  },
  INQUIRY_STATUS: { code: 'BAD_USER_INPUT', message: 'the inquiry is {{status}}' },
  NOT_WHOLE_NUMBER: { code: 'BAD_USER_INPUT', message: '{{property}} must be a whole number' },
} as const satisfies RefusalDefinitions;
