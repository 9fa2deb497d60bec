import { createServer } from 'node:http';
import { createOrm, listen, type Logger, migrate, mountHealth } from '@casework/kit';
import cookieParser from 'cookie-parser';
import express from 'express';
import { type GatewayConfig } from './config.js';
import { fileProxy } from './files/file-proxy.js';
import { createGraphQLHandler } from './graphql/gateway-server.js';
import { gatewayReadiness } from './health/readiness.js';
import { authRoutes } from './identity/auth-routes.js';
import { seedDemoAccounts } from './identity/demo-accounts.js';
import { identityStore } from './identity/identity-store.js';
import { mountWebApps } from './web/web-apps.js';

export interface RunningGateway {
  port: number;
  stop(): Promise<void>;
}

/** Migrates the identity schema, then serves /graphql, /auth and /health. */
export async function startGateway(config: GatewayConfig, logger: Logger): Promise<RunningGateway> {
  const orm = await createOrm({
    databaseUrl: config.databaseUrl,
    schema: identityStore.name,
    entities: identityStore.entities,
    migrations: identityStore.migrations,
    logger,
  });
  await migrate(orm, identityStore.name, logger);
  if (config.demoData) await seedDemoAccounts(orm.em.fork());

  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);
  app.use(cookieParser());
  app.use('/auth', authRoutes(orm, config));
  app.use('/files', fileProxy(config, logger));
  mountHealth(app, gatewayReadiness(orm, config));
  const graphql = await createGraphQLHandler(config, httpServer, logger);
  app.use('/graphql', graphql.handler);
  mountWebApps(app);

  const port = await listen(httpServer, config.port, config.host, 'The gateway');
  logger.info({ url: `http://${config.host}:${port}/graphql` }, 'gateway ready');
  return {
    port,
    stop: async () => {
      await graphql.stop();
      await orm.close();
    },
  };
}
