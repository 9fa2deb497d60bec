import { type RefusalDefinitions } from './refusal-definition.js';

/** Refusals of one concern: Administrative requests (R5). */
export const ADMIN_REQUESTS_REFUSALS = {
  INVALID_PATTERN: {
    code: 'BAD_USER_INPUT',
    message: '{{property}} must be a valid regular expression',
  },
  PATTERN_WITHOUT_NUMBER: {
    code: 'BAD_USER_INPUT',
    message: 'a category that requires no number has no pattern',
  },
  EXAMPLE_NOT_MATCHING_PATTERN: {
    code: 'BAD_USER_INPUT',
    message: 'the example does not match the pattern',
  },
  CODE_TAKEN: {
    code: 'BAD_USER_INPUT',
    message: 'a {{what}} with code {{value}} exists already',
  },
  CATEGORY_INACTIVE: {
    code: 'BAD_USER_INPUT',
    message: 'the category {{name}} can no longer be chosen',
  },
  REFERENCE_NUMBER_REQUIRED: {
    code: 'BAD_USER_INPUT',
    message: '{{label}} is required for {{category}} (R5.6)',
  },
  REFERENCE_NUMBER_FORMAT: {
    code: 'BAD_USER_INPUT',
    message: '{{label}} must be in the form such as {{example}} (R5.6)',
  },
  REFERENCE_NUMBER_PATTERN: {
    code: 'BAD_USER_INPUT',
    message: '{{label}} must be in the form the category asks for ({{pattern}}) (R5.6)',
  },
  ACCOUNT_REQUIRED: {
    code: 'BAD_USER_INPUT',
    message: 'choose the branch or subsidiary the request is for (R5.4)',
  },
  NOT_OWN_BRANCH: {
    code: 'BAD_USER_INPUT',
    message: '{{property}} must be an active branch or subsidiary of your organisation (R5.4)',
  },
  REQUEST_CLOSED: {
    code: 'BAD_USER_INPUT',
    message: 'request {{reference}} is closed; reopen it to reply',
  },
  STATUS_CHANGE_NOT_ALLOWED: {
    code: 'BAD_USER_INPUT',
    message: 'a {{from}} request cannot become {{to}}',
  },
  REOPEN_PERIOD_OVER: {
    code: 'BAD_USER_INPUT',
    message: 'the period to reopen this request has ended',
  },
  NOT_DESK_MEMBER: {
    code: 'BAD_USER_INPUT',
    message: '{{property}} must be a member of the support desk',
  },
  REQUEST_FILE_UNKNOWN: {
    code: 'BAD_USER_INPUT',
    message: '{{property}} must be the id of a file you uploaded for this administrative request',
  },
  REQUEST_FILE_ATTACHED: {
    code: 'BAD_USER_INPUT',
    message: '{{property}} is attached already; upload the file again to attach it here',
  },
  REQUEST_FILE_TWICE: { code: 'BAD_USER_INPUT', message: '{{property}} lists a file twice' },
} as const satisfies RefusalDefinitions;
