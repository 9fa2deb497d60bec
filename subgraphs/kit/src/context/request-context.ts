import { type EntityManager } from '@mikro-orm/postgresql';
import { type LoaderRegistry } from './loaders.js';
import { type Identity } from '../identity/identity.js';
import { type JobQueue } from '../jobs/job-queue.js';
import { type LivePubSub } from '../live/live-events.js';
import { type Logger } from '../logging/logger.js';

/** What every resolver gets: the verified caller, a request-scoped EntityManager and loaders. */
export interface RequestContext {
  identity: Identity;
  requestId: string;
  em: EntityManager;
  logger: Logger;
  loaders: LoaderRegistry;
  /** Present when the subgraph defines jobs. */
  jobs?: JobQueue;
  /** Present when the subgraph serves subscriptions: the NOTIFY channels it relays. */
  live?: LivePubSub;
}
