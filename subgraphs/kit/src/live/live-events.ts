import { createPubSub, type PubSub } from '@graphql-yoga/subscription';
import { LoaderRegistry, type RequestContext } from '../context/request-context.js';
import { type EventSubscription, subscribeEvents } from '../events/pg-events.js';
import { type Logger } from '../logging/logger.js';

/** In-process fan-out of the NOTIFY channels a subgraph listens on (one LISTEN per channel). */
export type LivePubSub = PubSub<Record<string, [unknown]>>;

export function createLivePubSub(): LivePubSub {
  return createPubSub<Record<string, [unknown]>>();
}

/** Relays every NOTIFY on the channels into the process's pub/sub; the events come from any replica. */
export async function relayEvents(
  databaseUrl: string,
  channels: readonly string[],
  pubSub: LivePubSub,
  logger: Logger,
): Promise<EventSubscription> {
  const subscriptions = await Promise.all(
    channels.map((channel) =>
      subscribeEvents<unknown>(
        databaseUrl,
        channel,
        (payload) => pubSub.publish(channel, payload),
        logger,
      ),
    ),
  );
  return { close: async () => void (await Promise.all(subscriptions.map((s) => s.close()))) };
}

/**
 * The events of a channel that the subscriber may receive, for a type-graphql `subscribe`.
 * A subscription keeps its context for its whole life, so each event gets a fresh EntityManager
 * fork and fresh DataLoaders: the event's fields are read as they are now, not from a cache.
 */
export async function* liveEvents<T>(
  ctx: RequestContext,
  channel: string,
  accept: (event: T) => boolean,
): AsyncGenerator<T> {
  if (!ctx.live) throw new Error('this subgraph serves no live events');
  for await (const event of ctx.live.subscribe(channel)) {
    const typed = event as T;
    if (!accept(typed)) continue;
    ctx.em = ctx.em.fork();
    ctx.loaders = new LoaderRegistry();
    yield typed;
  }
}
