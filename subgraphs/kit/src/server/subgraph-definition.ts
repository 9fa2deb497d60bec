import { type MigrationObject } from '@mikro-orm/core';
import { type Express } from 'express';
import { type EntityManager, type MikroORM } from '@mikro-orm/postgresql';
import { type JobQueue, type QueueDefinition } from '../jobs/job-queue.js';
import { type Logger } from '../logging/logger.js';
import { type Mailer } from '../mail/mailer.js';
import { type EntityClass } from '../database/orm.js';
import { type SchemaDefinition } from '../graphql/federated-schema.js';
import { type OwnedRecords } from '../references/owned-records.js';

/** Everything that makes one subgraph; its entry point hands this to `runSubgraph`. */
export interface SubgraphDefinition extends SchemaDefinition {
  /** Service name in the supergraph and the PostgreSQL schema it owns. */
  name: string;
  defaultPort: number;
  entities: EntityClass[];
  migrations: MigrationObject[];
  /** Idempotent demo data, written at start when DEMO_DATA is on. */
  seedDemoData?: (em: EntityManager) => Promise<void>;
  /** NOTIFY channels its subscriptions read (relayed from every replica through PostgreSQL). */
  liveChannels?: string[];
  /** Types it owns that other subgraphs refer to, for their reference checks (issue 14 item 11). */
  ownedRecords?: OwnedRecords;
  /** Types owned elsewhere that its writes refer to, with the owning subgraph's name. */
  referencedTypes?: Record<string, string>;
  /**
   * Plain HTTP routes beside /graphql (streamed file transfer), mounted at start. They are reached
   * through the gateway only: guard them with `requireInternalToken`.
   */
  httpRoutes?(app: Express, deps: HttpRouteDeps): { close(): Promise<void> } | void;
  /** Durable background work: the queues it sends to, and the workers it runs. */
  jobs?: {
    queues: QueueDefinition[];
    startWorkers(queue: JobQueue, deps: WorkerDeps): Promise<void>;
  };
}

export interface WorkerDeps {
  orm: MikroORM;
  /** Where users reach the apps (gateway), for links in mail. */
  publicUrl: string;
  mailer: Mailer;
  logger: Logger;
  /** The shared internal secret, for keys of links in mail that work without sign-in. */
  internalSecret: string;
}

export interface HttpRouteDeps {
  orm: MikroORM;
  internalSecret: string;
  logger: Logger;
  jobs?: JobQueue;
}
