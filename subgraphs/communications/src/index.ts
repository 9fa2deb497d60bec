import {
  AuditEntry,
  StoredRecord,
  resolvePersonReference,
  type SubgraphDefinition,
} from '@casework/kit';
import {
  INQUIRY_FACTS_QUEUE,
  INTEGRATION_EVENTS_QUEUE,
  MEETING_HELD_QUEUE,
  NOTIFICATION_EVENTS,
  REFERRAL_MADE_QUEUE,
} from '@casework/contracts';
import { AdminRequestCategory } from './admin-request/admin-request-category.entity.js';
import {
  ADMIN_REQUEST_EVENTS,
  ADMIN_REQUEST_MAIL_QUEUE,
} from './admin-request/admin-request-events.js';
import { AdminRequestFile } from './admin-request/admin-request-file.entity.js';
import { AdminRequestHistory } from './admin-request/admin-request-history.entity.js';
import { AdminRequestInternalNote } from './admin-request/admin-request-internal-note.entity.js';
import { AdminRequestLiveResolver } from './admin-request/admin-request-live.resolver.js';
import { AdminRequestMessage } from './admin-request/admin-request-message.entity.js';
import { startAdminRequestWorkers } from './admin-request/admin-request.jobs.js';
import { AdminRequestCategoryResolver } from './admin-request/admin-request-category.resolver.js';
import { AdminRequest } from './admin-request/admin-request.entity.js';
import {
  AdminRequestMessageResolver,
  AdminRequestResolver,
} from './admin-request/admin-request.resolver.js';
import { SupportDeskMember } from './admin-request/support-desk-member.entity.js';
import {
  ApplicationCaseAttachmentsResolver,
  AttachmentResolver,
  IntegratedCaseAttachmentsResolver,
  PersonAttachmentsResolver,
} from './attachment/attachment.resolver.js';
import { ApplicationCaseReference, IntegratedCaseReference } from './attachment/case-references.js';
import { AttachmentChange } from './attachment/attachment-change.entity.js';
import { Attachment } from './attachment/attachment.entity.js';
// After the attachment entities: it reads them, and they must load in this order.
import { AdminRequestFileResolver } from './admin-request/admin-request-file.resolver.js';
import { CommunicationException } from './communication-exception/communication-exception.entity.js';
import {
  CommunicationExceptionResolver,
  PersonCommunicationExceptionsResolver,
  ProviderCommunicationExceptionsResolver,
} from './communication-exception/communication-exception.resolver.js';
import { seedDemoData } from './demo/demo-data.js';
import { FileChunk } from './file/file-chunk.entity.js';
import { FILE_CLEANUP_QUEUE, startFileWorkers } from './file/file.jobs.js';
import { FileResolver } from './file/file.resolver.js';
import { mountFileRoutes } from './file/file-routes.js';
import { StoredFile } from './file/stored-file.entity.js';
import { UploadGrant } from './file/upload-grant.entity.js';
import { Communication } from './communication/communication.entity.js';
import { CommunicationResolver } from './communication/communication.resolver.js';
import { LETTER_EMAIL_QUEUE, startLetterEmailWorker } from './letter/letter-email.jobs.js';
import { LetterTemplateVersion } from './letter/letter-template.entity.js';
import { startReferralLetterWorker } from './letter/referral-letters.jobs.js';
import { LetterTemplateResolver } from './letter/letter-template.resolver.js';
import { MEETING_MAIL_QUEUE } from './meeting/meeting-events.js';
import { MeetingInvitee } from './meeting/meeting-invitee.entity.js';
import { startMeetingWorkers } from './meeting/meeting.jobs.js';
import { mountMeetingResponseRoutes } from './meeting/meeting-response.routes.js';
import { Meeting } from './meeting/meeting.entity.js';
import {
  ApplicationCaseMeetingsResolver,
  IntegratedCaseMeetingsResolver,
  MeetingResolver,
} from './meeting/meeting.resolver.js';
import { migrations } from './migrations/index.js';
import { MinutesDelivery } from './minutes/minutes-delivery.entity.js';
import { MINUTES_ACTIONS_QUEUE } from './minutes/minutes-events.js';
import { MeetingMinutes } from './minutes/minutes.entity.js';
import { startMinutesWorkers } from './minutes/minutes.jobs.js';
import { AssignedActionsResolver } from './minutes/assigned-actions.resolver.js';
import {
  MeetingMinutesFieldResolver,
  MinutesDeliveryResolver,
  MinutesResolver,
} from './minutes/minutes.resolver.js';
import { NoteVersion } from './note/note-version.entity.js';
import { Note } from './note/note.entity.js';
import {
  ApplicationCaseNotesResolver,
  IntegratedCaseNotesResolver,
} from './note/case-notes.resolver.js';
import { NoteResolver } from './note/note.resolver.js';
import { Notification } from './notification/notification.entity.js';
import { startNotificationWorkers } from './notification/notification.jobs.js';
import { NotificationResolver } from './notification/notification.resolver.js';
import { PersonNotesResolver } from './person/person-notes.resolver.js';
import { Provider, resolveProviderReference } from './provider/provider.type.js';

// The end-to-end tests sign file links as the gateway does.
export { configureFileLinks, signedQuery } from './file/file-links.js';
export { exceptionsInForceFor } from './communication-exception/communication-exception.service.js';
export { exceptionsInForce } from './communication-exception/communication-exception.rules.js';
// `npm run bench:letters` renders letters as the letter writer does, without a database.
export { DEFAULT_TEMPLATES } from './letter/default-templates.js';
export { LetterKind, LetterLanguage } from './letter/letter-kinds.js';
export { mergePdfs, renderLetterPdf } from './letter/letter-pdf.js';
export { readLetterhead } from './letter/letterhead.js';
export { fillTemplate } from './letter/letter-template.service.js';
export {
  CommunicationException,
  PartyType,
  type PartyKey,
} from './communication-exception/communication-exception.entity.js';

/** Everything said and written with and about clients and providers, and how they may be contacted. */
export const communicationsSubgraph: SubgraphDefinition = {
  name: 'communications',
  defaultPort: 4003,
  entities: [
    StoredRecord,
    Note,
    NoteVersion,
    Notification,
    AdminRequestCategory,
    AdminRequest,
    AdminRequestMessage,
    AdminRequestFile,
    AdminRequestInternalNote,
    AdminRequestHistory,
    SupportDeskMember,
    StoredFile,
    UploadGrant,
    FileChunk,
    Attachment,
    AttachmentChange,
    CommunicationException,
    LetterTemplateVersion,
    Communication,
    AuditEntry,
    Meeting,
    MeetingInvitee,
    MeetingMinutes,
    MinutesDelivery,
  ],
  migrations,
  resolvers: [
    NoteResolver,
    PersonNotesResolver,
    ApplicationCaseNotesResolver,
    IntegratedCaseNotesResolver,
    NotificationResolver,
    AdminRequestResolver,
    AdminRequestMessageResolver,
    AdminRequestFileResolver,
    AdminRequestLiveResolver,
    AdminRequestCategoryResolver,
    FileResolver,
    AttachmentResolver,
    PersonAttachmentsResolver,
    ApplicationCaseAttachmentsResolver,
    IntegratedCaseAttachmentsResolver,
    CommunicationExceptionResolver,
    PersonCommunicationExceptionsResolver,
    ProviderCommunicationExceptionsResolver,
    LetterTemplateResolver,
    CommunicationResolver,
    MeetingResolver,
    ApplicationCaseMeetingsResolver,
    IntegratedCaseMeetingsResolver,
    MinutesResolver,
    MinutesDeliveryResolver,
    MeetingMinutesFieldResolver,
    AssignedActionsResolver,
  ],
  liveChannels: [NOTIFICATION_EVENTS, ADMIN_REQUEST_EVENTS],
  references: {
    Person: resolvePersonReference,
    ApplicationCase: resolvePersonReference,
    IntegratedCase: resolvePersonReference,
    Provider: resolveProviderReference,
  },
  referencedTypes: {
    Person: 'cases',
    ApplicationCase: 'cases',
    IntegratedCase: 'cases',
    ApplicationCaseClient: 'cases',
    IntegratedCaseClient: 'cases',
  },
  // Listed so type-graphql keeps them (case references) and serves the fields added to Provider.
  orphanedTypes: [ApplicationCaseReference, IntegratedCaseReference, Provider],
  httpRoutes: (app, deps) => {
    mountMeetingResponseRoutes(app, deps);
    return mountFileRoutes(app, deps);
  },
  seedDemoData,
  jobs: {
    queues: [
      { name: INQUIRY_FACTS_QUEUE },
      { name: ADMIN_REQUEST_MAIL_QUEUE },
      { name: FILE_CLEANUP_QUEUE, retryLimit: 2 },
      { name: REFERRAL_MADE_QUEUE },
      { name: LETTER_EMAIL_QUEUE, retryLimit: 8 },
      { name: MEETING_MAIL_QUEUE },
      { name: MINUTES_ACTIONS_QUEUE },
      // Created here too so a held meeting can be queued before the cases subgraph started once.
      { name: MEETING_HELD_QUEUE },
      { name: INTEGRATION_EVENTS_QUEUE },
    ],
    startWorkers: async (jobs, deps) => {
      await startNotificationWorkers(jobs, deps);
      await startAdminRequestWorkers(jobs, deps);
      await startFileWorkers(jobs, deps);
      await startReferralLetterWorker(jobs, deps);
      await startLetterEmailWorker(jobs, deps);
      await startMeetingWorkers(jobs, deps);
      await startMinutesWorkers(jobs, deps);
    },
  },
};
