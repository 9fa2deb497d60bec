import { type Server } from 'node:http';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { fileURLToPath } from 'node:url';
import { expressMiddleware } from '@as-integrations/express5';
import { createErrorFormatter, type Logger, requestIdOf } from '@casework/kit';
import { readSupergraph } from '@casework/schema';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import express, { type RequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import { type GatewayConfig } from '../config.js';
import { FederatedSubscriptions } from '../live/federated-subscriptions.js';
import { serveLive } from '../live/live-server.js';
import {
  apiClientGate,
  apiClientUsagePlugin,
  gatedCaller,
} from '../api-clients/api-client-gate.js';
import { type ApiClientLimiter } from '../api-clients/api-client-limiter.js';
import { type ApiClientStore } from '../api-clients/api-client.store.js';
import { resolveCaller, type TokenAuthority } from '../identity/caller.js';
import { type SessionStore } from '../identity/session-store.js';
import {
  readManifest,
  TRUSTED_MANIFEST_FILE,
  trustedDocuments,
  trustedDocumentsGuard,
} from './trusted-documents.js';
import { withoutSuggestions } from './without-suggestions.js';
import { type GatewayContext } from './gateway-context.js';
import { SubgraphDataSource } from './subgraph-data-source.js';
import { variableCostLimit } from './variable-cost.js';

/**
 * The federated graph: @apollo/gateway over the committed supergraph (no subgraph introspection at
 * start, so a subgraph that is down does not stop the gateway), with query limits and sign-in.
 */
export async function createGraphQLHandler(
  config: GatewayConfig,
  httpServer: Server,
  logger: Logger,
  sessions: SessionStore,
  apiClients: { store: ApiClientStore; limiter: ApiClientLimiter },
): Promise<{ handler: RequestHandler; liveConnections: () => number; stop: () => Promise<void> }> {
  const supergraphSdl = readSupergraph();
  const authority: TokenAuthority = {
    tokenSecret: config.tokenSecret,
    sessions,
    clients: apiClients.store,
  };
  const dataSources: Record<string, SubgraphDataSource> = {};
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) =>
      (dataSources[name] = new SubgraphDataSource(
        name,
        config.subgraphUrls[name] ?? url ?? '',
        config.internalSecret,
      )),
  });
  const armor = new ApolloArmor({
    maxDepth: { n: config.limits.depth },
    costLimit: { maxCost: config.limits.cost },
    maxAliases: { n: config.limits.aliases },
    // Token limit via graphql-js's own parser option below, so real syntax errors keep GRAPHQL_PARSE_FAILED.
    maxTokens: { enabled: false },
    maxDirectives: { n: 20 },
    blockFieldSuggestion: { enabled: config.production },
  }).protect();
  const apollo = new ApolloServer<GatewayContext>({
    // Our own SIGTERM handling drains first (kit onShutdown); Apollo's would stop serving at once.
    stopOnTerminationSignals: false,
    gateway,
    introspection: !config.production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: config.limits.tokens },
    includeStacktraceInErrorResponses: false,
    // No "Did you mean ...?" (fields, enum values, types) in production: they reveal the schema.
    hideSchemaDetailsFromClientErrors: config.production,
    validationRules: armor.validationRules,
    formatError: withoutSuggestions(createErrorFormatter(logger), config.production),
    plugins: [
      // graphql-armor is typed against @apollo/server's CommonJS build; the plugin objects are the same.
      ...(armor.plugins as unknown as ApolloServerPlugin<GatewayContext>[]),
      variableCostLimit<GatewayContext>(config.limits.cost),
      apiClientUsagePlugin<GatewayContext>(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Responses carry a session and are never HTTP-cached; without the plugin no subgraph
      // response's cache-control header is parsed and no policy is computed (issue 15).
      ApolloServerPluginCacheControlDisabled(),
      ...(config.production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();
  const formatError = withoutSuggestions(createErrorFormatter(logger), config.production);
  // The build keys the apps' operations into dist/ (../trusted-documents.json from dist/graphql).
  const trusted = config.trustedDocuments
    ? trustedDocuments(
        readManifest(fileURLToPath(new URL(`../${TRUSTED_MANIFEST_FILE}`, import.meta.url))),
        logger,
      )
    : undefined;
  // Subscriptions on the same path (DESIGN.md, Live updates): graphql-ws beside Apollo Server.
  const subscriptions = new FederatedSubscriptions(
    supergraphSdl,
    dataSources,
    config.subgraphUrls,
    config.internalSecret,
    logger,
  );
  const live = serveLive(httpServer, {
    subscriptions,
    authority,
    validationRules: armor.validationRules,
    maxTokens: config.limits.tokens,
    formatError,
    logger,
    trusted,
  });
  const middleware = expressMiddleware(apollo, {
    context: async ({ req, res }) => {
      const requestId = requestIdOf(req);
      res.setHeader('x-request-id', requestId);
      const gated = gatedCaller(res);
      const caller = gated.caller ?? (await resolveCaller(req, authority));
      if ('error' in caller) {
        throw new GraphQLError(caller.message, {
          extensions: { code: 'UNAUTHENTICATED', reason: caller.error, http: { status: 401 } },
        });
      }
      return {
        identity: caller.identity,
        requestId,
        logger: logger.child({ requestId, user: caller.identity.id }),
        usage: gated.usage,
      };
    },
  });
  const router = express.Router();
  router.use(
    apiClientGate(authority, apiClients.limiter, logger),
    express.json({ limit: '1mb' }),
    ...(trusted ? [trustedDocumentsGuard(trusted)] : []),
    middleware,
  );
  return {
    handler: router,
    liveConnections: live.connections,
    stop: async () => {
      await live.close();
      await subscriptions.close();
      await apollo.stop();
      await Promise.all(Object.values(dataSources).map((source) => source.close()));
    },
  };
}
