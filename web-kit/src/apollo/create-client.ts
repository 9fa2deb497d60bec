import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { Kind, OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';

export interface ClientOptions {
  /** Called when the gateway says the session is missing or expired. */
  onUnauthenticated: (reason: string) => void;
}

/** graphql-ws closes with 4401 when the connection has no valid session (e.g. it expired). */
function isUnauthorizedClose(error: unknown): boolean {
  const candidate = error as { code?: unknown; cause?: { code?: unknown } } | null;
  return candidate?.code === 4401 || candidate?.cause?.code === 4401;
}

/** How long after connecting the subscriptions are surely live at the subgraphs (then refetch once more). */
const SUBSCRIPTION_SETTLE_MS = 3000;

/** Reconnection delay: 0.5 s doubling up to 15 s, with jitter so that clients do not reconnect in step. */
export function retryDelay(retries: number): number {
  return Math.min(500 * 2 ** retries, 15_000) * (0.75 + Math.random() * 0.5);
}

/** 1012 Service Restart: a replica stopping gracefully (another one answers behind the balancer). */
export const SERVICE_RESTART_CLOSE_CODE = 1012;

/** The wait before reconnecting: at once (jitter up to 250 ms) after a graceful restart, else backoff. */
export function reconnectDelay(retries: number, lastCloseCode: number | undefined): number {
  if (retries === 0 && lastCloseCode === SERVICE_RESTART_CLOSE_CODE) return Math.random() * 250;
  return retryDelay(retries);
}

function isUnauthenticated(error: unknown): string | undefined {
  if (isUnauthorizedClose(error)) return 'expired';
  if (CombinedGraphQLErrors.is(error)) {
    const hit = error.errors.find((e) => e.extensions?.code === 'UNAUTHENTICATED');
    return hit ? String(hit.extensions?.reason ?? 'missing') : undefined;
  }
  if (ServerError.is(error) && error.statusCode === 401) return 'expired';
  return undefined;
}

export interface CaseworkClient {
  client: ApolloClient;
  /** Reconnects the live connection, so that it carries the session of whoever signed in now. */
  restartLive(): void;
}

/**
 * Apollo Client for the gateway on the same origin: queries and mutations over HTTP with the
 * session cookie, subscriptions over graphql-ws with the same cookie (connected only while one is
 * used). When the connection drops (the gateway restarts, the network goes) it reconnects with
 * backoff, resubscribes, and refetches every active query, so that what happened meanwhile (such as
 * notifications in the inbox) is shown: the live feed is for immediacy, the queries for completeness.
 */
export function createApolloClient({ onUnauthenticated }: ClientOptions): CaseworkClient {
  const http = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });
  const wsUrl = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`;
  let lastCloseCode: number | undefined;
  const live = createClient({
    url: wsUrl,
    lazy: true,
    retryAttempts: Infinity,
    shouldRetry: () => true,
    retryWait: (retries) =>
      new Promise((resolve) => setTimeout(resolve, reconnectDelay(retries, lastCloseCode))),
    on: {
      closed: (event) => {
        lastCloseCode = (event as { code?: number } | undefined)?.code;
      },
    },
  });
  const ws = new GraphQLWsLink(live);
  const transport = ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return (
        definition.kind === Kind.OPERATION_DEFINITION &&
        definition.operation === OperationTypeNode.SUBSCRIPTION
      );
    },
    ws,
    http,
  );
  const errors = new ErrorLink(({ error }) => {
    const reason = isUnauthenticated(error);
    if (reason) onUnauthenticated(reason);
  });
  const client = new ApolloClient({
    link: ApolloLink.from([errors, transport]),
    cache: new InMemoryCache(),
  });
  // A subscription is live only once the gateway has subscribed upstream, a moment after the
  // connection: refetch at once after a reconnection (for what came while it was down) and again
  // shortly after every connection (for what came while the subscriptions were starting).
  let connectedBefore = false;
  let settle: ReturnType<typeof setTimeout> | undefined;
  live.on('connected', () => {
    if (connectedBefore) void client.refetchObservableQueries();
    connectedBefore = true;
    clearTimeout(settle);
    settle = setTimeout(() => void client.refetchObservableQueries(), SUBSCRIPTION_SETTLE_MS);
  });
  return { client, restartLive: () => live.terminate() };
}
