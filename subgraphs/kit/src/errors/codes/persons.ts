import { type RefusalDefinitions } from './refusal-definition.js';

/** Refusals of one concern: Persons (R4.5) and configuration. */
export const PERSONS_REFUSALS = {
  DATE_OF_BIRTH_REQUIRED: { code: 'BAD_USER_INPUT', message: 'a person needs a date of birth' },
  ADDRESS_REQUIRED: { code: 'BAD_USER_INPUT', message: 'a person needs an address' },
  ALREADY_REGISTERED_PERSON: {
    code: 'BAD_USER_INPUT',
    message: '{{name}} is already a registered person',
  },
  NAME_TAKEN: { code: 'BAD_USER_INPUT', message: 'a {{what}} named "{{name}}" already exists' },
} as const satisfies RefusalDefinitions;
