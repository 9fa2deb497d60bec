import { type RefusalDefinitions } from './refusal-definition.js';

/** Refusals of one concern: Integrated cases (R4.3, R4.7) and applications (R3.1, R4.1). */
export const CASES_REFUSALS = {
  PRIMARY_CLIENT_CHOICE: {
    code: 'BAD_USER_INPUT',
    message:
      'choose a registered primary client or register a new one (exactly one of primaryClientId and newPrimaryClient)',
  },
  CASE_TYPE_INACTIVE: {
    code: 'BAD_USER_INPUT',
    message: 'the case type {{name}} is no longer in use',
  },
  ALREADY_MEMBER: { code: 'BAD_USER_INPUT', message: '{{name}} is already in the case' },
  ONE_PRIMARY_CLIENT: {
    code: 'BAD_USER_INPUT',
    message: 'the case has one primary client; choose another role',
  },
  PRIMARY_CLIENT_FIXED: {
    code: 'BAD_USER_INPUT',
    message: 'the primary client is chosen when the case is created',
  },
  CASE_CLOSED: {
    code: 'BAD_USER_INPUT',
    message: 'case {{reference}} is closed; reopen it to {{action}} it',
  },
  CASE_ALREADY_CLOSED: { code: 'BAD_USER_INPUT', message: 'case {{reference}} is already closed' },
  CASE_NOT_CLOSED: {
    code: 'BAD_USER_INPUT',
    message: 'case {{reference}} is open; only a closed case can be reopened',
  },
  REASON_NOT_AVAILABLE: {
    code: 'BAD_USER_INPUT',
    message: '{{name}} is not an available {{kind}} reason',
  },
  ACTIVE_DELIVERIES: {
    code: 'BAD_USER_INPUT',
    message: 'case {{reference}} still has active deliveries: {{active}} (R4.7)',
  },
  SERVICE_NOT_OFFERED_BY_PROVIDER: {
    code: 'BAD_USER_INPUT',
    message:
      'the provider does not offer the service {{id}}; choose one of the services it offers ({{property}})',
  },
  PROGRAMME_NOT_OFFERED: {
    code: 'BAD_USER_INPUT',
    message: 'the programme {{name}} is no longer offered',
  },
  APPLICATION_FINAL: { code: 'BAD_USER_INPUT', message: 'application {{reference}} is {{status}}' },
  APPLICATION_ALREADY_FINAL: {
    code: 'BAD_USER_INPUT',
    message: 'application {{reference}} is already {{status}}',
  },
  PROGRAMME_NOT_IN_APPLICATION: {
    code: 'BAD_USER_INPUT',
    message: 'the application is not for this programme',
  },
  PROGRAMME_ALREADY_DECIDED: {
    code: 'BAD_USER_INPUT',
    message: '{{name}} is already {{decision}}',
  },
  MEETING_REQUIRED: {
    code: 'BAD_USER_INPUT',
    message:
      '{{name}} requires a meeting with the client before it can be authorised; record the meeting first (R3.1)',
  },
} as const satisfies RefusalDefinitions;
