import { z } from 'zod';
import { flag, readEnv } from '../config/env.js';
import { createOrm, type EntityClass, migrate } from '../database/orm.js';
import { createLogger } from '../logging/logger.js';
import { type MigrationObject } from '@mikro-orm/core';

export interface MigratedStore {
  /** Service name and the PostgreSQL schema it owns. */
  name: string;
  entities: EntityClass[];
  migrations: MigrationObject[];
}

/**
 * MIGRATE_AT_START (default true): `npm start` and development migrate when a process starts; a
 * deployment sets it to false and runs the `migrate` command once per release instead.
 */
export function migrateAtStart(env: NodeJS.ProcessEnv = process.env): boolean {
  return readEnv({ MIGRATE_AT_START: flag(true) }, env).MIGRATE_AT_START;
}

/**
 * The `migrate` command of a service: applies its pending migrations to DATABASE_URL and exits
 * (0 when done, 1 on failure; the log says why). Concurrent runs are safe: `migrate` holds a PostgreSQL advisory
 * lock per schema, so a second run waits, then finds nothing left to apply.
 */
export async function runMigrations(store: MigratedStore): Promise<void> {
  const logger = createLogger(`${store.name}-migrate`);
  try {
    const { DATABASE_URL } = readEnv({ DATABASE_URL: z.string().min(1, 'is required') });
    const orm = await createOrm({
      databaseUrl: DATABASE_URL,
      schema: store.name,
      entities: store.entities,
      migrations: store.migrations,
      logger,
    });
    try {
      const applied = await migrate(orm, store.name, logger);
      logger.info(
        { schema: store.name, applied: applied.length, pending: 0 },
        applied.length ? 'migrated' : 'already up to date',
      );
    } finally {
      await orm.close();
    }
  } catch (error) {
    logger.fatal({ err: error }, `${store.name} migrations failed`);
    // exitCode, not exit(): the log line reaches the output before the process ends.
    process.exitCode = 1;
  }
}
