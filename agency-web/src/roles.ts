/** Roles that use the agency app; the server enforces the same rules (kit permissions). */
export const AGENCY_ROLES = ['CASEWORKER', 'SUPERVISOR', 'AGENCY_ADMIN', 'SUPPORT_AGENT'] as const;

const PERSON_READERS = ['CASEWORKER', 'SUPERVISOR', 'AGENCY_ADMIN'];
const NOTE_WRITERS = ['CASEWORKER', 'SUPERVISOR'];

export const canReadPersons = (roles: string[]) => roles.some((r) => PERSON_READERS.includes(r));
export const canWriteNotes = (roles: string[]) => roles.some((r) => NOTE_WRITERS.includes(r));

const INQUIRY_READERS = ['CASEWORKER', 'SUPERVISOR', 'AGENCY_ADMIN'];
export const canReadInquiries = (roles: string[]) => roles.some((r) => INQUIRY_READERS.includes(r));

const CASE_READERS = ['CASEWORKER', 'SUPERVISOR', 'AGENCY_ADMIN'];
const CASE_WRITERS = ['CASEWORKER', 'SUPERVISOR'];
export const canReadCases = (roles: string[]) => roles.some((r) => CASE_READERS.includes(r));
export const canWriteCases = (roles: string[]) => roles.some((r) => CASE_WRITERS.includes(r));
/** Only supervisors approve or deny programmes. */
export const canDecide = (roles: string[]) => roles.includes('SUPERVISOR');
/** Agency administrators configure programmes, case types, reasons and intake settings. */
export const canConfigure = (roles: string[]) => roles.includes('AGENCY_ADMIN');

const PROVIDER_WRITERS = ['CASEWORKER', 'SUPERVISOR', 'AGENCY_ADMIN'];
export const canWriteProviders = (roles: string[]) =>
  roles.some((r) => PROVIDER_WRITERS.includes(r));
/** Inviting, changing and disabling provider-portal users is for agency administrators. */
export const canManagePortalAccounts = (roles: string[]) => roles.includes('AGENCY_ADMIN');

/** The support desk for administrative requests (R5): support agents and agency administrators. */
export const canHandleSupport = (roles: string[]) =>
  roles.some((r) => ['SUPPORT_AGENT', 'AGENCY_ADMIN'].includes(r));
