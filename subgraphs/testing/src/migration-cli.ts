#!/usr/bin/env node
// Usage (from a subgraph folder, after build): `npm run migration:create`.
// Generates a migration from the entities into src/migrations, using a throw-away embedded
// PostgreSQL (or DATABASE_URL) to diff against the migrations already committed.
import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import getPort from 'get-port';
import { type SubgraphDefinition } from '@casework/kit';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { generateMigration } from './migration-tool.js';

const packageDir = process.cwd();
const module = (await import(pathToFileURL(resolve(packageDir, 'dist/index.js')).href)) as Record<
  string,
  unknown
>;
const definition = Object.values(module).find(
  (value): value is SubgraphDefinition =>
    typeof value === 'object' && value !== null && 'migrations' in value && 'entities' in value,
);
if (!definition)
  throw new Error(`No subgraph definition exported from ${packageDir}/dist/index.js`);

const dataDir = await mkdtemp(join(tmpdir(), 'casework-migration-'));
const server = process.env.DATABASE_URL
  ? undefined
  : await startEmbeddedPostgres({ dataDir, port: await getPort(), ephemeral: true, fast: true });
try {
  const databaseUrl = process.env.DATABASE_URL ?? server!.url('postgres');
  const file = await generateMigration(
    {
      databaseUrl,
      schema: definition.name,
      entities: definition.entities,
      migrations: definition.migrations,
    },
    resolve(packageDir, 'src/migrations'),
  );
  process.stdout.write(
    file
      ? `Created src/migrations/${file}\n`
      : 'Entities and migrations agree; nothing to create.\n',
  );
} finally {
  await server?.stop();
  await rm(dataDir, { recursive: true, force: true });
}
