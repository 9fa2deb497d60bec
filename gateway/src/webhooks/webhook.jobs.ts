import { type JobQueue, type Logger } from '@casework/kit';
import {
  assertContractVersion,
  INTEGRATION_EVENT_TYPES,
  INTEGRATION_EVENTS_QUEUE,
  type IntegrationEventV1,
  WEBHOOK_DELIVERY_QUEUE,
} from '@casework/contracts';
import { type Sender, type WebhookStore } from './webhook.store.js';

/**
 * The gateway's webhook workers (issue 17): domain events become one delivery per subscribed
 * endpoint; each delivery job makes one attempt and fails while the endpoint does, so pg-boss
 * retries it with backoff until the delivery's attempts are spent (then it is dead).
 */
export async function startWebhookWorkers(
  jobs: JobQueue,
  store: WebhookStore,
  send: Sender,
  logger: Logger,
): Promise<void> {
  await jobs.work<IntegrationEventV1>(INTEGRATION_EVENTS_QUEUE, async (event) => {
    assertContractVersion(INTEGRATION_EVENTS_QUEUE, event, 1);
    const scope = INTEGRATION_EVENT_TYPES[event.type] as string | undefined;
    if (!scope) throw new Error(`${INTEGRATION_EVENTS_QUEUE}: unknown event type ${event.type}`);
    const created = await store.fanOut(event, scope, jobs);
    if (created)
      logger.info({ eventId: event.eventId, deliveries: created }, 'webhook deliveries queued');
  });
  await jobs.work<{ deliveryId: string }>(WEBHOOK_DELIVERY_QUEUE, async ({ deliveryId }) => {
    const status = await store.attempt(deliveryId, send);
    if (status === 'DEAD') logger.warn({ deliveryId }, 'webhook delivery dead-lettered');
    if (status === 'RETRYING') throw new Error(`webhook delivery ${deliveryId} failed; retrying`);
  });
}
