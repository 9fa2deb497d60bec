import { type Server } from 'node:http';
import { type MikroORM } from '@mikro-orm/postgresql';
import {
  type ExecutionResult,
  GraphQLError,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { LoaderRegistry } from '../context/loaders.js';
import { type RequestContext } from '../context/request-context.js';
import { createErrorFormatter } from '../errors/format-error.js';
import { type Identity } from '../identity/identity.js';
import { isGatewaySystem } from '../identity/identity.js';
import { verifyInternalToken } from '../identity/internal-token.js';
import { type JobQueue } from '../jobs/job-queue.js';
import { type LivePubSub } from '../live/live-pubsub.js';
import { type Logger } from '../logging/logger.js';
import { closeForRestart } from './shutdown.js';

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

interface Subscriber {
  identity: Identity;
  requestId: string;
}

async function identityOf(authorization: unknown, secret: string): Promise<Identity | undefined> {
  if (typeof authorization !== 'string' || !authorization.startsWith('Internal ')) return undefined;
  return verifyInternalToken(authorization.slice('Internal '.length), secret).catch(
    () => undefined,
  );
}

/**
 * graphql-ws on the subgraph's /graphql path, for the gateway only: the connection must carry an
 * internal token. The gateway multiplexes its users' subscriptions on one connection, each
 * subscription carrying its user's internal token in `extensions.authorization` (verified when it
 * starts); a subscription without one runs as the connection's identity.
 */
export function serveSubgraphWs(
  httpServer: Server,
  { schema, orm, internalSecret, logger, live, jobs }: SubgraphWsOptions,
): { close(): Promise<void> } {
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const connections = new WeakMap<object, Subscriber>();
  const subscribers = new WeakMap<object, Map<string, Subscriber>>();
  const formatError = createErrorFormatter(logger);
  const cleanup = useServer<ConnectionParams>(
    {
      schema,
      onConnect: async (ctx) => {
        const identity = await identityOf(ctx.connectionParams?.authorization, internalSecret);
        if (!identity) return false; // graphql-ws closes with 4403 Forbidden
        const requestId = String(ctx.connectionParams?.requestId ?? crypto.randomUUID());
        connections.set(ctx.extra.socket, { identity, requestId });
        subscribers.set(ctx.extra.socket, new Map());
        return true;
      },
      onSubscribe: async (ctx, id, payload) => {
        const extensions = payload.extensions ?? {};
        let subscriber = connections.get(ctx.extra.socket)!;
        if (extensions.authorization !== undefined) {
          const identity = await identityOf(extensions.authorization, internalSecret);
          if (!identity) {
            return [
              new GraphQLError('The internal token of the subscription is invalid or expired', {
                extensions: { code: 'UNAUTHENTICATED' },
              }),
            ];
          }
          subscriber = {
            identity,
            requestId: String(extensions.requestId ?? subscriber.requestId),
          };
        }
        // The gateway's own connection carries users' subscriptions; nothing runs as the gateway.
        if (isGatewaySystem(subscriber.identity)) {
          return [
            new GraphQLError("Each subscription must carry its user's internal token", {
              extensions: { code: 'UNAUTHENTICATED' },
            }),
          ];
        }
        subscribers.get(ctx.extra.socket)!.set(id, subscriber);
        return undefined;
      },
      onComplete: (ctx, id) => {
        subscribers.get(ctx.extra.socket)?.delete(id);
      },
      context: (ctx, id): RequestContext => {
        const { identity, requestId } =
          subscribers.get(ctx.extra.socket)?.get(id) ?? connections.get(ctx.extra.socket)!;
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
      // 1012: the gateway resubscribes at once (to another replica when there is one).
      await closeForRestart(wsServer.clients);
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
