import { type RefusalDefinitions } from './refusal-definition.js';

/**
 * Refusals of one concern: integrations (issue 17), the gateway's REST answers under
 * /auth/api-clients and /auth/webhooks (`extensions.reason`), translated by agency-web, and the
 * trusted documents' refusal of an operation sent with the apps' session cookie.
 */
export const INTEGRATIONS_REFUSALS = {
  API_CLIENTS_ADMIN_ONLY: {
    code: 'FORBIDDEN',
    message: 'only agency administrators manage API clients',
  },
  API_CLIENT_INVALID: { code: 'BAD_USER_INPUT', message: 'the API client is not valid' },
  API_CLIENT_NOT_FOUND: { code: 'NOT_FOUND', message: 'there is no API client with this id' },
  API_CLIENT_SECRET_NOT_FOUND: {
    code: 'NOT_FOUND',
    message: 'this API client has no secret with this id',
  },
  WEBHOOKS_NOT_PERMITTED: {
    code: 'FORBIDDEN',
    message: 'only agency administrators and API clients manage webhooks',
  },
  WEBHOOK_INVALID: { code: 'BAD_USER_INPUT', message: 'the webhook is not valid' },
  WEBHOOK_URL_INVALID: {
    code: 'BAD_USER_INPUT',
    message: 'the address must be an absolute URL such as https://example.org/hooks',
  },
  WEBHOOK_URL_SCHEME: {
    code: 'BAD_USER_INPUT',
    message: 'the address must start with {{schemes}}',
  },
  WEBHOOK_URL_CREDENTIALS: {
    code: 'BAD_USER_INPUT',
    message: 'the address must not contain a user name or password',
  },
  WEBHOOK_URL_NOT_ALLOWED: {
    code: 'BAD_USER_INPUT',
    message: 'deliveries to {{host}} are not allowed: an administrator has not allowed this host',
  },
  WEBHOOK_URL_INTERNAL: {
    code: 'BAD_USER_INPUT',
    message: '{{host}} is an internal address of this installation',
  },
  WEBHOOK_EVENT_UNKNOWN: {
    code: 'BAD_USER_INPUT',
    message: 'there is no event type {{type}}; known: {{known}}',
  },
  WEBHOOK_EVENT_NOT_PERMITTED: {
    code: 'BAD_USER_INPUT',
    message: 'the API client may not receive {{type}}: it needs the scope {{scope}}',
  },
  WEBHOOK_NOT_FOUND: { code: 'NOT_FOUND', message: 'there is no webhook with this id' },
  WEBHOOK_DELIVERY_NOT_FOUND: {
    code: 'NOT_FOUND',
    message: 'there is no webhook delivery with this id',
  },
  OPERATION_NOT_TRUSTED: {
    code: 'FORBIDDEN',
    message:
      'this operation is not one of the apps’ own; with the session cookie only the apps’ operations run, use an API client for others',
  },
  DATE_TIME_FORMAT: {
    code: 'BAD_USER_INPUT',
    message: '{{property}} must be a date and time such as 2027-12-31T00:00:00Z',
  },
  NOT_IN_FUTURE: { code: 'BAD_USER_INPUT', message: '{{property}} must be in the future' },
  EXPIRY_TOO_FAR: { code: 'BAD_USER_INPUT', message: '{{property}} must be within two years' },
  SCOPE_NOT_GRANTABLE: {
    code: 'BAD_USER_INPUT',
    message: '{{property}} may only hold scopes an API client can be granted: {{scopes}}',
  },
  TEXT_NOT_PRINTABLE: {
    code: 'BAD_USER_INPUT',
    message: '{{property}} must not contain control characters or broken characters',
  },
  WEBHOOK_DELIVERY_IN_PROGRESS: {
    code: 'CONFLICT',
    message:
      'the delivery is still being attempted; redeliver it once it has succeeded or been dead-lettered',
  },
} as const satisfies RefusalDefinitions;
