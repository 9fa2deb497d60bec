import { type MigrationObject } from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';
import { type EntityClass } from '../database/orm.js';
import { type SchemaDefinition } from '../graphql/federated-schema.js';

/** Everything that makes one subgraph; its entry point hands this to `runSubgraph`. */
export interface SubgraphDefinition extends SchemaDefinition {
  /** Service name in the supergraph and the PostgreSQL schema it owns. */
  name: string;
  defaultPort: number;
  entities: EntityClass[];
  migrations: MigrationObject[];
  /** Idempotent demo data, written at start when DEMO_DATA is on. */
  seedDemoData?: (em: EntityManager) => Promise<void>;
}
