import { type Identity, type Logger } from '@casework/kit';

export interface GatewayContext {
  identity: Identity;
  requestId: string;
  logger: Logger;
  /** Signed once per request, then sent with every subgraph fetch of that request. */
  internalToken?: Promise<string>;
}
