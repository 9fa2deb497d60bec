import {
  AuditEntry,
  NOTIFICATION_EVENTS,
  NOTIFICATION_QUEUE,
  Record,
  resolvePersonReference,
  type SubgraphDefinition,
} from '@casework/kit';
import { CommunicationException } from './communication-exception/communication-exception.entity.js';
import {
  CommunicationExceptionResolver,
  PersonCommunicationExceptionsResolver,
  ProviderCommunicationExceptionsResolver,
} from './communication-exception/communication-exception.resolver.js';
import { seedDemoData } from './demo/demo-data.js';
import { migrations } from './migrations/index.js';
import { NoteVersion } from './note/note-version.entity.js';
import { Note } from './note/note.entity.js';
import { NoteResolver } from './note/note.resolver.js';
import { Notification } from './notification/notification.entity.js';
import { startNotificationWorkers } from './notification/notification.jobs.js';
import { NotificationResolver } from './notification/notification.resolver.js';
import { PersonNotesResolver } from './person/person-notes.resolver.js';
import { Provider, resolveProviderReference } from './provider/provider.type.js';

export { exceptionsInForceFor } from './communication-exception/communication-exception.service.js';
export { exceptionsInForce } from './communication-exception/communication-exception.rules.js';
export {
  CommunicationException,
  PartyType,
  type PartyKey,
} from './communication-exception/communication-exception.entity.js';

/** Everything said and written with and about clients and providers, and how they may be contacted. */
export const communicationsSubgraph: SubgraphDefinition = {
  name: 'communications',
  defaultPort: 4003,
  entities: [Record, Note, NoteVersion, Notification, CommunicationException, AuditEntry],
  migrations,
  resolvers: [
    NoteResolver,
    PersonNotesResolver,
    NotificationResolver,
    CommunicationExceptionResolver,
    PersonCommunicationExceptionsResolver,
    ProviderCommunicationExceptionsResolver,
  ],
  liveChannels: [NOTIFICATION_EVENTS],
  // No field here returns a Provider; listed so the fields this subgraph adds to it are served.
  orphanedTypes: [Provider],
  references: { Person: resolvePersonReference, Provider: resolveProviderReference },
  seedDemoData,
  jobs: {
    queues: [{ name: NOTIFICATION_QUEUE }],
    startWorkers: startNotificationWorkers,
  },
};
