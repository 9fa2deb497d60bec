import { type RefusalDefinitions } from './refusal-definition.js';

/** Refusals of one concern: Files (issue 10) and attachments (R3.4, R5.7). */
export const FILES_REFUSALS = {
  INVALID_FILE_NAME: {
    code: 'BAD_USER_INPUT',
    message: '{{property}} must be a plain file name without control characters or slashes',
  },
  FILE_TYPE_NOT_ALLOWED: {
    code: 'BAD_USER_INPUT',
    message: 'files of type .{{extension}} are not allowed; allowed: {{allowed}}',
  },
  CONTENT_TYPE_MISMATCH: {
    code: 'BAD_USER_INPUT',
    message: 'contentType {{contentType}} does not fit a .{{extension}} file ({{expected}})',
  },
  FILE_CONTENT_MISMATCH: {
    code: 'BAD_USER_INPUT',
    message: 'the content of {{fileName}} is not what its name says ({{expected}})',
  },
  FILE_LARGER_THAN_DECLARED: {
    code: 'BAD_USER_INPUT',
    message: 'the file is larger than the {{declared}} bytes declared for it',
  },
  UPLOAD_TRUNCATED: {
    code: 'BAD_USER_INPUT',
    message: 'the upload ended after {{size}} of the {{declared}} bytes declared',
  },
  FILE_TOO_LARGE: {
    code: 'BAD_USER_INPUT',
    message: 'the file is larger than the limit of {{maxBytes}} bytes',
  },
  NO_PHI_CONFIRMATION_REQUIRED: {
    code: 'BAD_USER_INPUT',
    message:
      'confirm that the file holds no protected health information (HIPAA) before attaching it (R5.7)',
  },
  NO_SUCH_UPLOAD: {
    code: 'BAD_USER_INPUT',
    message: 'there is no uploaded file with this id of yours',
  },
  FILE_PURPOSE_MISMATCH: {
    code: 'BAD_USER_INPUT',
    message: 'the file was uploaded for {{purpose}}, not {{expected}}',
  },
  FILE_ALREADY_ATTACHED: { code: 'BAD_USER_INPUT', message: 'the file is attached already' },
  FILES_NOT_AVAILABLE: { code: 'BAD_USER_INPUT', message: 'attaching files is not available yet' },
  ATTACHMENT_CLEARANCE_TOO_LOW: {
    code: 'BAD_USER_INPUT',
    message: 'your clearance does not allow {{sensitivity}} attachments',
  },
  ATTACHMENT_REMOVED: {
    code: 'BAD_USER_INPUT',
    message: 'a removed attachment cannot be changed',
  },
  ATTACHMENT_ALREADY_REMOVED: {
    code: 'BAD_USER_INPUT',
    message: 'the attachment is already removed',
  },
} as const satisfies RefusalDefinitions;
