import { type RefusalDefinitions } from './refusal-definition.js';

/** Refusals of one concern: Providers, services, portal accounts. */
export const PROVIDERS_REFUSALS = {
  SERVICE_NOT_OFFERED: {
    code: 'BAD_USER_INPUT',
    message: '{{provider}} does not offer this service',
  },
  NO_SUCH_SERVICE: { code: 'BAD_USER_INPUT', message: 'no such service' },
  NO_ACTIVE_SERVICE: { code: 'BAD_USER_INPUT', message: 'no active service with id {{ids}}' },
  SERVICE_CODE_TAKEN: {
    code: 'BAD_USER_INPUT',
    message: 'a service with code {{serviceCode}} exists already',
  },
  BRANCH_OF_OTHER_PROVIDER: {
    code: 'BAD_USER_INPUT',
    message: 'branchId is not a branch of this provider',
  },
  PORTAL_EMAIL_TAKEN: { code: 'BAD_USER_INPUT', message: '{{email}} already has a portal account' },
  INVITATION_NOT_OPEN: {
    code: 'BAD_USER_INPUT',
    message: 'the account is {{status}}; only INVITED accounts get one',
  },
  OWN_ROLE: {
    code: 'BAD_USER_INPUT',
    message: 'you cannot change your own role; ask another administrator',
  },
  OWN_ACCOUNT: { code: 'BAD_USER_INPUT', message: 'you cannot disable your own account' },
  ACCOUNT_ALREADY_DISABLED: { code: 'BAD_USER_INPUT', message: 'the account is already disabled' },
  ACCOUNT_NOT_DISABLED: {
    code: 'BAD_USER_INPUT',
    message: 'the account is {{status}}, not DISABLED',
  },
  INVALID_INVITATION: {
    code: 'BAD_USER_INPUT',
    message:
      'This invitation link is not valid (any more): it was used, replaced by a newer one, or has expired. Ask for a new invitation.',
  },
} as const satisfies RefusalDefinitions;
