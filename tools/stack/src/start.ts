// `npm start`: the whole backend on this machine, with demo data; Ctrl-C stops all of it.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { flag, port, readEnv } from '@casework/kit';
import { z } from 'zod';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@casework/gateway';
import { loadDevSecrets } from './dev-secrets.js';
import { formatLogLine } from './log-format.js';
import { startStack } from './stack.js';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../../..');
const out = (text: string) => process.stdout.write(`${text}\n`);
// Ctrl-C also ends a pager or `tee` reading our output; a write to the closed pipe must not loop.
for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined);

try {
  const env = readEnv({
    HOST: z.string().default('127.0.0.1'),
    GATEWAY_PORT: port(4000),
    CASES_PORT: port(4001),
    PROVIDERS_PORT: port(4002),
    COMMUNICATIONS_PORT: port(4003),
    POSTGRES_PORT: port(5433),
    SMTP_PORT: port(1025),
    MAILDEV_WEB_PORT: port(1080),
    DATABASE_URL: z.string().optional(),
    SMTP_URL: z.string().optional(),
    DATA_DIR: z.string().default(resolve(repoRoot, '.data')),
    DEMO_DATA: flag(true),
    LOG_LEVEL: z.string().default('info'),
  });
  out('Starting Casework ...');
  const started = Date.now();
  const stack = await startStack({
    host: env.HOST,
    ports: {
      gateway: env.GATEWAY_PORT,
      cases: env.CASES_PORT,
      providers: env.PROVIDERS_PORT,
      communications: env.COMMUNICATIONS_PORT,
      postgres: env.POSTGRES_PORT,
      smtp: env.SMTP_PORT,
      mailWeb: env.MAILDEV_WEB_PORT,
    },
    secrets: await loadDevSecrets(env.DATA_DIR),
    databaseUrl: env.DATABASE_URL,
    smtpUrl: env.SMTP_URL,
    dataDir: env.DATA_DIR,
    demoData: env.DEMO_DATA,
    logLevel: env.LOG_LEVEL,
    onLog: (service, line) => {
      const formatted = formatLogLine(service, line);
      if (formatted) out(formatted);
    },
  });
  const width = Math.max(...DEMO_ACCOUNTS.map((a) => a.email.length));
  out(
    [
      '',
      `Casework is ready (${((Date.now() - started) / 1000).toFixed(1)} s).`,
      '',
      `  Agency app             ${stack.urls.gateway}/agency/`,
      `  Provider portal        ${stack.urls.gateway}/portal/`,
      `  GraphQL API (gateway)  ${stack.urls.graphql}`,
      `  Subscriptions          ${stack.urls.graphql.replace(/^http/, 'ws')}  (graphql-ws, Bearer token in connection parameters)`,
      `  Sign-in                POST ${stack.urls.gateway}/auth/sign-in  {"email": ..., "password": ...}`,
      `  Health                 ${stack.urls.gateway}/health/ready`,
      stack.urls.mailWeb
        ? `  Mail catcher (maildev) ${stack.urls.mailWeb}`
        : `  Mail                   ${env.SMTP_URL}`,
      `  Database               ${stack.urls.database}`,
      '',
      env.DEMO_DATA ? `  Demo sign-ins (password "${DEMO_PASSWORD}"):` : '',
      ...(env.DEMO_DATA
        ? DEMO_ACCOUNTS.map((a) => `    ${a.email.padEnd(width)}  ${a.roles.join(', ')}`)
        : []),
      '',
      'Press Ctrl-C to stop.',
    ].join('\n'),
  );
  let stopping = false;
  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    out('\nStopping ...');
    void stack.stop().then(() => {
      out('Stopped.');
      process.exit(0);
    });
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  // A closed terminal (SIGHUP) must not leave PostgreSQL and the services running.
  process.on('SIGHUP', shutdown);
  process.on('uncaughtException', (error) => {
    process.stderr.write(`\nUnexpected error in the launcher: ${error.stack ?? String(error)}\n`);
    shutdown();
  });
} catch (error) {
  process.stderr.write(`\nCasework could not start:\n${(error as Error).message}\n`);
  process.exit(1);
}
