import { type RefusalDefinitions } from './refusal-definition.js';

/** Refusals of one concern: The kit's text input policy (every String and ID argument and input field). */
export const TEXT_POLICY_REFUSALS = {
  BLANK: { code: 'BAD_USER_INPUT', message: '{{property}} must not be blank' },
  CONTROL_CHARACTER: {
    code: 'BAD_USER_INPUT',
    message:
      '{{property}} must not contain control characters (found {{character}} at position {{position}})',
  },
  INVALID_UNICODE: {
    code: 'BAD_USER_INPUT',
    message: '{{property}} must be valid Unicode text (it holds a lone UTF-16 surrogate)',
  },
  TOO_MANY: {
    code: 'BAD_USER_INPUT',
    message: '{{property}} must have at most {{max}} items (it has {{count}})',
  },
  UNKNOWN_REFERENCE: {
    code: 'BAD_USER_INPUT',
    message: '{{property}} must be the id of an existing {{entity}}; {{id}} was not found',
  },
} as const satisfies RefusalDefinitions;
