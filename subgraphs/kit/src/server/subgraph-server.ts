import { createServer, type Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Response } from 'express';
import { type MikroORM } from '@mikro-orm/postgresql';
import { LoaderRegistry } from '../context/loaders.js';
import { type RequestContext } from '../context/request-context.js';
import { createErrorFormatter } from '../errors/format-error.js';
import { type JobQueue } from '../jobs/job-queue.js';
import { buildFederatedSchema } from '../graphql/federated-schema.js';
import { relayEvents } from '../live/live-events.js';
import { createLivePubSub } from '../live/live-pubsub.js';
import { type Logger } from '../logging/logger.js';
import { mountHealth, READINESS_SQL } from './health.js';
import { closeConnectionsWhileDraining } from './shutdown.js';
import { type AuthenticatedLocals, requireInternalToken } from './internal-auth.js';
import { mountReferenceLookup } from '../references/owned-records.js';
import { type ReferenceChecker } from '../references/reference-checker.js';
import { requestIdOf } from './request-id.js';
import { type SubgraphDefinition } from './subgraph-definition.js';
import { serveSubgraphWs } from './subgraph-ws.js';

export interface SubgraphServer {
  httpServer: Server;
  stop(): Promise<void>;
}

export interface SubgraphServerOptions {
  orm: MikroORM;
  jobs?: JobQueue;
  internalSecret: string;
  logger: Logger;
  /** Reference checks against the owning subgraphs (see `referenceCheckerFor`). */
  references?: ReferenceChecker;
}

/** HTTP server of one subgraph: /graphql behind the internal token, and health endpoints. */
export async function createSubgraphServer(
  definition: SubgraphDefinition,
  { orm, internalSecret, logger, jobs, references }: SubgraphServerOptions,
): Promise<SubgraphServer> {
  const live = createLivePubSub();
  const schema = await buildFederatedSchema(definition, live);
  const relay = definition.liveChannels?.length
    ? await relayEvents(orm.config.get('clientUrl')!, definition.liveChannels, live, logger)
    : undefined;
  const app = express();
  app.disable('x-powered-by');
  // No ETag: Express would hash every GraphQL answer for a header no caller revalidates (issue 15).
  app.set('etag', false);
  app.use(closeConnectionsWhileDraining);
  const httpServer = createServer(app);
  const apollo = new ApolloServer<RequestContext>({
    // Our own SIGTERM handling drains first (kit onShutdown); Apollo's would stop serving at once.
    stopOnTerminationSignals: false,
    schema,
    formatError: createErrorFormatter(logger, definition.name),
    includeStacktraceInErrorResponses: false,
    // Only the gateway can reach it (internal token), and the gateway composes from committed SDL.
    introspection: true,
    csrfPrevention: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginInlineTraceDisabled(),
      // Nothing caches GraphQL responses by HTTP headers (every call carries a token), and the
      // cache control plugin wrapped every field of every row in a timing hook (issue 15 profile).
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();
  const ws = relay
    ? serveSubgraphWs(httpServer, { schema, orm, internalSecret, logger, live, jobs })
    : undefined;

  const readiness = mountHealth(app, () =>
    orm.em
      .getConnection()
      .execute(READINESS_SQL)
      .then(
        () => ({ database: 'ok' }),
        (error: Error) => ({ database: `unreachable (${error.message})` }),
      ),
  );
  if (definition.ownedRecords)
    mountReferenceLookup(app, { orm, owned: definition.ownedRecords, internalSecret });
  const routes = definition.httpRoutes?.(app, { orm, internalSecret, logger, jobs });
  app.use(
    '/graphql',
    requireInternalToken(internalSecret),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = requestIdOf(req);
        const identity = (res as Response<unknown, AuthenticatedLocals>).locals.identity;
        return {
          identity,
          requestId,
          em: orm.em.fork(),
          logger: logger.child({ requestId, user: identity.id }),
          loaders: new LoaderRegistry(),
          jobs,
          live,
          references,
        };
      },
    }),
  );
  return {
    httpServer,
    stop: async () => {
      readiness.stop();
      await ws?.close();
      await relay?.close();
      await apollo.stop();
      await routes?.close();
    },
  };
}
