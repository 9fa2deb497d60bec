import { type EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import { sqlExecutor } from '../database/sql-executor.js';
import { type Logger } from '../logging/logger.js';

const CHANNEL = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Publishes an event with PostgreSQL NOTIFY in the caller's transaction. PostgreSQL delivers it
 * only when that transaction commits (never for a rollback), to listeners on every replica.
 * Payloads are small (ids and kinds); PostgreSQL limits them to 8000 bytes.
 */
export async function publishEvent(
  em: EntityManager,
  channel: string,
  payload: object,
): Promise<void> {
  if (!CHANNEL.test(channel)) throw new Error(`Invalid event channel: ${channel}`);
  await sqlExecutor(em).executeSql('select pg_notify($1, $2)', [channel, JSON.stringify(payload)]);
}

export interface EventSubscription {
  close(): Promise<void>;
}

/** LISTENs on a channel with its own connection and reconnects with backoff if it drops. */
export async function subscribeEvents<T>(
  databaseUrl: string,
  channel: string,
  handler: (payload: T) => void,
  logger: Logger,
): Promise<EventSubscription> {
  if (!CHANNEL.test(channel)) throw new Error(`Invalid event channel: ${channel}`);
  let client: pg.Client | undefined;
  let closed = false;
  let delay = 250;
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: databaseUrl });
    next.on('notification', (message) => {
      if (message.channel !== channel || !message.payload) return;
      try {
        handler(JSON.parse(message.payload) as T);
      } catch (error) {
        logger.error({ err: error, channel }, 'event handler failed');
      }
    });
    next.on('error', (error) => {
      logger.warn({ err: error, channel }, 'event connection lost; reconnecting');
      void next.end().catch(() => undefined);
      if (!closed) setTimeout(() => void reconnect(), delay);
    });
    await next.connect();
    await next.query(`listen ${channel}`);
    client = next;
    delay = 250;
  };
  const reconnect = async () => {
    try {
      await connect();
    } catch {
      delay = Math.min(delay * 2, 10_000);
      if (!closed) setTimeout(() => void reconnect(), delay);
    }
  };
  await connect();
  return {
    close: async () => {
      closed = true;
      await client?.end().catch(() => undefined);
    },
  };
}
