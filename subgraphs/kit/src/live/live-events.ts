import { filter, pipe } from '@graphql-yoga/subscription';
import { LoaderRegistry } from '../context/loaders.js';
import { type RequestContext } from '../context/request-context.js';
import { type EventSubscription, subscribeEvents } from '../events/pg-events.js';
import { type Logger } from '../logging/logger.js';
import { type LivePubSub } from './live-pubsub.js';

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
 * The events of a channel that the subscriber may receive, for a type-graphql `subscribe`. Built
 * from pub/sub operators, so the subscription ends at once when the client unsubscribes (an
 * async generator would wait for its next accepted event).
 */
export function liveEvents<T>(
  ctx: RequestContext,
  channel: string,
  accept: (event: T) => boolean,
): AsyncIterable<T> {
  if (!ctx.live) throw new Error('this subgraph serves no live events');
  return pipe(
    ctx.live.subscribe(channel),
    filter((event: unknown) => accept(event as T)),
  ) as AsyncIterable<T>;
}

/**
 * A subscription keeps its context for its whole life; each event's fields are read with a fresh
 * EntityManager fork and DataLoaders, as they are now, not from a cache. Called first by every
 * subscription field's resolver (graphql-js completes one event before it takes the next).
 */
export function renewForEvent<C extends RequestContext>(ctx: C): C {
  ctx.em = ctx.em.fork();
  ctx.loaders = new LoaderRegistry();
  return ctx;
}
