import { JobQueue, type Logger } from '@casework/kit';
import { INTEGRATION_EVENTS_QUEUE, WEBHOOK_DELIVERY_QUEUE } from '@casework/contracts';
import { type MikroORM } from '@mikro-orm/postgresql';
import { type Router } from 'express';
import { type ApiClientStore } from '../api-clients/api-client.store.js';
import { type GatewayConfig } from '../config.js';
import { type TokenAuthority } from '../identity/caller.js';
import { startWebhookWorkers } from './webhook.jobs.js';
import { webhookRoutes } from './webhook-routes.js';
import { WebhookSecretBox } from './webhook-secret-box.js';
import { httpSender } from './webhook-sender.js';
import { WebhookStore } from './webhook.store.js';

/** Starts the webhook queue and workers (issue 17) and gives the routes for /auth/webhooks. */
export async function startWebhooks(deps: {
  config: GatewayConfig;
  orm: MikroORM;
  clients: ApiClientStore;
  authority: TokenAuthority;
  logger: Logger;
}): Promise<{ router: Router; stop(): Promise<void> }> {
  const { config, orm, clients, authority, logger } = deps;
  const { webhooks } = config;
  const jobs = await JobQueue.start(config.databaseUrl, logger, [
    { name: INTEGRATION_EVENTS_QUEUE },
    { name: WEBHOOK_DELIVERY_QUEUE },
  ]);
  const store = new WebhookStore(orm, new WebhookSecretBox(config.tokenSecret), webhooks);
  await startWebhookWorkers(jobs, store, httpSender(webhooks), logger);
  const own = [`http://${config.host}:${config.port}`, ...Object.values(config.subgraphUrls)];
  const router = webhookRoutes({
    store,
    clients,
    authority,
    jobs,
    logger,
    urlPolicy: {
      allowedHosts: webhooks.allowedHosts,
      requireHttps: webhooks.requireHttps,
      blockPrivateAddresses: webhooks.blockPrivateAddresses,
      internalOrigins: own.map((url) => new URL(url).origin),
    },
  });
  return { router, stop: () => jobs.stop() };
}
