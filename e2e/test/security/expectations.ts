import { type Permission, Role, rolesWith } from '@casework/kit';

/**
 * Which permission of the server's table (kit `permissions.ts`) each root field needs. Several
 * mean "any of them"; `signed-in` is every role. A root field missing here fails the suite, so a
 * new field cannot go unprobed.
 */
export const FIELD_PERMISSIONS: Record<string, readonly (Permission | 'signed-in')[]> = {
  // cases
  application: ['case:read'],
  applications: ['case:read'],
  agencySettings: ['case:read', 'case:configure'],
  programmes: ['case:read', 'case:configure'],
  caseTypes: ['case:read', 'case:configure'],
  caseReasons: ['case:read', 'case:configure'],
  integratedCase: ['case:read'],
  integratedCases: ['case:read'],
  person: ['person:read'],
  persons: ['person:read'],
  possibleDuplicates: ['person:read'],
  // Global search (issue 16): each kind for those who may read it; nothing for provider users.
  caseRecordSearch: ['person:read', 'case:read'],
  createApplication: ['case:write'],
  recordApplicationMeeting: ['case:write'],
  recordApplicationProblem: ['case:write'],
  approveProgramme: ['application:decide'],
  denyProgramme: ['application:decide'],
  withdrawApplication: ['case:write'],
  closeApplication: ['case:write'],
  // letters and the communication log (communications, issue 12)
  letterTemplates: ['letter-template:manage', 'communication:read'],
  letterTemplateVersions: ['letter-template:manage', 'communication:read'],
  letterPlaceholders: ['letter-template:manage', 'communication:read'],
  previewLetterTemplate: ['letter-template:manage'],
  publishLetterTemplate: ['letter-template:manage'],
  communications: ['communication:read'],
  communication: ['communication:read'],
  printQueue: ['communication:write'],
  recordCommunication: ['communication:write'],
  updateCommunication: ['communication:write'],
  printLetters: ['communication:write'],
  markLettersPosted: ['communication:write'],
  handOverLetter: ['communication:write'],
  addCommunicationException: ['person:write'],
  updateCommunicationException: ['person:write'],
  cancelCommunicationException: ['person:write'],
  updateAgencySettings: ['case:configure'],
  createProgramme: ['case:configure'],
  updateProgramme: ['case:configure'],
  createCaseType: ['case:configure'],
  updateCaseType: ['case:configure'],
  createCaseReason: ['case:configure'],
  updateCaseReason: ['case:configure'],
  addProductDelivery: ['case:write'],
  addServiceDelivery: ['case:write'],
  addReferral: ['case:write'],
  setProductDeliveryStatus: ['case:write'],
  setServiceDeliveryStatus: ['case:write'],
  setReferralStatus: ['case:write'],
  createIntegratedCase: ['case:write'],
  closeIntegratedCase: ['case:write'],
  reopenIntegratedCase: ['case:write'],
  addCaseMember: ['case:write'],
  updateCaseMember: ['case:write'],
  registerProspectPerson: ['person:write'],
  convertProspectToPerson: ['person:write'],
  registerPerson: ['person:write'],
  updatePerson: ['person:write'],
  // communications
  note: ['note:read'],
  addNote: ['note:write'],
  // Case notes also need case:read, which every holder of note:write has.
  addCaseNote: ['note:write'],
  editNote: ['note:write'],
  cancelNote: ['note:write'],
  myNotifications: ['signed-in'],
  myUnreadNotificationCount: ['signed-in'],
  markNotificationsRead: ['signed-in'],
  markAllNotificationsRead: ['signed-in'],
  // providers
  inquiry: ['inquiry:read', 'inquiry:answer'],
  inquiries: ['inquiry:read', 'inquiry:answer'],
  // Provider users read their own organisation's statistics.
  inquiryStatistics: ['inquiry:read', 'provider:read-own'],
  provider: ['provider:read', 'provider:read-own'],
  providers: ['provider:read', 'provider:read-own'],
  services: ['signed-in'],
  addProviderBranch: ['provider:write', 'portal-account:manage'],
  updateProviderBranch: ['provider:write', 'portal-account:manage'],
  addProviderCommunicationException: ['provider:write', 'portal-account:manage'],
  updateProviderCommunicationException: ['provider:write', 'portal-account:manage'],
  cancelProviderCommunicationException: ['provider:write', 'portal-account:manage'],
  addProviderContact: ['provider:write', 'portal-account:manage'],
  updateProviderContact: ['provider:write', 'portal-account:manage'],
  removeProviderContact: ['provider:write', 'portal-account:manage'],
  invitePortalUser: ['portal-account:manage'],
  resendPortalInvitation: ['portal-account:manage'],
  changePortalAccountRole: ['portal-account:manage'],
  disablePortalAccount: ['portal-account:manage'],
  enablePortalAccount: ['portal-account:manage'],
  createInquiry: ['inquiry:write'],
  answerInquiry: ['inquiry:answer'],
  recordInquiryAnswer: ['inquiry:write'],
  withdrawInquiry: ['inquiry:write'],
  requestMoreInformation: ['inquiry:answer'],
  provideMoreInformation: ['inquiry:write'],
  registerProvider: ['provider:write'],
  updateProvider: ['provider:write'],
  setProviderServices: ['provider:write'],
  createService: ['service:manage'],
  // Start pages (issue 16).
  providerRecordSearch: ['provider:read'],
  myInquiryNews: ['inquiry:read'],
  markInquiryNewsSeen: ['inquiry:read'],
  pendingPortalInvitations: ['portal-account:manage'],
  // Administrative requests (R5): the desk handles, provider organisations raise and read.
  administrativeRequestCategories: ['signed-in'],
  administrativeRequests: ['admin-request:handle', 'admin-request:read-own'],
  administrativeRequest: ['admin-request:handle', 'admin-request:read-own'],
  administrativeRequestFilesAvailable: ['signed-in'],
  administrativeRequestFigures: ['admin-request:handle'],
  supportDeskMembers: ['admin-request:handle'],
  addAdministrativeRequestCategory: ['admin-request:configure'],
  updateAdministrativeRequestCategory: ['admin-request:configure'],
  createAdministrativeRequest: ['admin-request:create'],
  replyToAdministrativeRequest: ['admin-request:handle', 'admin-request:create'],
  changeAdministrativeRequestStatus: ['admin-request:handle', 'admin-request:create'],
  assignAdministrativeRequest: ['admin-request:handle'],
  addAdministrativeRequestInternalNote: ['admin-request:handle'],
  // Files and attachments (R3.4, R5.7): a grant needs the permission of its purpose.
  attachment: ['attachment:read'],
  addAttachment: ['attachment:write'],
  updateAttachment: ['attachment:write'],
  removeAttachment: ['attachment:write'],
  // The probe asks with the first purpose, CASE_ATTACHMENT; the other purposes are tested with files.
  requestUpload: ['attachment:write'],
  // Meetings (R3.1), communications subgraph.
  meeting: ['case:read'],
  myMeetings: ['case:read'],
  myActions: ['case:read'],
  scheduleMeeting: ['case:write'],
  rescheduleMeeting: ['case:write'],
  cancelMeeting: ['case:write'],
  holdMeeting: ['case:write'],
  recordInvitationResponse: ['case:write'],
  startMinutes: ['case:write'],
  saveMinutesDraft: ['case:write'],
  finaliseMinutes: ['case:write'],
  correctMinutes: ['case:write'],
  issueMinutes: ['case:write'],
  retryMinutesDelivery: ['case:write'],
};

/**
 * Provider administrators manage their own organisation (branches, contacts, exceptions, users)
 * without holding the agency-wide permission; on a foreign or unknown organisation they are
 * refused like anyone else. The matrix probes with random ids, so for them either answer holds.
 */
const OWN_ORGANISATION: readonly Role[] = [Role.PROVIDER_ADMIN];

export type Expectation = 'allowed' | 'refused' | 'either';

export function expectationFor(field: string, roles: readonly Role[]): Expectation {
  const needs = FIELD_PERMISSIONS[field];
  if (!needs) throw new Error(`${field} has no entry in FIELD_PERMISSIONS`);
  if (needs.includes('signed-in')) return 'allowed';
  const holds = needs.some(
    (p) => p !== 'signed-in' && rolesWith(p).some((role) => roles.includes(role)),
  );
  if (holds) return 'allowed';
  if (needs.includes('portal-account:manage') && roles.some((r) => OWN_ORGANISATION.includes(r)))
    return 'either';
  return 'refused';
}
