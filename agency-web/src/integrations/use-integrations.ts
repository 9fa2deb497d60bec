import { useCallback, useEffect, useState } from 'react';
import {
  type ApiClient,
  integrationsApi,
  type Webhook,
  type WebhookEventType,
} from './integrations-api.js';

export interface IntegrationsData {
  clients: ApiClient[];
  grantableScopes: string[];
  webhooks: Webhook[];
  eventTypes: WebhookEventType[];
}

/** The API clients and webhooks an administrator sees, loaded together and reloaded after a change. */
export function useIntegrations() {
  const [data, setData] = useState<IntegrationsData | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const reload = useCallback(async () => {
    setLoading(true);
    try {
      const [clients, webhooks] = await Promise.all([
        integrationsApi.listClients(),
        integrationsApi.listWebhooks(),
      ]);
      setData({ ...clients, ...webhooks });
      setError(null);
    } catch (e) {
      setError(e);
    } finally {
      setLoading(false);
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { data, error, loading, reload };
}

/** Runs one change against the REST API, keeping its error and whether it is still running. */
export function useAction() {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = useCallback(async <T>(action: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(null);
    try {
      return await action();
    } catch (e) {
      setError(e);
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  return { run, error, busy, reset: () => setError(null) };
}

export type ClientStatus = 'ACTIVE' | 'REVOKED' | 'EXPIRED';

export function clientStatus(client: Pick<ApiClient, 'revokedAt' | 'expiresAt'>): ClientStatus {
  if (client.revokedAt) return 'REVOKED';
  return new Date(client.expiresAt) <= new Date() ? 'EXPIRED' : 'ACTIVE';
}
