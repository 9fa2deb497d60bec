import {
  NOTIFICATION_EVENTS,
  NOTIFICATION_QUEUE,
  Record,
  resolvePersonReference,
  type SubgraphDefinition,
} from '@casework/kit';
import {
  ApplicationCaseAttachmentsResolver,
  AttachmentResolver,
  IntegratedCaseAttachmentsResolver,
  PersonAttachmentsResolver,
} from './attachment/attachment.resolver.js';
import { ApplicationCaseReference, IntegratedCaseReference } from './attachment/case-references.js';
import { AttachmentChange } from './attachment/attachment-change.entity.js';
import { Attachment } from './attachment/attachment.entity.js';
import { seedDemoData } from './demo/demo-data.js';
import { FileChunk } from './file/file-chunk.entity.js';
import { FILE_CLEANUP_QUEUE, startFileWorkers } from './file/file.jobs.js';
import { FileResolver } from './file/file.resolver.js';
import { mountFileRoutes } from './file/file-routes.js';
import { StoredFile } from './file/stored-file.entity.js';
import { UploadGrant } from './file/upload-grant.entity.js';
import { migrations } from './migrations/index.js';
import { NoteVersion } from './note/note-version.entity.js';
import { Note } from './note/note.entity.js';
import { NoteResolver } from './note/note.resolver.js';
import { Notification } from './notification/notification.entity.js';
import { startNotificationWorkers } from './notification/notification.jobs.js';
import { NotificationResolver } from './notification/notification.resolver.js';
import { PersonNotesResolver } from './person/person-notes.resolver.js';

/** Everything said and written with and about clients. */
export const communicationsSubgraph: SubgraphDefinition = {
  name: 'communications',
  defaultPort: 4003,
  entities: [
    Record,
    Note,
    NoteVersion,
    Notification,
    StoredFile,
    UploadGrant,
    FileChunk,
    Attachment,
    AttachmentChange,
  ],
  migrations,
  resolvers: [
    NoteResolver,
    PersonNotesResolver,
    NotificationResolver,
    FileResolver,
    AttachmentResolver,
    PersonAttachmentsResolver,
    ApplicationCaseAttachmentsResolver,
    IntegratedCaseAttachmentsResolver,
  ],
  liveChannels: [NOTIFICATION_EVENTS],
  references: {
    Person: resolvePersonReference,
    ApplicationCase: resolvePersonReference,
    IntegratedCase: resolvePersonReference,
  },
  // Reachable only as federation entities: listed so type-graphql keeps them.
  orphanedTypes: [ApplicationCaseReference, IntegratedCaseReference],
  httpRoutes: mountFileRoutes,
  seedDemoData,
  jobs: {
    queues: [{ name: NOTIFICATION_QUEUE }, { name: FILE_CLEANUP_QUEUE, retryLimit: 2 }],
    startWorkers: async (queue, deps) => {
      await startNotificationWorkers(queue, deps);
      await startFileWorkers(queue, deps);
    },
  },
};
