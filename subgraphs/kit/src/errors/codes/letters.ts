import { type RefusalDefinitions } from './refusal-definition.js';

/** Refusals of one concern: Letters, templates and the communication log (R2, R3.5). */
export const LETTERS_REFUSALS = {
  TEMPLATE_SYNTAX: {
    code: 'BAD_USER_INPUT',
    message: 'the template has an error on line {{line}}: {{detail}}',
  },
  TEMPLATE_UNKNOWN_PLACEHOLDER: {
    code: 'BAD_USER_INPUT',
    message: 'line {{line}} uses the unknown placeholder {{placeholder}}; known: {{known}}',
  },
  NO_TEMPLATE: {
    code: 'BAD_USER_INPUT',
    message: 'there is no published {{kind}} template; an administrator publishes one first',
  },
  NO_LETTER_CHANNEL: {
    code: 'BAD_USER_INPUT',
    message: '{{party}} has neither a postal address nor an email address',
  },
  COMMUNICATION_FINAL: {
    code: 'BAD_USER_INPUT',
    message: 'the communication is {{status}} and can no longer be changed',
  },
  SCAN_ONLY_FOR_INCOMING_LETTERS: {
    code: 'BAD_USER_INPUT',
    message: 'a scan can be kept only with an incoming letter',
  },
  LETTER_NOT_PRINTABLE: {
    code: 'BAD_USER_INPUT',
    message: 'letter {{id}} is {{status}}, not waiting to be {{action}}',
  },
} as const satisfies RefusalDefinitions;
