import { type RefusalDefinitions } from './refusal-definition.js';

/**
 * Refusals of one concern: sign-in accounts (the gateway's /auth routes: passwords, invitations,
 * administrators' actions on accounts), as the `code` of each entry in `fields`.
 */
export const ACCOUNTS_REFUSALS = {
  CURRENT_PASSWORD_WRONG: { code: 'BAD_USER_INPUT', message: 'the current password is wrong' },
  PASSWORD_IS_EMAIL: {
    code: 'BAD_USER_INPUT',
    message: '{{property}} must not be your email address',
  },
  PASSWORD_UNCHANGED: {
    code: 'BAD_USER_INPUT',
    message: '{{property}} must differ from the current password',
  },
  INVITATION_EMAIL_IS_STAFF: {
    code: 'BAD_USER_INPUT',
    message: '{{email}} already signs in as agency staff; ask for an invitation to another address',
  },
  ACCOUNT_NOT_FOUND: { code: 'NOT_FOUND', message: 'there is no account with this id' },
  OWN_ACCOUNT_DISABLE: { code: 'BAD_USER_INPUT', message: 'you cannot disable your own account' },
  PORTAL_ACCOUNT_MANAGED_BY_PROVIDER: {
    code: 'BAD_USER_INPUT',
    message: 'portal accounts are managed by their provider: use {{mutation}}',
  },
} as const satisfies RefusalDefinitions;
