import { type EntityManager } from '@mikro-orm/postgresql';
import { type LoaderRegistry } from './loaders.js';
import { type Identity } from '../identity/identity.js';
import { type JobQueue } from '../jobs/job-queue.js';
import { type LivePubSub } from '../live/live-pubsub.js';
import { type Logger } from '../logging/logger.js';
import { type ReferenceChecker } from '../references/reference-checker.js';

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
  /** Checks ids of records other subgraphs own before a write stores them (issue 14 item 11). */
  references?: ReferenceChecker;
}

/**
 * The context in a subgraph that declares `jobs`: the server and the test harness always start
 * its queue, so services that enqueue take this type and never check for a missing queue.
 */
export type JobsContext = RequestContext & { jobs: JobQueue };
