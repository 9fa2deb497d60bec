import { type Server } from 'node:http';
import { type MikroORM } from '@mikro-orm/postgresql';
import { type ExecutionResult, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { LoaderRegistry, type RequestContext } from '../context/request-context.js';
import { createErrorFormatter } from '../errors/format-error.js';
import { type Identity } from '../identity/identity.js';
import { verifyInternalToken } from '../identity/internal-token.js';
import { type JobQueue } from '../jobs/job-queue.js';
import { type LivePubSub } from '../live/live-events.js';
import { type Logger } from '../logging/logger.js';

export interface SubgraphWsOptions {
  schema: GraphQLSchema;
  orm: MikroORM;
  internalSecret: string;
  logger: Logger;
  live: LivePubSub;
  jobs?: JobQueue;
}

type ConnectionParams = {
  /** `Internal <token>`: the gateway's signed identity of the subscribing user. */
  authorization?: string;
  requestId?: string;
};

/**
 * graphql-ws on the subgraph's /graphql path, for the gateway only: the connection must carry the
 * internal token (verified once, at connection), whose identity every subscription of that
 * connection runs as.
 */
export function serveSubgraphWs(
  httpServer: Server,
  { schema, orm, internalSecret, logger, live, jobs }: SubgraphWsOptions,
): { close(): Promise<void> } {
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const identities = new WeakMap<object, { identity: Identity; requestId: string }>();
  const formatError = createErrorFormatter(logger);
  const cleanup = useServer<ConnectionParams>(
    {
      schema,
      onConnect: async (ctx) => {
        const header = ctx.connectionParams?.authorization ?? '';
        const token = header.startsWith('Internal ') ? header.slice('Internal '.length) : '';
        try {
          const identity = await verifyInternalToken(token, internalSecret);
          const requestId = String(ctx.connectionParams?.requestId ?? crypto.randomUUID());
          identities.set(ctx.extra.socket, { identity, requestId });
          return true;
        } catch {
          return false; // graphql-ws closes with 4403 Forbidden
        }
      },
      context: (ctx): RequestContext => {
        const { identity, requestId } = identities.get(ctx.extra.socket)!;
        return {
          identity,
          requestId,
          em: orm.em.fork(),
          logger: logger.child({ requestId, user: identity.id }),
          loaders: new LoaderRegistry(),
          jobs,
          live,
        };
      },
      onNext: (_ctx, _id, _payload, _args, result) => formatResult(result, formatError),
      onError: (_ctx, _id, _payload, errors) =>
        errors.map((error) => formatError(error.toJSON(), error)),
    },
    wsServer,
  );
  return {
    close: async () => {
      await cleanup.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}

function formatResult(
  result: ExecutionResult,
  format: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError,
) {
  if (!result.errors?.length) return result;
  return { ...result, errors: result.errors.map((error) => format(error.toJSON(), error)) };
}
