import { type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

/** Values in the variables: every list item and every input object counts one, like a field. */
export function variableCost(value: unknown): number {
  if (Array.isArray(value))
    return value.reduce<number>((sum, item) => sum + 1 + variableCost(item), 0);
  if (typeof value === 'object' && value !== null)
    return Object.values(value).reduce<number>((sum, item) => sum + variableCost(item), 0);
  return 0;
}

/**
 * graphql-armor's cost counts the document only, so a short query with 20,000 ids in its variables
 * passed (issue 14 item 6). This plugin counts list items and input objects in the variables against
 * the same limit, before any subgraph is asked.
 */
export function variableCostLimit<TContext extends object>(
  maxCost: number,
): ApolloServerPlugin<TContext> {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ request }) => {
        const cost = variableCost(request.variables);
        if (cost > maxCost)
          throw new GraphQLError(
            `Query Cost limit of ${maxCost} exceeded: the variables hold ${cost} list items and objects`,
            { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } },
          );
      },
    }),
  };
}
