import { type RefusalDefinitions } from './refusal-definition.js';

/** Refusals of one concern: Input constraints (class-validator), derived from the constraint that failed. */
export const INPUT_REFUSALS = {
  REQUIRED: { code: 'BAD_USER_INPUT', message: '{{property}} is required' },
  TOO_SHORT: {
    code: 'BAD_USER_INPUT',
    message: '{{property}} must be at least {{min}} characters',
  },
  TOO_LONG: { code: 'BAD_USER_INPUT', message: '{{property}} must be at most {{max}} characters' },
  LENGTH_OUT_OF_RANGE: {
    code: 'BAD_USER_INPUT',
    message: '{{property}} must be {{min}} to {{max}} characters',
  },
  TOO_SMALL: { code: 'BAD_USER_INPUT', message: '{{property}} must be at least {{min}}' },
  TOO_LARGE: { code: 'BAD_USER_INPUT', message: '{{property}} must be at most {{max}}' },
  TOO_FEW_ITEMS: { code: 'BAD_USER_INPUT', message: '{{property}} needs at least {{min}} entries' },
  TOO_MANY_ITEMS: { code: 'BAD_USER_INPUT', message: '{{property}} takes at most {{max}} entries' },
  INVALID_EMAIL: { code: 'BAD_USER_INPUT', message: '{{property}} must be an email address' },
  INVALID_PHONE: { code: 'BAD_USER_INPUT', message: '{{property}} must be a phone number' },
  INVALID_DATE: { code: 'BAD_USER_INPUT', message: '{{property}} must be a date as YYYY-MM-DD' },
  INVALID_COUNTRY: {
    code: 'BAD_USER_INPUT',
    message: '{{property}} must be a two-letter ISO code such as DE or IT',
  },
  INVALID_IBAN: { code: 'BAD_USER_INPUT', message: '{{property}} must be an IBAN' },
  INVALID_REFERENCE: { code: 'BAD_USER_INPUT', message: '{{property}} must be an id' },
  INVALID_FORMAT: { code: 'BAD_USER_INPUT', message: '{{property}} has the wrong format' },
  INVALID_VALUE: { code: 'BAD_USER_INPUT', message: '{{property}} is not valid' },
} as const satisfies RefusalDefinitions;
