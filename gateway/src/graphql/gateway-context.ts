import { type Identity, type Logger } from '@casework/kit';
import { type RequestUsage } from '../api-clients/api-client-gate.js';

export interface GatewayContext {
  identity: Identity;
  requestId: string;
  logger: Logger;
  /** Signed once per request, then sent with every subgraph fetch of that request. */
  internalToken?: Promise<string>;
  /** An API client's request: counted as errored when the answer holds errors. */
  usage?: RequestUsage;
}
