import { type JobQueue, sqlExecutor } from '@casework/kit';
import {
  type IntegrationEventType,
  type IntegrationEventV1,
  WEBHOOK_DELIVERY_QUEUE,
} from '@casework/contracts';
import { type EntityManager, type MikroORM } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { type WebhookSecretBox } from './webhook-secret-box.js';
import { newWebhookSecret } from './webhook-signature.js';

export type DeliveryStatus = 'PENDING' | 'RETRYING' | 'DELIVERED' | 'DEAD';

export interface WebhookView {
  id: string;
  clientId: string;
  clientName: string;
  url: string;
  eventTypes: IntegrationEventType[];
  createdBy: string;
  createdAt: Date;
  deliveries: Record<DeliveryStatus, number>;
}

export interface DeliveryAttemptView {
  attemptedAt: Date;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

export interface DeliveryView {
  id: string;
  eventId: string;
  eventType: string;
  status: DeliveryStatus;
  attempts: DeliveryAttemptView[];
  createdAt: Date;
  lastAttemptAt: Date | null;
  deliveredAt: Date | null;
  deadAt: Date | null;
}

/** What one HTTP attempt gave: a status code, or why there was none. */
export interface AttemptResult {
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  /** No retry can succeed (the address is internal): the delivery is dead-lettered at once. */
  permanent?: boolean;
}

export type Sender = (target: {
  url: string;
  secret: string;
  eventId: string;
  body: string;
}) => Promise<AttemptResult>;

/** Retry policy of delivery jobs (pg-boss doubles the delay after each failure). */
export interface RetryPolicy {
  maxAttempts: number;
  retryDelaySeconds: number;
  retryDelayMaxSeconds: number;
}

type Row = Record<string, unknown>;
const date = (v: unknown) => (v == null ? null : new Date(String(v)));

/**
 * Webhook subscriptions, deliveries and attempts (issue 17) in the gateway's own schema. A
 * delivery is one event for one subscription, created once (unique per subscription and event)
 * and sent by jobs; each HTTP attempt is recorded so administrators see why one failed.
 */
export class WebhookStore {
  constructor(
    private readonly orm: MikroORM,
    private readonly box: WebhookSecretBox,
    private readonly retry: RetryPolicy,
  ) {}

  private sql(em: EntityManager = this.orm.em.fork()) {
    return sqlExecutor(em);
  }

  async create(input: {
    clientId: string;
    url: string;
    eventTypes: IntegrationEventType[];
    createdBy: string;
  }): Promise<{ webhook: WebhookView; secret: string }> {
    const secret = newWebhookSecret();
    const id = randomUUID();
    await this.sql().executeSql(
      `insert into identity.webhook_subscription (id, client_id, url, event_types, secret_sealed, created_by)
       values ($1, $2, $3, $4, $5, $6)`,
      [id, input.clientId, input.url, input.eventTypes, this.box.seal(secret), input.createdBy],
    );
    const [webhook] = await this.list({ id });
    if (!webhook) throw new Error('the webhook just stored was not found');
    return { webhook, secret };
  }

  /** Active subscriptions, all or one client's, with how many deliveries are in each state. */
  async list(filter: { clientId?: string; id?: string } = {}): Promise<WebhookView[]> {
    const { rows } = await this.sql().executeSql(
      `select s.id, s.client_id, c.name as client_name, s.url, s.event_types, s.created_by, s.created_at,
              count(d.id) filter (where d.status = 'PENDING') as pending,
              count(d.id) filter (where d.status = 'RETRYING') as retrying,
              count(d.id) filter (where d.status = 'DELIVERED') as delivered,
              count(d.id) filter (where d.status = 'DEAD') as dead
       from identity.webhook_subscription s
       join identity.api_client c on c.id = s.client_id
       left join identity.webhook_delivery d on d.subscription_id = s.id
       where s.deleted_at is null and ($1::uuid is null or s.client_id = $1) and ($2::uuid is null or s.id = $2)
       group by s.id, c.name
       order by s.created_at desc`,
      [filter.clientId ?? null, filter.id ?? null],
    );
    return rows.map((r) => ({
      id: String(r.id),
      clientId: String(r.client_id),
      clientName: String(r.client_name),
      url: String(r.url),
      eventTypes: r.event_types as IntegrationEventType[],
      createdBy: String(r.created_by),
      createdAt: new Date(String(r.created_at)),
      deliveries: {
        PENDING: Number(r.pending),
        RETRYING: Number(r.retrying),
        DELIVERED: Number(r.delivered),
        DEAD: Number(r.dead),
      },
    }));
  }

  /** Stops deliveries to the subscription; its deliveries stay listed. */
  async remove(id: string, clientId?: string): Promise<boolean> {
    const { rows } = await this.sql().executeSql(
      `update identity.webhook_subscription set deleted_at = now()
       where id = $1 and deleted_at is null and ($2::uuid is null or client_id = $2) returning id`,
      [id, clientId ?? null],
    );
    return rows.length > 0;
  }

  /** The newest 100 deliveries of a subscription, each with its attempts. */
  async deliveries(subscriptionId: string): Promise<DeliveryView[]> {
    const sql = this.sql();
    const { rows } = await sql.executeSql(
      `select * from identity.webhook_delivery where subscription_id = $1
       order by created_at desc, id limit 100`,
      [subscriptionId],
    );
    const { rows: attempts } = await sql.executeSql(
      `select * from identity.webhook_attempt where delivery_id = any($1::uuid[])
       order by attempted_at, id`,
      [rows.map((r) => r.id)],
    );
    return rows.map((r) => ({
      id: String(r.id),
      eventId: String(r.event_id),
      eventType: String(r.event_type),
      status: r.status as DeliveryStatus,
      attempts: attempts
        .filter((a) => a.delivery_id === r.id)
        .map((a) => ({
          attemptedAt: new Date(String(a.attempted_at)),
          statusCode: a.status_code == null ? null : Number(a.status_code),
          error: a.error == null ? null : String(a.error),
          durationMs: Number(a.duration_ms),
        })),
      createdAt: new Date(String(r.created_at)),
      lastAttemptAt: date(r.last_attempt_at),
      deliveredAt: date(r.delivered_at),
      deadAt: date(r.dead_at),
    }));
  }

  /**
   * One delivery per active subscription of the event's type whose client may read it (holds
   * `scope`), each queued as a job in the same transaction; a repeated event adds nothing.
   */
  async fanOut(event: IntegrationEventV1, scope: string, jobs: JobQueue): Promise<number> {
    const body = JSON.stringify({
      id: event.eventId,
      type: event.type,
      occurredAt: event.occurredAt,
      data: event.data,
    });
    return this.orm.em.fork().transactional(async (em) => {
      const { rows } = await this.sql(em).executeSql(
        `insert into identity.webhook_delivery (id, subscription_id, event_id, event_type, body, status, dead_after)
         select gen_random_uuid(), s.id, $1::uuid, $2::text, $3::text, 'PENDING', $5::int
         from identity.webhook_subscription s join identity.api_client c on c.id = s.client_id
         where s.deleted_at is null and $2::text = any(s.event_types)
           and c.revoked_at is null and c.expires_at > now() and $4::text = any(c.scopes)
         on conflict on constraint webhook_delivery_once do nothing
         returning id`,
        [event.eventId, event.type, body, scope, this.retry.maxAttempts],
      );
      for (const row of rows) await this.enqueue(em, jobs, String(row.id), String(row.id));
      return rows.length;
    });
  }

  private enqueue(em: EntityManager, jobs: JobQueue, deliveryId: string, jobId: string) {
    const { maxAttempts, retryDelaySeconds, retryDelayMaxSeconds } = this.retry;
    return jobs.enqueue(
      em,
      WEBHOOK_DELIVERY_QUEUE,
      { deliveryId },
      {
        id: jobId,
        // Our own attempt count decides when a delivery is dead; pg-boss only spaces the retries.
        retryLimit: maxAttempts + 2,
        retryDelay: retryDelaySeconds,
        retryBackoff: true,
        retryDelayMax: retryDelayMaxSeconds,
      },
    );
  }

  /**
   * Sends a dead (or delivered) delivery again with a fresh budget of attempts, under the same
   * event id so receivers still drop duplicates. Refused while it is still being attempted.
   */
  async redeliver(
    deliveryId: string,
    clientId: string | undefined,
    jobs: JobQueue,
  ): Promise<'not-found' | 'in-progress' | DeliveryView> {
    const outcome = await this.orm.em.fork().transactional(async (em) => {
      const { rows } = await this.sql(em).executeSql(
        `select d.status, d.subscription_id from identity.webhook_delivery d
         join identity.webhook_subscription s on s.id = d.subscription_id
         where d.id = $1 and ($2::uuid is null or s.client_id = $2) for update of d`,
        [deliveryId, clientId ?? null],
      );
      const row = rows[0];
      if (!row) return 'not-found' as const;
      if (row.status === 'PENDING' || row.status === 'RETRYING') return 'in-progress' as const;
      await this.sql(em).executeSql(
        `update identity.webhook_delivery set status = 'PENDING', dead_at = null,
           dead_after = attempts + $2::int where id = $1`,
        [deliveryId, this.retry.maxAttempts],
      );
      await this.enqueue(em, jobs, deliveryId, randomUUID());
      return String(row.subscription_id);
    });
    if (outcome === 'not-found' || outcome === 'in-progress') return outcome;
    const delivery = (await this.deliveries(outcome)).find((d) => d.id === deliveryId);
    if (!delivery) throw new Error('the delivery just redelivered was not found');
    return delivery;
  }

  /**
   * One attempt of a delivery, holding its row so two jobs never send it at once: records the
   * attempt and returns the new status (RETRYING tells the job to fail and be retried).
   */
  async attempt(deliveryId: string, send: Sender): Promise<DeliveryStatus | 'skipped'> {
    return this.orm.em.fork().transactional(async (em) => {
      const sql = this.sql(em);
      const { rows } = await sql.executeSql(
        `select d.status, d.event_id, d.body, d.attempts, d.dead_after, s.url, s.secret_sealed,
                s.deleted_at is null and c.revoked_at is null and c.expires_at > now() as active
         from identity.webhook_delivery d
         join identity.webhook_subscription s on s.id = d.subscription_id
         join identity.api_client c on c.id = s.client_id
         where d.id = $1 for update of d`,
        [deliveryId],
      );
      const row: Row | undefined = rows[0];
      if (!row || row.status === 'DELIVERED' || row.status === 'DEAD') return 'skipped';
      if (row.active !== true) {
        // The subscription was removed or its client revoked: nothing more goes out.
        await sql.executeSql(
          `update identity.webhook_delivery set status = 'DEAD', dead_at = now() where id = $1`,
          [deliveryId],
        );
        return 'DEAD';
      }
      const result = await send({
        url: String(row.url),
        secret: this.box.open(String(row.secret_sealed)),
        eventId: String(row.event_id),
        body: String(row.body),
      });
      const ok = result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300;
      const attempts = Number(row.attempts) + 1;
      const status: DeliveryStatus = ok
        ? 'DELIVERED'
        : result.permanent || attempts >= Number(row.dead_after)
          ? 'DEAD'
          : 'RETRYING';
      await sql.executeSql(
        `insert into identity.webhook_attempt (id, delivery_id, status_code, error, duration_ms)
         values ($1, $2, $3, $4, $5)`,
        [
          randomUUID(),
          deliveryId,
          result.statusCode,
          result.error?.slice(0, 500) ?? null,
          result.durationMs,
        ],
      );
      await sql.executeSql(
        `update identity.webhook_delivery set status = $2::text, attempts = $3::int, last_attempt_at = now(),
           delivered_at = case when $2::text = 'DELIVERED' then now() else delivered_at end,
           dead_at = case when $2::text = 'DEAD' then now() else null end
         where id = $1`,
        [deliveryId, status, attempts],
      );
      return status;
    });
  }
}
