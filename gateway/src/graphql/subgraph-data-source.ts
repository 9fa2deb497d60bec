import { STATUS_CODES } from 'node:http';
import { type GraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { REQUEST_ID_HEADER, signInternalToken } from '@casework/kit';
import { GraphQLError } from 'graphql';
import { Pool } from 'undici';
import { type GatewayContext } from './gateway-context.js';

type SubgraphResponse = Awaited<ReturnType<GraphQLDataSource<GatewayContext>['process']>>;

/** Keep-alive connections to one subgraph; more requests than this wait in the pool's queue. */
const CONNECTIONS_PER_SUBGRAPH = 128;

/**
 * Calls one subgraph with the caller's identity signed by the internal secret and the request id.
 * Written against @apollo/gateway's `GraphQLDataSource` interface on an undici pool instead of
 * extending `RemoteGraphQLDataSource`: that one builds node-fetch `Headers` and a node-fetch
 * `Request` (for its error hook) on every call and reads the body through WHATWG streams, which
 * made the subgraph client the gateway's largest cost after result merging (issue 15 profiles).
 * Answers are the same: non-2xx statuses become `<status>: <text>` errors with the response body
 * (UNAUTHENTICATED on 401, FORBIDDEN on 403), and a subgraph that cannot be reached or answers 5xx
 * becomes SERVICE_UNAVAILABLE naming it while the other subgraphs' data stays.
 */
export class SubgraphDataSource implements GraphQLDataSource<GatewayContext> {
  private readonly pool: Pool;
  private readonly path: string;

  constructor(
    private readonly serviceName: string,
    readonly url: string,
    private readonly internalSecret: string,
  ) {
    const parsed = new URL(url);
    this.path = `${parsed.pathname}${parsed.search}`;
    this.pool = new Pool(parsed.origin, { connections: CONNECTIONS_PER_SUBGRAPH });
  }

  async process({
    request,
    context,
  }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphResponse> {
    if (!request.query) throw new Error('Missing query');
    const headers: Record<string, string> = {};
    for (const [name, value] of request.http?.headers ?? []) headers[name] = value;
    headers['content-type'] = 'application/json';
    const ctx = context as Partial<GatewayContext>;
    if (ctx.identity) {
      ctx.internalToken ??= signInternalToken(ctx.identity, this.internalSecret);
      headers.authorization = `Internal ${await ctx.internalToken}`;
    }
    if (ctx.requestId) headers[REQUEST_ID_HEADER] = ctx.requestId;
    const body = JSON.stringify({
      query: request.query,
      variables: request.variables,
      operationName: request.operationName,
      extensions: request.extensions,
    });
    let status: number | undefined;
    try {
      const response = await this.pool.request({ path: this.path, method: 'POST', headers, body });
      status = response.statusCode;
      const text = await response.body.text();
      if (status < 200 || status >= 300) throw this.errorFromResponse(status, text);
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new Error(`Expected JSON response body, but received: ${text.slice(0, 200)}`);
      return parsed as SubgraphResponse;
    } catch (error) {
      throw this.failure(error instanceof Error ? error : new Error(String(error)), status);
    }
  }

  /** What `RemoteGraphQLDataSource.errorFromResponse` made of a non-2xx answer. */
  private errorFromResponse(status: number, text: string): GraphQLError {
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // Not JSON: the text itself, as Apollo's data source keeps it.
    }
    const code = status === 401 ? 'UNAUTHENTICATED' : status === 403 ? 'FORBIDDEN' : undefined;
    const statusText = STATUS_CODES[status] ?? '';
    return new GraphQLError(`${status}: ${statusText}`, {
      extensions: {
        response: { url: this.url, status, statusText, body },
        ...(code ? { code } : {}),
      },
    });
  }

  /** A subgraph that cannot be reached becomes an error naming it; the other subgraphs' data stays. */
  private failure(error: Error, status: number | undefined): Error {
    if (status === undefined || status >= 500)
      return new GraphQLError(
        `The ${this.serviceName} service is unavailable; its data is missing from this response`,
        {
          extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: this.serviceName },
          originalError: error,
        },
      );
    return error;
  }

  /** Closes the keep-alive connections (at the gateway's stop). */
  close(): Promise<void> {
    return this.pool.close();
  }
}
