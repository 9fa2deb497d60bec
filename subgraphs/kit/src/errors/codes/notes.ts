import { type RefusalDefinitions } from './refusal-definition.js';

/** Refusals of one concern: Notes (R3.3) and communication exceptions (R2.7). */
export const NOTES_REFUSALS = {
  CLEARANCE_TOO_LOW: {
    code: 'BAD_USER_INPUT',
    message: 'your clearance does not allow {{sensitivity}} notes',
  },
  NOTE_CANCELLED: { code: 'BAD_USER_INPUT', message: 'a cancelled note cannot be edited' },
  NOTE_ALREADY_CANCELLED: { code: 'BAD_USER_INPUT', message: 'the note is already cancelled' },
  EXCEPTION_CANCELLED: {
    code: 'BAD_USER_INPUT',
    message: 'the exception is cancelled; record a new one instead',
  },
  EXCEPTION_ALREADY_CANCELLED: {
    code: 'BAD_USER_INPUT',
    message: 'the exception is already cancelled',
  },
} as const satisfies RefusalDefinitions;
