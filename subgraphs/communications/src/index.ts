import { StoredRecord, resolvePersonReference, type SubgraphDefinition } from '@casework/kit';
import { NOTIFICATION_EVENTS, NOTIFICATION_QUEUE } from '@casework/contracts';
import { seedDemoData } from './demo/demo-data.js';
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
  entities: [StoredRecord, Note, NoteVersion, Notification],
  migrations,
  resolvers: [NoteResolver, PersonNotesResolver, NotificationResolver],
  liveChannels: [NOTIFICATION_EVENTS],
  references: { Person: resolvePersonReference },
  seedDemoData,
  jobs: {
    queues: [{ name: NOTIFICATION_QUEUE }],
    startWorkers: startNotificationWorkers,
  },
};
