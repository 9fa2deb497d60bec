import {
  buildOperationContext,
  executeQueryPlan,
  type GraphQLDataSource,
  type ServiceMap,
} from '@apollo/gateway';
import { operationFromDocument, type Schema, Supergraph } from '@apollo/federation-internals';
import { type FetchNode, type PlanNode, QueryPlanner } from '@apollo/query-planner';
import { type Identity, type Logger, signInternalToken } from '@casework/kit';
import {
  type DocumentNode,
  type ExecutionResult,
  type FormattedExecutionResult,
  GraphQLError,
  type GraphQLSchema,
} from 'graphql';
import { type Client, createClient } from 'graphql-ws';
import { type GatewayContext } from '../graphql/gateway-context.js';

/** The name under which an event's data enters the query plan, in place of the subgraph fetch. */
const EVENT_SOURCE = '__subscription_event__';

export interface SubscriptionRequest {
  document: DocumentNode;
  operationName?: string | null;
  variables: Record<string, unknown>;
  identity: Identity;
  requestId: string;
}

/** Hands the event the subgraph pushed to the query plan as if it were the primary fetch's response. */
class EventDataSource implements GraphQLDataSource<GatewayContext> {
  constructor(private readonly event: FormattedExecutionResult) {}
  process() {
    return Promise.resolve({
      data: this.event.data ?? null,
      errors: this.event.errors,
    } as ExecutionResult as never);
  }
}

/**
 * Subscriptions through the federation (DESIGN.md, Live updates). @apollo/query-planner plans a
 * subscription as a primary fetch (the root field, with the owning subgraph's part of the selection
 * and the keys of entities from other subgraphs) and the rest (entity fetches from the others).
 * The primary fetch is sent to the owning subgraph as a graphql-ws subscription; for each event,
 * the gateway's own query-plan executor runs the whole plan with the event in place of the primary
 * fetch, so the rest is fetched, merged and shaped exactly as for a query.
 */
export class FederatedSubscriptions {
  private readonly supergraph: Supergraph;
  private readonly apiSchema: Schema;
  private readonly planner: QueryPlanner;
  private readonly supergraphSchema: GraphQLSchema;
  readonly schema: GraphQLSchema;

  constructor(
    supergraphSdl: string,
    private readonly services: ServiceMap,
    private readonly subgraphUrls: Record<string, string>,
    private readonly internalSecret: string,
    private readonly logger: Logger,
  ) {
    this.supergraph = Supergraph.build(supergraphSdl);
    this.apiSchema = this.supergraph.apiSchema();
    this.schema = this.apiSchema.toGraphQLJSSchema();
    this.supergraphSchema = this.supergraph.schema.toGraphQLJSSchema();
    this.planner = new QueryPlanner(this.supergraph);
  }

  /** Plans the subscription; throws a GraphQLError when it is not one the graph can serve. */
  private plan(request: SubscriptionRequest) {
    const operation = operationFromDocument(this.apiSchema, request.document, {
      operationName: request.operationName ?? undefined,
    });
    const plan = this.planner.buildQueryPlan(operation);
    if (plan.node?.kind !== 'Subscription') {
      throw new GraphQLError(
        'Only subscriptions are served over graphql-ws; send queries and mutations to POST /graphql',
        {
          extensions: { code: 'BAD_REQUEST' },
        },
      );
    }
    return plan.node;
  }

  /**
   * The client's subscription as a stream of results. The upstream subscription is one graphql-ws
   * connection to the owning subgraph, carrying the user's identity in a fresh internal token at
   * every (re)connection; it ends when the client unsubscribes.
   */
  subscribe(request: SubscriptionRequest): AsyncGenerator<ExecutionResult> {
    const node = this.plan(request);
    const { primary, rest } = node;
    const url = this.subgraphUrls[primary.serviceName];
    if (!url) throw new Error(`no URL for subgraph ${primary.serviceName}`);
    const upstream = createClient({
      url: url.replace(/^http/, 'ws'),
      lazy: true,
      // A subgraph restart: reconnect and resubscribe (graphql-ws backs off); after that the client's own retry takes over.
      retryAttempts: 5,
      connectionParams: async () => ({
        authorization: `Internal ${await signInternalToken(request.identity, this.internalSecret)}`,
        requestId: request.requestId,
      }),
    });
    const eventFetch: FetchNode = { ...primary, serviceName: EVENT_SOURCE };
    const planForEvent: PlanNode = rest
      ? { kind: 'Sequence', nodes: [eventFetch, rest] }
      : eventFetch;
    const variables = pick(request.variables, primary.variableUsages);
    return this.stream(upstream, primary, variables, (event) =>
      this.complete(request, planForEvent, event),
    );
  }

  /** Runs the plan for one event: the event stands for the primary fetch, the rest is fetched as for a query. */
  private async complete(
    request: SubscriptionRequest,
    plan: PlanNode,
    event: FormattedExecutionResult,
  ): Promise<ExecutionResult> {
    const operationContext = buildOperationContext({
      schema: this.schema,
      operationDocument: request.document,
      operationName: request.operationName ?? undefined,
    });
    // A fresh context per event: its internal token is signed now, never one that may have expired.
    const context: GatewayContext = {
      identity: request.identity,
      requestId: request.requestId,
      logger: this.logger.child({ requestId: request.requestId, user: request.identity.id }),
    };
    const requestContext = {
      request: { variables: request.variables },
      context,
      logger: this.logger,
      metrics: {},
      cache: undefined,
      schema: this.schema,
      document: request.document,
    } as unknown as Parameters<typeof executeQueryPlan>[2];
    const result = await executeQueryPlan(
      { kind: 'QueryPlan', node: plan },
      { ...this.services, [EVENT_SOURCE]: new EventDataSource(event) },
      requestContext,
      operationContext,
      this.supergraphSchema,
      this.apiSchema,
    );
    return result as ExecutionResult;
  }

  /** Bridges the upstream graphql-ws sink to an async generator that ends (and unsubscribes) with the client. */
  private async *stream(
    upstream: Client,
    primary: FetchNode,
    variables: Record<string, unknown>,
    complete: (event: FormattedExecutionResult) => Promise<ExecutionResult>,
  ): AsyncGenerator<ExecutionResult> {
    const queue: ({ event: FormattedExecutionResult } | { error: unknown } | { done: true })[] = [];
    let wake: (() => void) | undefined;
    const push = (item: (typeof queue)[number]) => {
      queue.push(item);
      wake?.();
    };
    const dispose = upstream.subscribe(
      { query: primary.operation, variables, operationName: primary.operationName },
      {
        next: (event) => push({ event: event as FormattedExecutionResult }),
        error: (error) => push({ error }),
        complete: () => push({ done: true }),
      },
    );
    try {
      for (;;) {
        while (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
        const item = queue.shift()!;
        if ('done' in item) return;
        if ('error' in item) {
          yield { errors: [upstreamError(primary.serviceName, item.error)] };
          return;
        }
        // Errors without data (such as FORBIDDEN at subscribe) pass on as they are; the subgraph then completes.
        if (!item.event.data) {
          yield { errors: (item.event.errors ?? []).map(toGraphQLError) };
          continue;
        }
        yield await complete(item.event);
      }
    } finally {
      dispose();
      void upstream.dispose();
    }
  }
}

function pick(
  values: Record<string, unknown>,
  names: string[] | undefined,
): Record<string, unknown> {
  return Object.fromEntries((names ?? []).filter((n) => n in values).map((n) => [n, values[n]]));
}

function toGraphQLError(error: { message: string; extensions?: Record<string, unknown> }) {
  return new GraphQLError(error.message, { extensions: error.extensions });
}

function upstreamError(serviceName: string, error: unknown): GraphQLError {
  if (Array.isArray(error) && error.length > 0)
    return toGraphQLError(error[0] as { message: string });
  return new GraphQLError(
    `The ${serviceName} service is unavailable; the subscription has ended, subscribe again`,
    { extensions: { code: 'SERVICE_UNAVAILABLE', serviceName } },
  );
}
