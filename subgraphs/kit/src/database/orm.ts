import { type MigrationObject } from '@mikro-orm/core';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import { MikroORM, type Options } from '@mikro-orm/postgresql';
import pg from 'pg';
import { type Logger } from '../logging/logger.js';

export { MikroORM };

/** An entity class; abstract base entities (such as StoredRecord) are listed too. */
export type EntityClass = abstract new (...args: never[]) => object;

export interface OrmOptions {
  databaseUrl: string;
  /** The PostgreSQL schema this service owns; no other service touches it. */
  schema: string;
  entities: EntityClass[];
  migrations: MigrationObject[];
  logger?: Logger;
  poolSize?: number;
  /**
   * PostgreSQL statement_timeout of every pooled connection, so no request holds the database for
   * long; unset for the start-up ORM that migrates and seeds (a migration may take longer).
   */
  statementTimeoutMs?: number;
}

/** Default statement timeout (issue 14 item 6): the slowest request the product needs stays well below. */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 5000;

export function ormConfig(options: OrmOptions): Options {
  return {
    clientUrl: options.databaseUrl,
    schema: options.schema,
    entities: options.entities as unknown as NonNullable<Options['entities']>,
    // Decorator metadata only reaches MikroORM through the provider from the legacy decorators module.
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    pool: { min: 0, max: options.poolSize ?? 10 },
    // Passed to pg's Pool: a server that does not answer fails the request instead of hanging it.
    driverOptions: {
      ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
      connectionTimeoutMillis: 5000,
    },
    forceUtcTimezone: true,
    // Without it MikroORM redefines every property of every loaded entity as an accessor on first
    // write (Object.defineProperty per column per row): the largest single cost of a list in the
    // subgraphs' profiles (issue 15). It serves only to update the inverse collection when a
    // many-to-one is assigned; our code adds to collections explicitly or reloads.
    propagationOnPrototype: false,
    debug: false,
    allowGlobalContext: false,
    migrations: {
      migrationsList: options.migrations,
      tableName: 'mikro_orm_migrations',
      schema: options.schema,
      snapshot: false,
      transactional: true,
      allOrNothing: true,
      silent: true,
    },
  };
}

export async function createOrm(options: OrmOptions): Promise<MikroORM> {
  return MikroORM.init(ormConfig(options));
}

/** Applies pending migrations; a lock keeps two replicas starting together from racing. */
export async function migrate(orm: MikroORM, schema: string, logger?: Logger): Promise<string[]> {
  const client = new pg.Client({ connectionString: orm.config.get('clientUrl') });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock(hashtext($1))', [`migrate:${schema}`]);
    await client.query(`create schema if not exists "${schema}"`);
    const applied = await orm.migrator.up();
    const names = applied.map((m) => m.name);
    if (names.length > 0) logger?.info({ schema, migrations: names }, 'migrations applied');
    return names;
  } finally {
    await client
      .query('select pg_advisory_unlock(hashtext($1))', [`migrate:${schema}`])
      .catch(() => undefined);
    await client.end();
  }
}
