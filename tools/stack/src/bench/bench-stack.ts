import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '@casework/testing/postgres';
import getPort from 'get-port';
import { type Stack, startStack } from '../stack.js';

export const BENCH_TOKEN_SECRET = 'bench-token-secret-0123456789abcdef0123456789';
export const BENCH_INTERNAL_SECRET = 'bench-internal-secret-0123456789';

export interface BenchStack {
  stack: Stack;
  /** The throw-away database the stack runs on (for bulk loads and bare SQL). */
  databaseUrl: string;
  /** Where each subgraph listens (for calling one directly). */
  subgraphUrls: Record<'cases' | 'providers' | 'communications', string>;
  /** PostgreSQL's data directory (its postmaster.pid names the server process). */
  postgresDataDir: string;
  stop(): Promise<void>;
}

/**
 * The real stack (demo data, quiet logs) on a throw-away embedded PostgreSQL, on free ports.
 * With `mail`, the launcher's mail catcher takes the mail; without, mail fails at a closed port.
 */
export async function startBenchStack({ mail }: { mail: boolean }): Promise<BenchStack> {
  const postgresDataDir = await mkdtemp(join(tmpdir(), 'casework-bench-pg-'));
  const postgres = await startEmbeddedPostgres({
    dataDir: postgresDataDir,
    port: await getPort(),
    ephemeral: true,
    fast: true,
  });
  await postgres.createDatabase('bench');
  const dataDir = await mkdtemp(join(tmpdir(), 'casework-bench-'));
  const subgraphPorts = {
    cases: await getPort(),
    providers: await getPort(),
    communications: await getPort(),
  };
  const stack = await startStack({
    host: '127.0.0.1',
    ports: {
      gateway: await getPort(),
      ...subgraphPorts,
      postgres: 0,
      smtp: mail ? await getPort() : 0,
      mailWeb: mail ? await getPort() : 0,
    },
    secrets: { internal: BENCH_INTERNAL_SECRET, token: BENCH_TOKEN_SECRET },
    databaseUrl: postgres.url('bench'),
    ...(mail ? {} : { smtpUrl: 'smtp://127.0.0.1:9' }),
    dataDir,
    demoData: true,
    logLevel: 'warn',
    onLog: () => undefined,
  });
  const urlOf = (port: number) => `http://127.0.0.1:${port}/graphql`;
  return {
    stack,
    databaseUrl: postgres.url('bench'),
    subgraphUrls: {
      cases: urlOf(subgraphPorts.cases),
      providers: urlOf(subgraphPorts.providers),
      communications: urlOf(subgraphPorts.communications),
    },
    postgresDataDir,
    stop: async () => {
      await stack.stop();
      await postgres.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Nearest-rank percentile (q in 0..1) of the samples. */
export function percentile(samples: readonly number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}
