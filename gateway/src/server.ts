import { createServer } from 'node:http';
import {
  closeConnectionsWhileDraining,
  createOrm,
  listen,
  type Logger,
  migrate,
  migrateAtStart,
  mountHealth,
  subscribeEvents,
} from '@casework/kit';
import { ACCOUNT_SESSION_EVENTS, type AccountSessionEvent } from '@casework/contracts';
import cookieParser from 'cookie-parser';
import express from 'express';
import { ApiClientLimiter } from './api-clients/api-client-limiter.js';
import { ApiClientStore } from './api-clients/api-client.store.js';
import { oauthTokenRoutes } from './api-clients/oauth-token-routes.js';
import { type GatewayConfig } from './config.js';
import { fileProxy } from './files/file-proxy.js';
import { createGraphQLHandler } from './graphql/gateway-server.js';
import { gatewayReadiness } from './health/readiness.js';
import { authRoutes } from './identity/auth-routes.js';
import { seedDemoAccounts } from './identity/demo-accounts.js';
import { identityStore } from './identity/identity-store.js';
import { SessionStore } from './identity/session-store.js';
import { SignInLimiter } from './identity/sign-in-limiter.js';
import { jsonErrorHandler, jsonNotFound } from './http/json-errors.js';
import { meetingResponseProxy } from './meetings/meeting-response-proxy.js';
import { mountWebApps } from './web/web-apps.js';
import { startWebhooks } from './webhooks/webhooks.js';

export interface RunningGateway {
  port: number;
  stop(): Promise<void>;
}

/** Migrates the identity schema, then serves /graphql, /auth, /oauth and /health. */
export async function startGateway(config: GatewayConfig, logger: Logger): Promise<RunningGateway> {
  const orm = await createOrm({
    databaseUrl: config.databaseUrl,
    schema: identityStore.name,
    entities: identityStore.entities,
    migrations: identityStore.migrations,
    logger,
  });
  if (migrateAtStart()) await migrate(orm, identityStore.name, logger);
  if (config.demoData) await seedDemoAccounts(orm.em.fork());

  const sessions = new SessionStore(orm, logger);
  await sessions.listen(config.databaseUrl);
  // The owner of portal accounts (providers) announces disabled accounts and changed roles.
  const accountEvents = await subscribeEvents<AccountSessionEvent>(
    config.databaseUrl,
    ACCOUNT_SESSION_EVENTS,
    (event) =>
      void sessions
        .revokeAccount(event.accountId, event.reason)
        .catch((error: unknown) => logger.error({ err: error }, 'sessions not revoked')),
    logger,
  );
  const limiter = await SignInLimiter.create(config.databaseUrl, config.signInLimits);
  const clients = new ApiClientStore(orm);
  const clientLimiter = new ApiClientLimiter(config.databaseUrl);

  const app = express();
  app.disable('x-powered-by');
  // No ETag on what the routes send: Express hashed every GraphQL answer for a header nobody
  // revalidates (issue 15 profile). The apps' static files keep theirs (serve-static's own).
  app.set('etag', false);
  const httpServer = createServer(app);
  app.use(closeConnectionsWhileDraining);
  app.use(cookieParser());
  const webhooks = await startWebhooks({
    config,
    orm,
    clients,
    authority: { tokenSecret: config.tokenSecret, sessions, clients },
    logger,
  });
  app.use('/auth/webhooks', webhooks.router);
  app.use('/auth', authRoutes({ orm, config, sessions, limiter, logger, clients }));
  app.use(
    '/oauth',
    oauthTokenRoutes({
      clients,
      limiter,
      tokenSecret: config.tokenSecret,
      ttlMinutes: config.apiTokenTtlMinutes,
    }),
  );
  app.use('/files', fileProxy(config, logger, sessions));
  app.use('/meeting-responses', meetingResponseProxy(config, logger));
  const readiness = mountHealth(app, gatewayReadiness(orm, config));
  const graphql = await createGraphQLHandler(config, httpServer, logger, sessions, {
    store: clients,
    limiter: clientLimiter,
  });
  app.use('/graphql', graphql.handler);
  app.use(['/health', '/graphql', '/oauth'], jsonNotFound);
  mountWebApps(app, { apiExplorer: config.apiExplorer });
  app.use(jsonErrorHandler(logger));

  const port = await listen(httpServer, config.port, config.host, 'The gateway');
  logger.info({ url: `http://${config.host}:${port}/graphql` }, 'gateway ready');
  return {
    port,
    stop: async () => {
      readiness.stop();
      await graphql.stop();
      await webhooks.stop();
      await accountEvents.close();
      await sessions.close();
      await limiter.close();
      await clientLimiter.close();
      await orm.close();
    },
  };
}
