import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type EmbeddedServer, startEmbeddedPostgres } from '@casework/testing/postgres';
import { type Secrets } from './dev-secrets.js';
import { assertPortFree } from './ports.js';
import { type LogSink, ServiceProcess } from './service-process.js';

const require = createRequire(import.meta.url);

export const SUBGRAPHS = ['cases', 'providers', 'communications'] as const;
export type SubgraphName = (typeof SUBGRAPHS)[number];

export interface StackPorts {
  gateway: number;
  cases: number;
  providers: number;
  communications: number;
  /** Embedded PostgreSQL (unused with databaseUrl). */
  postgres: number;
  /** maildev SMTP and web page (unused with smtpUrl). */
  smtp: number;
  mailWeb: number;
}

export interface StackOptions {
  host: string;
  ports: StackPorts;
  secrets: Secrets;
  /** Any PostgreSQL; without it an embedded one runs with its data in `dataDir`/postgres. */
  databaseUrl?: string;
  dataDir: string;
  /** Any SMTP server; without it maildev runs. */
  smtpUrl?: string;
  demoData: boolean;
  tokenTtlMinutes?: number;
  logLevel?: string;
  onLog: LogSink;
}

export interface ReplicaOptions {
  port: number;
  /** For a gateway replica: which subgraph processes it calls (default: the stack's). */
  subgraphUrls?: Partial<Record<SubgraphName, string>>;
}

export interface Stack {
  urls: { gateway: string; graphql: string; mailWeb?: string; database: string };
  /** The database's connection URL with its password (urls.database hides it, for printing). */
  databaseUrl: string;
  services: Record<SubgraphName | 'gateway', ServiceProcess>;
  /**
   * Starts one more process of a subgraph or of the gateway on the same database and secrets (a
   * replica, as behind a load balancer); it stops with the stack.
   */
  startReplica(name: SubgraphName | 'gateway', options: ReplicaOptions): Promise<ServiceProcess>;
  stop(): Promise<void>;
}

// Same depth from src and dist; services always run from their built dist folders.
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const entryOf = (name: SubgraphName | 'gateway') =>
  name === 'gateway'
    ? join(repoRoot, 'gateway/dist/main.js')
    : join(repoRoot, 'subgraphs', name, 'dist/main.js');

/**
 * Starts the whole backend: PostgreSQL (embedded unless given), maildev (unless an SMTP server is
 * given), the three subgraphs and the gateway, each as its own process; stops it all in reverse.
 */
export async function startStack(options: StackOptions): Promise<Stack> {
  const { host, ports } = options;
  const checks: [number, string, string][] = [
    [ports.gateway, 'gateway', 'GATEWAY_PORT'],
    [ports.cases, 'cases subgraph', 'CASES_PORT'],
    [ports.providers, 'providers subgraph', 'PROVIDERS_PORT'],
    [ports.communications, 'communications subgraph', 'COMMUNICATIONS_PORT'],
  ];
  if (!options.databaseUrl) checks.push([ports.postgres, 'embedded PostgreSQL', 'POSTGRES_PORT']);
  if (!options.smtpUrl)
    checks.push(
      [ports.smtp, 'maildev SMTP', 'SMTP_PORT'],
      [ports.mailWeb, 'maildev web page', 'MAILDEV_WEB_PORT'],
    );
  for (const [port, what, variable] of checks) await assertPortFree(port, host, what, variable);

  const cleanups: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  };
  try {
    let databaseUrl = options.databaseUrl;
    if (!databaseUrl) {
      const postgres: EmbeddedServer = await startEmbeddedPostgres({
        dataDir: join(options.dataDir, 'postgres'),
        port: ports.postgres,
      });
      cleanups.push(() => postgres.stop());
      await postgres.createDatabase('casework');
      databaseUrl = postgres.url('casework');
    }

    let smtpUrl = options.smtpUrl;
    if (!smtpUrl) {
      const maildev = new ServiceProcess(
        {
          name: 'maildev',
          entry: join(dirname(require.resolve('maildev/package.json')), 'bin/maildev'),
          args: [
            '--ip',
            host,
            '--smtp',
            String(ports.smtp),
            '--web',
            String(ports.mailWeb),
            '--silent',
          ],
          env: { ...process.env },
          readyUrl: `http://${host}:${ports.mailWeb}/`,
        },
        options.onLog,
      );
      await maildev.start();
      cleanups.push(() => maildev.stop());
      smtpUrl = `smtp://${host}:${ports.smtp}`;
    }

    const gatewayUrl = `http://${host}:${ports.gateway}`;
    const subgraphUrl = (name: SubgraphName) => `http://${host}:${ports[name]}`;
    const shared: NodeJS.ProcessEnv = {
      // Links in mail point at the gateway that serves the apps, unless set for a proxy.
      PUBLIC_URL: gatewayUrl,
      ...process.env,
      HOST: host,
      DATABASE_URL: databaseUrl,
      INTERNAL_SECRET: options.secrets.internal,
      SMTP_URL: smtpUrl,
      DEMO_DATA: String(options.demoData),
      ...(options.logLevel ? { LOG_LEVEL: options.logLevel } : {}),
      // Subgraphs check references to each other's records (issue 14 item 11).
      ...Object.fromEntries(
        SUBGRAPHS.map((name) => [`${name.toUpperCase()}_URL`, `${subgraphUrl(name)}/graphql`]),
      ),
    };
    const subgraphProcess = (name: SubgraphName, port: number, label: string = name) =>
      new ServiceProcess(
        {
          name: label,
          entry: entryOf(name),
          env: {
            ...shared,
            [`${name.toUpperCase()}_PORT`]: String(port),
            // Communications asks providers for an organisation's branches (R5.4).
            PROVIDERS_URL: `${subgraphUrl('providers')}/graphql`,
          },
          readyUrl: `http://${host}:${port}/health/ready`,
        },
        options.onLog,
      );
    const subgraphs = Object.fromEntries(
      SUBGRAPHS.map((name) => [name, subgraphProcess(name, ports[name])]),
    ) as Record<SubgraphName, ServiceProcess>;
    cleanups.push(() =>
      Promise.all(Object.values(subgraphs).map((s) => s.stop())).then(() => undefined),
    );

    const gatewayProcess = (
      port: number,
      urls: Partial<Record<SubgraphName, string>> = {},
      label = 'gateway',
    ) =>
      new ServiceProcess(
        {
          name: label,
          entry: entryOf('gateway'),
          env: {
            ...shared,
            GATEWAY_PORT: String(port),
            AUTH_TOKEN_SECRET: options.secrets.token,
            ...(options.tokenTtlMinutes
              ? { AUTH_TOKEN_TTL_MINUTES: String(options.tokenTtlMinutes) }
              : {}),
            CASES_URL: urls.cases ?? `${subgraphUrl('cases')}/graphql`,
            PROVIDERS_URL: urls.providers ?? `${subgraphUrl('providers')}/graphql`,
            COMMUNICATIONS_URL: urls.communications ?? `${subgraphUrl('communications')}/graphql`,
          },
          readyUrl: `http://${host}:${port}/health/ready`,
        },
        options.onLog,
      );
    const gateway = gatewayProcess(ports.gateway);
    cleanups.push(() => gateway.stop());
    // All at once: the gateway loads and migrates its own schema meanwhile, and its readiness
    // waits for every subgraph's.
    await Promise.all([...Object.values(subgraphs), gateway].map((s) => s.start()));

    let replicas = 0;
    const startReplica = async (name: SubgraphName | 'gateway', replica: ReplicaOptions) => {
      const label = `${name}-${++replicas + 1}`;
      const service =
        name === 'gateway'
          ? gatewayProcess(replica.port, replica.subgraphUrls, label)
          : subgraphProcess(name, replica.port, label);
      cleanups.push(() => service.stop());
      await service.start();
      return service;
    };

    return {
      urls: {
        gateway: gatewayUrl,
        graphql: `${gatewayUrl}/graphql`,
        mailWeb: options.smtpUrl ? undefined : `http://${host}:${ports.mailWeb}`,
        database: databaseUrl.replace(/:[^:@/]+@/, ':***@'),
      },
      databaseUrl,
      services: { ...subgraphs, gateway },
      startReplica,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
