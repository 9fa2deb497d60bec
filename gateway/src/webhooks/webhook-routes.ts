import { can, type Identity, type JobQueue, type Logger } from '@casework/kit';
import { INTEGRATION_EVENT_TYPES, type IntegrationEventType } from '@casework/contracts';
import express, { type Request, type Response, Router } from 'express';
import { type ActiveClient, type ApiClientStore } from '../api-clients/api-client.store.js';
import { sendError } from '../http/json-errors.js';
import { fieldProblem } from '../http/json-errors.js';
import { sendRefusal } from '../http/refusals.js';
import { resolveCaller, type TokenAuthority } from '../identity/caller.js';
import { EVENT_TYPES, isUuid, parseNewWebhook } from './webhook.input.js';
import { type WebhookStore } from './webhook.store.js';
import { checkWebhookUrl, type WebhookUrlPolicy } from './webhook-url.js';

const json = express.json({ limit: '10kb' });

/** Who manages webhooks: an agency administrator (any client's), or an API client (its own). */
type Manager =
  { admin: Identity; client?: undefined } | { admin?: undefined; client: ActiveClient };

/**
 * Webhooks of API clients (issue 17) under /auth/webhooks: GET / (subscriptions and the event
 * types), POST / (the signing secret is in this answer only), DELETE /:id, GET /:id/deliveries
 * (with their attempts) and POST /deliveries/:id/redeliver.
 */
export function webhookRoutes(deps: {
  store: WebhookStore;
  clients: ApiClientStore;
  authority: TokenAuthority;
  jobs: JobQueue;
  urlPolicy: WebhookUrlPolicy;
  logger: Logger;
}): Router {
  const { store, clients, authority, jobs, urlPolicy, logger } = deps;
  const router = Router();

  async function manager(req: Request, res: Response): Promise<Manager | undefined> {
    const caller = await resolveCaller(req, authority);
    if ('error' in caller) {
      sendError(res, 401, 'UNAUTHENTICATED', caller.message, { reason: caller.error });
      return undefined;
    }
    // Only JSON bodies: a cross-site HTML form cannot send one (CSRF).
    if (req.method === 'POST' && !req.is('application/json')) {
      sendError(res, 415, 'BAD_REQUEST', 'Send the request body as application/json');
      return undefined;
    }
    if (caller.client) return { client: caller.client };
    if (can(caller.identity, 'api-client:manage')) return { admin: caller.identity };
    sendRefusal(res, 'WEBHOOKS_NOT_PERMITTED');
    return undefined;
  }

  const eventTypes = EVENT_TYPES.map((type) => ({ type, scope: INTEGRATION_EVENT_TYPES[type] }));

  router.get('/', async (req, res) => {
    const who = await manager(req, res);
    if (!who) return;
    res.json({ webhooks: await store.list({ clientId: who.client?.id }), eventTypes });
  });

  router.post('/', json, async (req, res) => {
    const who = await manager(req, res);
    if (!who) return;
    const input = parseNewWebhook(req.body);
    if ('fields' in input) return sendRefusal(res, 'WEBHOOK_INVALID', { fields: input.fields });
    const { value } = input;
    // A client registers its own webhooks; an administrator names the client.
    const clientId = who.client ? who.client.id : value.clientId;
    if (!clientId)
      return sendRefusal(res, 'WEBHOOK_INVALID', {
        fields: [
          {
            ...fieldProblem('clientId', 'REQUIRED', { property: 'clientId' }),
            message: 'is required',
          },
        ],
      });
    const client = who.client ?? (await clients.find(clientId));
    if (!client || ('revokedAt' in client && (client.revokedAt || client.expiresAt < new Date())))
      return sendRefusal(res, 'API_CLIENT_NOT_FOUND', { field: 'clientId' });
    for (const [index, type] of value.eventTypes.entries()) {
      const scope = INTEGRATION_EVENT_TYPES[type as IntegrationEventType] as string | undefined;
      if (!scope)
        return sendRefusal(res, 'WEBHOOK_EVENT_UNKNOWN', {
          field: `eventTypes.${index}`,
          params: { type, known: EVENT_TYPES.join(', ') },
        });
      // Payloads carry no more than the client may read: it must hold the event's scope.
      if (!(client.scopes as string[]).includes(scope))
        return sendRefusal(res, 'WEBHOOK_EVENT_NOT_PERMITTED', {
          field: `eventTypes.${index}`,
          params: { type, scope },
        });
    }
    const url = checkWebhookUrl(value.url, urlPolicy);
    if (!(url instanceof URL))
      return sendRefusal(res, url.reason, { field: 'url', params: url.params });
    const created = await store.create({
      clientId,
      url: url.href,
      eventTypes: value.eventTypes as IntegrationEventType[],
      createdBy: who.admin?.name ?? `${client.name} (API client)`,
    });
    logger.info({ webhookId: created.webhook.id, clientId }, 'webhook registered');
    res.status(201).json(created);
  });

  router.delete('/:id', async (req, res) => {
    const who = await manager(req, res);
    if (!who) return;
    const id = String(req.params.id);
    if (!isUuid(id) || !(await store.remove(id, who.client?.id)))
      return sendRefusal(res, 'WEBHOOK_NOT_FOUND', { field: 'id' });
    logger.info({ webhookId: id }, 'webhook removed');
    res.json({ removed: id });
  });

  router.get('/:id/deliveries', async (req, res) => {
    const who = await manager(req, res);
    if (!who) return;
    const id = String(req.params.id);
    const [webhook] = isUuid(id) ? await store.list({ id, clientId: who.client?.id }) : [];
    if (!webhook) return sendRefusal(res, 'WEBHOOK_NOT_FOUND', { field: 'id' });
    res.json({ webhook, deliveries: await store.deliveries(id) });
  });

  router.post('/deliveries/:id/redeliver', json, async (req, res) => {
    const who = await manager(req, res);
    if (!who) return;
    const id = String(req.params.id);
    const outcome = isUuid(id) ? await store.redeliver(id, who.client?.id, jobs) : 'not-found';
    if (outcome === 'not-found')
      return sendRefusal(res, 'WEBHOOK_DELIVERY_NOT_FOUND', { field: 'id' });
    if (outcome === 'in-progress') return sendRefusal(res, 'WEBHOOK_DELIVERY_IN_PROGRESS');
    logger.info({ deliveryId: id }, 'webhook delivery redelivered');
    res.status(202).json({ delivery: outcome });
  });

  return router;
}
