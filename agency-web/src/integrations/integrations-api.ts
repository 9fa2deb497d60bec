import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { type GraphQLFormattedError } from 'graphql';

/**
 * A typed client of the gateway's REST routes for API clients and webhooks (issue 17):
 * /auth/api-clients and /auth/webhooks, with the session cookie. Refusals come in the GraphQL
 * error shape, so they are thrown as CombinedGraphQLErrors and worded by web-kit's describeError
 * like every other page's errors.
 */

export interface ApiClientSecret {
  id: string;
  hint: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

export interface ApiClient {
  id: string;
  name: string;
  owner: string;
  scopes: string[];
  expiresAt: string;
  rateLimitPerMinute: number;
  createdAt: string;
  revokedAt: string | null;
  usage: { requests: number; errors: number; lastUsedAt: string | null };
  secrets: ApiClientSecret[];
}

export interface NewApiClient {
  name: string;
  owner: string;
  scopes: string[];
  expiresAt: string;
  rateLimitPerMinute?: number;
}

export type DeliveryStatus = 'PENDING' | 'RETRYING' | 'DELIVERED' | 'DEAD';

export interface Webhook {
  id: string;
  clientId: string;
  clientName: string;
  url: string;
  eventTypes: string[];
  createdBy: string;
  createdAt: string;
  deliveries: Record<DeliveryStatus, number>;
}

export interface WebhookEventType {
  type: string;
  scope: string;
}

export interface DeliveryAttempt {
  attemptedAt: string;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

export interface WebhookDelivery {
  id: string;
  eventId: string;
  eventType: string;
  status: DeliveryStatus;
  attempts: DeliveryAttempt[];
  createdAt: string;
  lastAttemptAt: string | null;
  deliveredAt: string | null;
  deadAt: string | null;
}

/** A secret as the server shows it: once, in the answer that made it. */
export interface RevealedSecret {
  clientId: string;
  secret: string;
}

async function call<T>(path: string, method = 'GET', body?: unknown): Promise<T> {
  const res = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await res.json().catch(() => null)) as
    (T & { errors?: GraphQLFormattedError[] }) | null;
  if (res.ok && json) return json;
  const errors = json?.errors ?? [
    { message: `HTTP ${res.status}`, extensions: { code: 'INTERNAL_SERVER_ERROR' } },
  ];
  throw new CombinedGraphQLErrors({ errors });
}

const post = <T>(path: string, body: unknown = {}) => call<T>(path, 'POST', body);

export const integrationsApi = {
  listClients: () => call<{ clients: ApiClient[]; grantableScopes: string[] }>('/auth/api-clients'),
  createClient: (input: NewApiClient) =>
    post<{ client: ApiClient; secret: string; secretId: string }>('/auth/api-clients', input),
  addSecret: (clientId: string, expiresAt: string | null) =>
    post<{ secret: string; secretId: string; client: ApiClient }>(
      `/auth/api-clients/${encodeURIComponent(clientId)}/secrets`,
      { expiresAt },
    ),
  revokeSecret: (clientId: string, secretId: string) =>
    post<{ client: ApiClient }>(
      `/auth/api-clients/${encodeURIComponent(clientId)}/secrets/${encodeURIComponent(secretId)}/revoke`,
    ),
  revokeClient: (clientId: string) =>
    post<{ client: ApiClient }>(`/auth/api-clients/${encodeURIComponent(clientId)}/revoke`),
  listWebhooks: () =>
    call<{ webhooks: Webhook[]; eventTypes: WebhookEventType[] }>('/auth/webhooks'),
  createWebhook: (input: { clientId: string; url: string; eventTypes: string[] }) =>
    post<{ webhook: Webhook; secret: string }>('/auth/webhooks', input),
  deleteWebhook: (id: string) =>
    call<{ removed: string }>(`/auth/webhooks/${encodeURIComponent(id)}`, 'DELETE'),
  deliveries: (webhookId: string) =>
    call<{ webhook: Webhook; deliveries: WebhookDelivery[] }>(
      `/auth/webhooks/${encodeURIComponent(webhookId)}/deliveries`,
    ),
  redeliver: (deliveryId: string) =>
    post<{ delivery: WebhookDelivery }>(
      `/auth/webhooks/deliveries/${encodeURIComponent(deliveryId)}/redeliver`,
    ),
};
