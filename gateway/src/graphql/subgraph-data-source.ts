import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { REQUEST_ID_HEADER, signInternalToken } from '@casework/kit';
import { GraphQLError } from 'graphql';
import { type GatewayContext } from './gateway-context.js';

type SendOptions = Pick<GraphQLDataSourceProcessOptions<GatewayContext>, 'request' | 'context'>;

/** Calls one subgraph with the caller's identity signed by the internal secret and the request id. */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly serviceName: string,
    url: string,
    private readonly internalSecret: string,
  ) {
    super({ url });
  }

  override async willSendRequest({ request, context }: SendOptions): Promise<void> {
    const ctx = context as Partial<GatewayContext>;
    if (!ctx.identity || !request.http) return;
    ctx.internalToken ??= signInternalToken(ctx.identity, this.internalSecret);
    request.http.headers.set('authorization', `Internal ${await ctx.internalToken}`);
    if (ctx.requestId) request.http.headers.set(REQUEST_ID_HEADER, ctx.requestId);
  }

  /** A subgraph that cannot be reached becomes an error naming it; the other subgraphs' data stays. */
  override didEncounterError(error: Error, _req: unknown, response?: { status: number }): void {
    if (!response || response.status >= 500) {
      throw new GraphQLError(
        `The ${this.serviceName} service is unavailable; its data is missing from this response`,
        {
          extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: this.serviceName },
          originalError: error,
        },
      );
    }
    throw error;
  }
}
