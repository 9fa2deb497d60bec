import { readSubgraphEnv } from '../config/env.js';
import { createOrm, migrate } from '../database/orm.js';
import { JobQueue } from '../jobs/job-queue.js';
import { createLogger } from '../logging/logger.js';
import { createMailer } from '../mail/mailer.js';
import { referenceCheckerFor } from '../references/reference-checker.js';
import { listen } from './listen.js';
import { migrateAtStart } from './run-migrations.js';
import { onShutdown } from './shutdown.js';
import { type SubgraphDefinition } from './subgraph-definition.js';
import { createSubgraphServer } from './subgraph-server.js';

/** The whole life of a subgraph process: config, database, migrations, demo data, serve, stop. */
export async function runSubgraph(definition: SubgraphDefinition): Promise<void> {
  const logger = createLogger(definition.name);
  try {
    const env = readSubgraphEnv(definition.name, definition.defaultPort);
    const ormOptions = {
      databaseUrl: env.databaseUrl,
      schema: definition.name,
      entities: definition.entities,
      migrations: definition.migrations,
      logger,
    };
    // Migrations and demo data without the statement timeout, on an ORM of their own.
    const setup = await createOrm(ormOptions);
    try {
      if (migrateAtStart()) await migrate(setup, definition.name, logger);
      if (env.demoData && definition.seedDemoData) await definition.seedDemoData(setup.em.fork());
    } finally {
      await setup.close();
    }
    const orm = await createOrm({ ...ormOptions, statementTimeoutMs: env.statementTimeoutMs });
    const mailer = createMailer(env.smtpUrl, env.mailFrom);
    const jobs = definition.jobs
      ? await JobQueue.start(env.databaseUrl, logger, definition.jobs.queues)
      : undefined;
    if (jobs && definition.jobs)
      await definition.jobs.startWorkers(jobs, {
        orm,
        mailer,
        logger,
        publicUrl: env.publicUrl,
        internalSecret: env.internalSecret,
      });
    const server = await createSubgraphServer(definition, {
      orm,
      internalSecret: env.internalSecret,
      logger,
      jobs,
      references: referenceCheckerFor(
        definition.name,
        definition.referencedTypes,
        env.internalSecret,
      ),
    });
    const port = await listen(
      server.httpServer,
      env.port,
      env.host,
      `The ${definition.name} subgraph`,
    );
    logger.info({ url: `http://${env.host}:${port}/graphql` }, 'subgraph ready');
    onShutdown(logger, async () => {
      // In-flight requests and running jobs finish side by side, each within its bound.
      await Promise.all([server.stop(), jobs?.stop()]);
      mailer.close();
      await orm.close();
    });
  } catch (error) {
    logger.fatal({ err: error }, `${definition.name} subgraph failed to start`);
    process.exit(1);
  }
}
