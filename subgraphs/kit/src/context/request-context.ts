import { type EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { type Identity } from '../identity/identity.js';
import { type JobQueue } from '../jobs/job-queue.js';
import { type LivePubSub } from '../live/live-events.js';
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

/** Request-scoped DataLoaders, created on first use so features need not register them up front. */
export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<(V | Error)[]>): DataLoader<K, V> {
    let loader = this.loaders.get(name);
    if (!loader) {
      loader = new DataLoader<K, V>(batch) as DataLoader<unknown, unknown>;
      this.loaders.set(name, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

/** Groups rows by a key in the order DataLoader asked for, for one-to-many batch loads. */
export function groupByKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}
