/**
 * Every refusal the API gives, by stable machine code (`extensions.reason`, and `code` of each
 * entry in `extensions.fields`): its category (`extensions.code`, which clients already rely on)
 * and its English message, a template with `{{param}}` placeholders (i18next's syntax) filled from
 * `extensions.params`. The apps translate each code into en/de/it (web-kit's completeness test
 * reads this registry). Pure data: no imports, so any workspace can read it.
 */
export const REFUSALS = {
  // Generic: records, permissions, versions, pages.
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

  // Input constraints (class-validator), derived from the constraint that failed.
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
  // The kit's text input policy (every String and ID argument and input field).
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

  // Dates and periods.
  PERIOD_ENDS_BEFORE_START: {
    code: 'BAD_USER_INPUT',
    message: '{{endField}} ({{end}}) must not be before {{startField}} ({{start}})',
  },
  DATE_IN_FUTURE: { code: 'BAD_USER_INPUT', message: '{{property}} cannot be in the future' },
  DATE_BEFORE_CASE_START: {
    code: 'BAD_USER_INPUT',
    message: '{{property}} ({{date}}) must not be before the case start ({{caseStart}})',
  },
  DATE_BEFORE_MEMBER_START: {
    code: 'BAD_USER_INPUT',
    message: "{{property}} ({{date}}) must not be before the member's start ({{memberStart}})",
  },
  MEMBER_END_BEFORE_START: {
    code: 'BAD_USER_INPUT',
    message:
      "endDate ({{date}}) must not be before the member's start ({{memberStart}}) or the case start ({{caseStart}})",
  },
  PERIOD_ALREADY_ENDED: { code: 'BAD_USER_INPUT', message: 'the period has already ended' },
  PERIOD_START_NOT_BEFORE_END: { code: 'BAD_USER_INPUT', message: 'from must be before to' },
  PERIOD_TOO_LONG: {
    code: 'BAD_USER_INPUT',
    message: 'the period spans more than {{maxMonths}} calendar months',
  },

  // Persons (R4.5) and configuration.
  DATE_OF_BIRTH_REQUIRED: { code: 'BAD_USER_INPUT', message: 'a person needs a date of birth' },
  ADDRESS_REQUIRED: { code: 'BAD_USER_INPUT', message: 'a person needs an address' },
  ALREADY_REGISTERED_PERSON: {
    code: 'BAD_USER_INPUT',
    message: '{{name}} is already a registered person',
  },
  NAME_TAKEN: { code: 'BAD_USER_INPUT', message: 'a {{what}} named "{{name}}" already exists' },

  // Integrated cases (R4.3, R4.7) and applications (R3.1, R4.1).
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
  // Meetings (R3.1).
  MEETING_REQUIRED_FOR_PROBLEMS: {
    code: 'BAD_USER_INPUT',
    message:
      '{{name}} cannot be authorised while the application has {{count}} open problem(s) that no held meeting resolved; hold a meeting with the client first (R3.1)',
  },
  MEETING_ENDS_BEFORE_START: {
    code: 'BAD_USER_INPUT',
    message: 'endsAt ({{end}}) must be after startsAt ({{start}})',
  },
  MEETING_IN_PAST: {
    code: 'BAD_USER_INPUT',
    message: '{{property}} ({{date}}) is in the past; a meeting is scheduled for the future',
  },
  INVALID_TIME_ZONE: {
    code: 'BAD_USER_INPUT',
    message: '{{property}} must be an IANA time zone such as Europe/Rome',
  },
  INVITEE_EMAIL_REQUIRED: {
    code: 'BAD_USER_INPUT',
    message:
      '{{name}} has no email address, so no invitation can be mailed; add one or do not send mail',
  },
  INVITEE_REFERENCE_REQUIRED: {
    code: 'BAD_USER_INPUT',
    message: 'a {{kind}} invitee needs {{property}}',
  },
  CLIENT_INVITEE_REQUIRED: {
    code: 'BAD_USER_INPUT',
    message: 'a meeting with clients needs at least one client among the invitees (R3.1)',
  },
  MEETING_STATUS: {
    code: 'BAD_USER_INPUT',
    message: 'the meeting is {{status}}; this is no longer possible',
  },
  MEETING_NOT_STARTED: {
    code: 'BAD_USER_INPUT',
    message:
      'the meeting starts at {{startsAt}}; it can be recorded as held only once it has started',
  },
  CLIENT_ATTENDANCE_REQUIRED: {
    code: 'BAD_USER_INPUT',
    message: 'a meeting with the client is held only when at least one client attended (R3.1)',
  },
  NOT_AN_INVITEE: {
    code: 'BAD_USER_INPUT',
    message: '{{id}} is not an invitee of this meeting',
  },
  INVALID_RESPONSE_LINK: {
    code: 'BAD_USER_INPUT',
    message:
      'This response link is not valid (any more): the meeting was changed or cancelled. Use the link of the newest invitation.',
  },
  NO_MATCHING_OPEN_CASE: {
    code: 'BAD_USER_INPUT',
    message:
      'the intake process uses an existing open integrated case with exactly the application\u2019s clients, and there is none; create one first (R4.1)',
  },

  // Notes (R3.3) and communication exceptions (R2.7).
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

  // Providers, services, portal accounts.
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

  // Inquiries (R1).
  METHOD_NOT_ALLOWED: {
    code: 'BAD_USER_INPUT',
    message: '{{refusal}}; allowed: {{allowed}}',
  },
  SPOKE_WITH_REQUIRED: {
    code: 'BAD_USER_INPUT',
    message: 'say whom you spoke to on the phone (R1.4)',
  },
  ANSWER_IN_PORTAL: {
    code: 'BAD_USER_INPUT',
    message: 'answers to internet inquiries are given in the provider portal (R1.7)',
  },
  RECEIVED_BEFORE_SENT: {
    code: 'BAD_USER_INPUT',
    message: 'receivedAt cannot be before the inquiry was sent',
  },
  INQUIRY_STATUS: { code: 'BAD_USER_INPUT', message: 'the inquiry is {{status}}' },
  NOT_WHOLE_NUMBER: { code: 'BAD_USER_INPUT', message: '{{property}} must be a whole number' },

  // Files (issue 10) and attachments (R3.4, R5.7).
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

  // Administrative requests (R5).
  INVALID_PATTERN: {
    code: 'BAD_USER_INPUT',
    message: '{{property}} must be a valid regular expression',
  },
  PATTERN_WITHOUT_NUMBER: {
    code: 'BAD_USER_INPUT',
    message: 'a category that requires no number has no pattern',
  },
  EXAMPLE_NOT_MATCHING_PATTERN: {
    code: 'BAD_USER_INPUT',
    message: 'the example does not match the pattern',
  },
  CODE_TAKEN: {
    code: 'BAD_USER_INPUT',
    message: 'a {{what}} with code {{value}} exists already',
  },
  CATEGORY_INACTIVE: {
    code: 'BAD_USER_INPUT',
    message: 'the category {{name}} can no longer be chosen',
  },
  REFERENCE_NUMBER_REQUIRED: {
    code: 'BAD_USER_INPUT',
    message: '{{label}} is required for {{category}} (R5.6)',
  },
  REFERENCE_NUMBER_FORMAT: {
    code: 'BAD_USER_INPUT',
    message: '{{label}} must be in the form such as {{example}} (R5.6)',
  },
  REFERENCE_NUMBER_PATTERN: {
    code: 'BAD_USER_INPUT',
    message: '{{label}} must be in the form the category asks for ({{pattern}}) (R5.6)',
  },
  ACCOUNT_REQUIRED: {
    code: 'BAD_USER_INPUT',
    message: 'choose the branch or subsidiary the request is for (R5.4)',
  },
  NOT_OWN_BRANCH: {
    code: 'BAD_USER_INPUT',
    message: '{{property}} must be an active branch or subsidiary of your organisation (R5.4)',
  },
  REQUEST_CLOSED: {
    code: 'BAD_USER_INPUT',
    message: 'request {{reference}} is closed; reopen it to reply',
  },
  STATUS_CHANGE_NOT_ALLOWED: {
    code: 'BAD_USER_INPUT',
    message: 'a {{from}} request cannot become {{to}}',
  },
  REOPEN_PERIOD_OVER: {
    code: 'BAD_USER_INPUT',
    message: 'the period to reopen this request has ended',
  },
  NOT_DESK_MEMBER: {
    code: 'BAD_USER_INPUT',
    message: '{{property}} must be a member of the support desk',
  },
  REQUEST_FILE_UNKNOWN: {
    code: 'BAD_USER_INPUT',
    message: '{{property}} must be the id of a file you uploaded for this administrative request',
  },
  REQUEST_FILE_ATTACHED: {
    code: 'BAD_USER_INPUT',
    message: '{{property}} is attached already; upload the file again to attach it here',
  },
  REQUEST_FILE_TWICE: { code: 'BAD_USER_INPUT', message: '{{property}} lists a file twice' },

  // Letters, templates and the communication log (R2, R3.5).
  TEMPLATE_SYNTAX: {
    code: 'BAD_USER_INPUT',
    message: 'the template has an error on line {{line}}: {{detail}}',
  },
  TEMPLATE_UNKNOWN_PLACEHOLDER: {
    code: 'BAD_USER_INPUT',
    message: 'line {{line}} uses the unknown placeholder {{placeholder}}; known: {{known}}',
  },
  NO_TEMPLATE: {
    code: 'BAD_USER_INPUT',
    message: 'there is no published {{kind}} template; an administrator publishes one first',
  },
  NO_LETTER_CHANNEL: {
    code: 'BAD_USER_INPUT',
    message: '{{party}} has neither a postal address nor an email address',
  },
  COMMUNICATION_FINAL: {
    code: 'BAD_USER_INPUT',
    message: 'the communication is {{status}} and can no longer be changed',
  },
  LETTER_NOT_PRINTABLE: {
    code: 'BAD_USER_INPUT',
    message: 'letter {{id}} is {{status}}, not waiting to be {{action}}',
  },
} as const satisfies Record<string, { code: RefusalCategory; message: string }>;

/** The categories in `extensions.code`. */
export type RefusalCategory = 'BAD_USER_INPUT' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT';

export type RefusalReason = keyof typeof REFUSALS;

/** The placeholder names in a template: `'{{a}} and {{b}}'` gives `'a' | 'b'`. */
type Placeholders<S extends string> = S extends `${string}{{${infer P}}}${infer Rest}`
  ? P | Placeholders<Rest>
  : never;

/** A parameter: a fact for the client's own wording (lists are joined with ", " in English). */
export type RefusalParamValue = string | number | boolean | readonly string[];

/** The parameters a refusal's message needs, checked at compile time against its template. */
export type RefusalParams<R extends RefusalReason> = {
  [P in Placeholders<(typeof REFUSALS)[R]['message']>]: RefusalParamValue;
};

/** The placeholder names a template uses, for checks at run time. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '');
}

/** Fills a template's placeholders; a missing parameter stays visible as `{{name}}`. */
export function renderTemplate(
  template: string,
  params: Readonly<Record<string, RefusalParamValue | null | undefined>>,
): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined || value === null) return whole;
    return Array.isArray(value) ? value.join(', ') : String(value);
  });
}
