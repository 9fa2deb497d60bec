import {
  buildOperationContext,
  executeQueryPlan,
  type GraphQLDataSource,
  type ServiceMap,
} from '@apollo/gateway';
import { operationFromDocument, type Schema, Supergraph } from '@apollo/federation-internals';
import { type FetchNode, type PlanNode, QueryPlanner } from '@apollo/query-planner';
import {
  GATEWAY_SYSTEM_IDENTITY,
  type Identity,
  type Logger,
  signInternalToken,
} from '@casework/kit';
import {
  type DocumentNode,
  type ExecutionResult,
  type FormattedExecutionResult,
  GraphQLError,
  type GraphQLSchema,
} from 'graphql';
import { type Client, createClient } from 'graphql-ws';
import { Repeater } from '@repeaterjs/repeater';
import { type GatewayContext } from '../graphql/gateway-context.js';

/** The name under which an event's data enters the query plan, in place of the subgraph fetch. */
const EVENT_SOURCE = '__subscription_event__';
const MAX_RETRIES = 8;

/** Who opens the multiplexed connections to subgraphs; each subscription carries its user's identity. */

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
  private readonly clients = new Map<string, Client>();
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
   * The client's subscription as a stream of results. The primary fetch is subscribed on the
   * gateway's one multiplexed connection to the owning subgraph, with the user's identity in a
   * freshly signed internal token; when that connection drops (the subgraph restarts), it
   * resubscribes with backoff and a new token. The stream ends when the client unsubscribes.
   */
  subscribe(request: SubscriptionRequest): AsyncIterableIterator<ExecutionResult> {
    const { primary, rest } = this.plan(request);
    const upstream = this.upstream(primary.serviceName);
    const eventFetch: FetchNode = { ...primary, serviceName: EVENT_SOURCE };
    const planForEvent: PlanNode = rest
      ? { kind: 'Sequence', nodes: [eventFetch, rest] }
      : eventFetch;
    const variables = pick(request.variables, primary.variableUsages);
    const complete = (event: FormattedExecutionResult): Promise<ExecutionResult> =>
      event.data
        ? this.complete(request, planForEvent, event).catch((error: unknown) => ({
            errors: [
              new GraphQLError('The event could not be completed', {
                originalError: error as Error,
              }),
            ],
          }))
        : // Errors without data (such as FORBIDDEN at subscribe) pass on as they are.
          Promise.resolve({ errors: (event.errors ?? []).map(toGraphQLError) });

    return new Repeater<ExecutionResult>(async (push, stop) => {
      let stopped = false;
      let dispose = () => undefined as void;
      let retries = 0;
      const start = async () => {
        const token = await signInternalToken(request.identity, this.internalSecret);
        if (stopped) return;
        dispose = upstream.subscribe(
          {
            query: primary.operation,
            variables,
            operationName: primary.operationName,
            extensions: { authorization: `Internal ${token}`, requestId: request.requestId },
          },
          {
            next: (event) => {
              retries = 0;
              void push(complete(event as FormattedExecutionResult));
            },
            error: (error) => {
              if (stopped) return;
              // Operation errors come as an array; anything else is the connection: retry.
              if (!Array.isArray(error) && retries < MAX_RETRIES) {
                setTimeout(() => void start(), Math.min(250 * 2 ** retries++, 5000));
                return;
              }
              void push({ errors: [upstreamError(primary.serviceName, error)] });
              stop();
            },
            complete: () => stop(),
          },
        );
      };
      await start();
      await stop;
      stopped = true;
      dispose();
    });
  }

  /** The gateway's graphql-ws connection to a subgraph, shared by all its subscriptions there. */
  private upstream(serviceName: string): Client {
    let client = this.clients.get(serviceName);
    if (!client) {
      const url = this.subgraphUrls[serviceName];
      if (!url) throw new Error(`no URL for subgraph ${serviceName}`);
      client = createClient({
        url: url.replace(/^http/, 'ws'),
        lazy: true,
        lazyCloseTimeout: 1000,
        // Each subscription retries on its own, with a fresh token (above).
        retryAttempts: 0,
        connectionParams: async () => ({
          authorization: `Internal ${await signInternalToken(GATEWAY_SYSTEM_IDENTITY, this.internalSecret)}`,
        }),
      });
      this.clients.set(serviceName, client);
    }
    return client;
  }

  /** Closes the upstream connections (at shutdown). */
  async close(): Promise<void> {
    await Promise.all([...this.clients.values()].map((client) => client.dispose()));
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
