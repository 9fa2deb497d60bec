import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import getPort from 'get-port';
import { type TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from './embedded-postgres.js';

/**
 * One real PostgreSQL per test run (embedded, throw-away, on a free port); each test file then
 * makes its own database on it. DATABASE_URL points the run at an existing server instead.
 */
export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) {
    project.provide('databaseAdminUrl', process.env.DATABASE_URL);
    return;
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'casework-test-pg-'));
  const server = await startEmbeddedPostgres({
    dataDir,
    port: await getPort(),
    ephemeral: true,
    fast: true,
    // A whole stack holds up to about 75 connections (pools of four processes); the e2e files
    // run the shared stack beside their own, two files at a time.
    maxConnections: 400,
  });
  project.provide('databaseAdminUrl', server.url('postgres'));
  return () => server.stop();
}
