import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { MapperKind, mapSchema, printSchemaWithDirectives } from '@graphql-tools/utils';
import {
  defaultFieldResolver,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  getNullableType,
  parse,
} from 'graphql';
import {
  buildSchema,
  createResolversMap,
  type MiddlewareFn,
  type NonEmptyArray,
  type PubSub,
} from 'type-graphql';
import { type RequestContext } from '../context/request-context.js';
import { createLivePubSub } from '../live/live-pubsub.js';
import { describeLimit, TextInputPolicy } from '../input/text-input-policy.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql takes class constructors
export type ClassType = Function;

/** Resolves a federation entity from its key fields (`__resolveReference`). */
export type ReferenceResolver = (
  reference: { __typename: string; id: string },
  context: RequestContext,
) => Promise<object | null> | object | null;

export interface SchemaDefinition {
  resolvers: NonEmptyArray<ClassType>;
  orphanedTypes?: ClassType[];
  /** Entity reference resolvers by type name, from each feature's `*.reference.ts`. */
  references?: Record<string, ReferenceResolver>;
  /**
   * Middleware run before every root field (query, mutation, subscription event, `_entities`), for
   * a rule that holds for the whole subgraph, such as the providers subgraph's active portal
   * account: every nested field is reached through a root field, so checking there covers it.
   */
  middlewares?: MiddlewareFn<RequestContext>[];
}

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag"])';

/** type-graphql builds the schema from decorated classes; @apollo/subgraph adds federation on top. */
export async function buildFederatedSchema(
  definition: SchemaDefinition,
  pubSub: PubSub = createLivePubSub(),
): Promise<GraphQLSchema> {
  const plain = await buildSchema({
    pubSub,
    resolvers: definition.resolvers,
    orphanedTypes: definition.orphanedTypes,
    validate: {
      forbidUnknownValues: false,
      skipMissingProperties: false,
      validationError: { target: false, value: false },
    },
  });
  const policed = withPolicies(plain, definition.middlewares ?? []);
  const typeDefs = parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(policed)}`);
  const resolvers = createResolversMap(policed) as GraphQLResolverMap<RequestContext>;
  for (const [typeName, resolve] of Object.entries(definition.references ?? {})) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), __resolveReference: resolve };
  }
  return buildSubgraphSchema([{ typeDefs, resolvers }]);
}

const ROOTS = new Set(['Query', 'Mutation']);

type Resolver = GraphQLFieldResolver<unknown, RequestContext>;

/**
 * Every root query and mutation field is nullable, so one failing field (or subgraph) never nulls
 * the others' data; every String argument and input field tells its length limit (issue 14).
 * The text input policy wraps the fields that take arguments (only those receive input) and the
 * subgraph's middlewares wrap the root fields. (As type-graphql global middlewares they wrapped
 * every field of every row and made each one asynchronous: a large share of a list's CPU, issue 15.)
 */
function withPolicies(
  schema: GraphQLSchema,
  rootMiddlewares: MiddlewareFn<RequestContext>[],
): GraphQLSchema {
  const rootTypes = new Set(
    [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].map(
      (type) => type?.name,
    ),
  );
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (config, fieldName, typeName) => ({
      ...config,
      resolve: withMiddlewares(config.resolve ?? defaultFieldResolver, [
        ...(Object.keys(config.args ?? {}).length ? [TextInputPolicy] : []),
        ...(rootTypes.has(typeName) ? rootMiddlewares : []),
      ]),
      type: ROOTS.has(typeName) ? getNullableType(config.type) : config.type,
      args: Object.fromEntries(
        Object.entries(config.args ?? {}).map(([argName, arg]) => [
          argName,
          {
            ...arg,
            description: describeLimit(
              arg.type,
              `${typeName}.${fieldName}`,
              argName,
              arg.description,
            ),
          },
        ]),
      ),
    }),
    [MapperKind.INPUT_OBJECT_FIELD]: (config, fieldName, typeName) => ({
      ...config,
      description: describeLimit(config.type, typeName, fieldName, config.description),
    }),
  });
}

/** The resolver behind the middlewares, in order; unchanged (and synchronous) without any. */
function withMiddlewares(
  resolve: Resolver,
  middlewares: readonly MiddlewareFn<RequestContext>[],
): Resolver | undefined {
  if (middlewares.length === 0) return resolve === defaultFieldResolver ? undefined : resolve;
  return (root, args: Record<string, unknown>, context, info) => {
    const run = (index: number): Promise<unknown> =>
      index === middlewares.length
        ? Promise.resolve(resolve(root, args, context, info))
        : Promise.resolve(middlewares[index]!({ root, args, context, info }, () => run(index + 1)));
    return run(0);
  };
}
