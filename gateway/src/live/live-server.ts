import { type Server } from 'node:http';
import { type Logger, REQUEST_ID_HEADER, closeForRestart } from '@casework/kit';
import {
  type ExecutionArgs,
  GraphQLError,
  type GraphQLFormattedError,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
  type ValidationRule,
  getOperationAST,
} from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { decodeJwt } from 'jose';
import { WebSocketServer } from 'ws';
import { notTrustedError, type TrustedDocuments } from '../graphql/trusted-documents.js';
import {
  authenticatesByCookie,
  callerFrom,
  SESSION_COOKIE,
  type TokenAuthority,
} from '../identity/caller.js';
import {
  type FederatedSubscriptions,
  type SubscriptionRequest,
} from './federated-subscriptions.js';

export interface LiveServerOptions {
  subscriptions: FederatedSubscriptions;
  /** Checks tokens and their server-side sessions. */
  authority: TokenAuthority;
  /** The same query limits as over HTTP (graphql-armor's rules). */
  validationRules: readonly ValidationRule[];
  maxTokens: number;
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  logger: Logger;
  /** With TRUSTED_DOCUMENTS: the cookie subscribes only with the apps' own documents. */
  trusted?: TrustedDocuments;
}

type ConnectionParams = { authorization?: string; token?: string };

interface Caller {
  identity: SubscriptionRequest['identity'];
  requestId: string;
  sessionId: string;
  /** Opened with the session cookie (the apps), not a bearer token. */
  byCookie: boolean;
}

/** Open connections are rechecked this often (a revocation NOTIFY closes them at once anyway). */
const SESSION_RECHECK_MS = 30_000;
const REVOKED = 'Your session has ended (signed out or revoked); sign in again';

/** 4401 as graphql-ws uses it: the connection has no valid identity. */
const UNAUTHORIZED = CloseCode.Unauthorized;

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/** When the token that opened the connection expires (already verified; the bearer wins, as over HTTP). */
function sessionExpiry(header: string | undefined, cookie: string | undefined): number {
  const token = header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : cookie;
  const exp = token ? decodeJwt(token).exp : undefined;
  return exp ? exp * 1000 : Number.MAX_SAFE_INTEGER;
}

/** Cookies are the browser's; another site's page must not use them to open a connection. */
function sameOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (!origin) return true; // not a browser
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * graphql-ws on the gateway's /graphql path (the same URL as HTTP): any graphql-ws client
 * subscribes with `{ authorization: "Bearer <token>" }` as connection parameters, the web apps
 * with the session cookie. A connection without valid identity is closed with 4401.
 */
export function serveLive(httpServer: Server, options: LiveServerOptions) {
  const { subscriptions, logger } = options;
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const callers = new WeakMap<object, Caller>();
  const { sessions } = options.authority;
  const closeWhere = (ended: (sessionId: string) => boolean) => {
    for (const socket of wsServer.clients) {
      const caller = callers.get(socket);
      if (caller && ended(caller.sessionId)) socket.close(UNAUTHORIZED, REVOKED);
    }
  };
  // Revoked here or on another replica (NOTIFY): that session's connections close with 4401.
  const stopListening = sessions.onRevoked((ids) => {
    const revoked = new Set(ids);
    closeWhere((id) => revoked.has(id));
  });
  const recheck = setInterval(() => {
    const open = new Set<string>();
    for (const socket of wsServer.clients) {
      const id = callers.get(socket)?.sessionId;
      if (id) open.add(id);
    }
    void Promise.all(
      [...open].map(async (id) => ((await sessions.isActive(id).catch(() => true)) ? null : id)),
    ).then((ended) => {
      const gone = new Set(ended.filter((id): id is string => id !== null));
      if (gone.size > 0) closeWhere((id) => gone.has(id));
    });
  }, SESSION_RECHECK_MS);
  recheck.unref();
  const rules = [...specifiedRules, ...options.validationRules];
  const cleanup = useServer<ConnectionParams>(
    {
      onConnect: async (ctx) => {
        const { request, socket } = ctx.extra;
        const params = ctx.connectionParams ?? {};
        const header =
          typeof params.authorization === 'string'
            ? params.authorization
            : typeof params.token === 'string'
              ? `Bearer ${params.token}`
              : undefined;
        const cookie = sameOrigin(request.headers.origin, request.headers.host)
          ? cookieValue(request.headers.cookie, SESSION_COOKIE)
          : undefined;
        const caller = await callerFrom(header, cookie, options.authority);
        if ('error' in caller) {
          socket.close(UNAUTHORIZED, caller.message.slice(0, 120));
          return false;
        }
        const requestId = String(request.headers[REQUEST_ID_HEADER] ?? crypto.randomUUID());
        callers.set(socket, {
          identity: caller.identity,
          requestId,
          sessionId: caller.sessionId,
          byCookie: authenticatesByCookie(header, cookie),
        });
        // The session ends for the live connection too: the client is told to sign in again.
        const expiresIn = sessionExpiry(header, cookie) - Date.now();
        const timer = setTimeout(
          () => socket.close(UNAUTHORIZED, 'Your session has expired; sign in again'),
          Math.max(0, Math.min(expiresIn, 2 ** 31 - 1)),
        );
        socket.once('close', () => clearTimeout(timer));
        logger.info({ user: caller.identity.id, requestId }, 'live connection');
        return true;
      },
      onSubscribe: (ctx, _id, payload) => {
        let document;
        try {
          document = parse(payload.query, { maxTokens: options.maxTokens });
        } catch (error) {
          return [withCode(error as GraphQLError, 'GRAPHQL_PARSE_FAILED')];
        }
        const caller = callers.get(ctx.extra.socket)!;
        // The same rule as over HTTP (trustedDocumentsGuard), before validation as there, so a
        // cookie learns nothing of the schema from another document's validation errors.
        if (caller.byCookie && options.trusted?.allows(document, payload.operationName) === false)
          return [notTrustedError()];
        const errors = validate(subscriptions.schema, document, rules);
        if (errors.length > 0) return errors.map((e) => withCode(e, 'GRAPHQL_VALIDATION_FAILED'));
        const operation = getOperationAST(document, payload.operationName);
        if (operation?.operation !== OperationTypeNode.SUBSCRIPTION) {
          return [
            withCode(
              new GraphQLError(
                'Only subscriptions are served over graphql-ws; send queries and mutations to POST /graphql',
              ),
              'BAD_REQUEST',
            ),
          ];
        }
        const args: ExecutionArgs = {
          schema: subscriptions.schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables ?? {},
          contextValue: caller,
        };
        return args;
      },
      subscribe: (args) => {
        const caller = args.contextValue as Caller;
        try {
          return subscriptions.subscribe({
            document: args.document,
            operationName: args.operationName,
            variables: (args.variableValues ?? {}) as Record<string, unknown>,
            identity: caller.identity,
            requestId: caller.requestId,
          });
        } catch (error) {
          if (error instanceof GraphQLError) return { errors: [error] };
          throw error;
        }
      },
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors?.length
          ? { ...result, errors: result.errors.map((e) => options.formatError(e.toJSON(), e)) }
          : result,
      onError: (_ctx, _id, _payload, errors) =>
        errors.map((e) => options.formatError(e.toJSON(), e)),
    },
    wsServer,
  );
  return {
    /** Connections open now (for health and the benchmark). */
    connections: () => wsServer.clients.size,
    close: async () => {
      clearInterval(recheck);
      stopListening();
      // 1012 Service Restart: the apps reconnect at once, through the balancer to another replica.
      await closeForRestart(wsServer.clients);
      await cleanup.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}

function withCode(error: GraphQLError, code: string): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    extensions: { ...error.extensions, code },
  });
}
