import { createPubSub, type PubSub } from '@graphql-yoga/subscription';

/** In-process fan-out of the NOTIFY channels a subgraph listens on (one LISTEN per channel). */
export type LivePubSub = PubSub<Record<string, [unknown]>>;

export function createLivePubSub(): LivePubSub {
  return createPubSub<Record<string, [unknown]>>();
}
