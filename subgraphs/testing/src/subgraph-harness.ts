import { type AddressInfo } from 'node:net';
import { type MikroORM } from '@mikro-orm/postgresql';
import { type Client } from 'graphql-ws';
import {
  createLogger,
  createMailer,
  createOrm,
  createSubgraphServer,
  type Identity,
  JobQueue,
  migrate,
  referenceCheckerFor,
  Role,
  signInternalToken,
  type SubgraphDefinition,
} from '@casework/kit';
import { liveClient } from './live-client.js';
import { createTestDatabase } from './test-database.js';

export const TEST_SECRET = 'test-internal-secret-0123456789';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

export interface TestSubgraph {
  orm: MikroORM;
  url: string;
  /** Calls the subgraph as the gateway would, with a signed identity. */
  query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    identity?: Identity,
  ): Promise<GraphQLResponse<T>>;
  /** A graphql-ws client connected as the gateway would, for the identity. */
  live(identity?: Identity): Client;
  stop(): Promise<void>;
}

export function testIdentity(
  roles: Role[] = [Role.CASEWORKER],
  overrides: Partial<Identity> = {},
): Identity {
  return {
    id: `user-${roles.join('-').toLowerCase()}`,
    name: `Test ${roles.join(' ')}`,
    email: 'test@casework.local',
    roles,
    clearance: 3,
    ...overrides,
  };
}

/** The real subgraph (schema, resolvers, migrations) on its own database and a free port. */
export interface TestSubgraphOptions {
  /** SMTP server for the workers' mail (a test's own smtp-server); default: a closed port. */
  smtpUrl?: string;
  /**
   * GraphQL URLs of the subgraphs whose records this one refers to (by service name), for the
   * reference checks (issue 14 item 11). Without them the checks are off: tests of other rules
   * use made-up person and provider ids; the reference tests start the real owner beside it.
   */
  peers?: Record<string, string>;
}

export async function startTestSubgraph(
  definition: SubgraphDefinition,
  options: TestSubgraphOptions = {},
): Promise<TestSubgraph> {
  const orm = await createOrm({
    databaseUrl: await createTestDatabase(),
    schema: definition.name,
    entities: definition.entities,
    migrations: definition.migrations,
    poolSize: 4,
  });
  await migrate(orm, definition.name);
  const logger = createLogger(definition.name);
  const mailer = createMailer(
    options.smtpUrl ?? 'smtp://127.0.0.1:9',
    'Casework <no-reply@casework.test>',
  );
  const databaseUrl = orm.config.get('clientUrl')!;
  const jobs = definition.jobs
    ? await JobQueue.start(databaseUrl, logger, definition.jobs.queues)
    : undefined;
  if (jobs && definition.jobs)
    await definition.jobs.startWorkers(jobs, {
      orm,
      mailer,
      logger,
      publicUrl: 'http://casework.test',
      internalSecret: TEST_SECRET,
    });
  const server = await createSubgraphServer(definition, {
    orm,
    internalSecret: TEST_SECRET,
    logger,
    jobs,
    references: options.peers
      ? referenceCheckerFor(definition.name, definition.referencedTypes, TEST_SECRET, options.peers)
      : undefined,
  });
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = server.httpServer.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/graphql`;
  return {
    orm,
    url,
    query: async (query, variables, identity = testIdentity()) => {
      const res = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Internal ${await signInternalToken(identity, TEST_SECRET)}`,
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as GraphQLResponse<never>;
    },
    live: (identity = testIdentity()) =>
      liveClient(url.replace(/^http/, 'ws'), {
        connectionParams: async () => ({
          authorization: `Internal ${await signInternalToken(identity, TEST_SECRET)}`,
        }),
      }),
    stop: async () => {
      // A stop step that takes long is named, so a hook timeout says which part hung.
      await timedStep('server.stop', () => server.stop());
      await timedStep('jobs.stop', async () => jobs?.stop());
      mailer.close();
      // Bounded: a worker's transaction still open after the queue stopped holds a connection
      // that the pool's close would wait for; the test database is dropped anyway.
      await timedStep('orm.close', () =>
        Promise.race([orm.close(true), new Promise((resolve) => setTimeout(resolve, 15_000))]),
      );
    },
  };
}

async function timedStep(name: string, step: () => Promise<unknown>): Promise<void> {
  const started = Date.now();
  const warn = setTimeout(
    () => process.stderr.write(`test subgraph: ${name} still running after 10 s\n`),
    10_000,
  );
  try {
    await step();
  } finally {
    clearTimeout(warn);
    const ms = Date.now() - started;
    if (ms > 10_000) process.stderr.write(`test subgraph: ${name} took ${ms} ms\n`);
  }
}
