import { type RefusalDefinitions } from './refusal-definition.js';

/** Refusals of one concern: Generic: records, permissions, versions, pages. */
export const GENERIC_REFUSALS = {
  NOT_FOUND: { code: 'NOT_FOUND', message: '{{entity}} {{id}} was not found' },
  NOT_PERMITTED: { code: 'FORBIDDEN', message: 'You are not allowed to {{action}}' },
  STALE_VERSION: {
    code: 'CONFLICT',
    message:
      '{{entity}} {{id}} was changed by someone else (you edited version {{expectedVersion}}, it is now version {{actualVersion}}); reload it and try again',
  },
  INVALID_ID: {
    code: 'BAD_USER_INPUT',
    message: '{{field}} must be an id (UUID) such as 3f1c2a5e-...',
  },
  PAGE_SIZE_OUT_OF_RANGE: { code: 'BAD_USER_INPUT', message: 'first must be between 1 and 100' },
  INVALID_CURSOR: {
    code: 'BAD_USER_INPUT',
    message: 'after must be the endCursor of a previous page',
  },
} as const satisfies RefusalDefinitions;
