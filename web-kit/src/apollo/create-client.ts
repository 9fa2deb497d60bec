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

function isUnauthenticated(error: unknown): string | undefined {
  if (CombinedGraphQLErrors.is(error)) {
    const hit = error.errors.find((e) => e.extensions?.code === 'UNAUTHENTICATED');
    return hit ? String(hit.extensions?.reason ?? 'missing') : undefined;
  }
  if (ServerError.is(error) && error.statusCode === 401) return 'expired';
  return undefined;
}

/**
 * Apollo Client for the gateway on the same origin: queries and mutations over HTTP with the
 * session cookie, subscriptions over graphql-ws (connected only when one is used, and
 * reconnecting with backoff).
 */
export function createApolloClient({ onUnauthenticated }: ClientOptions) {
  const http = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });
  const wsUrl = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`;
  const ws = new GraphQLWsLink(
    createClient({ url: wsUrl, lazy: true, retryAttempts: Infinity, shouldRetry: () => true }),
  );
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
  return new ApolloClient({
    link: ApolloLink.from([errors, transport]),
    cache: new InMemoryCache(),
  });
}
