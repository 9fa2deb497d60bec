import { ErrorNotice, LoadingState } from '@casework/web-kit';
import { Button } from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiClientTable } from './api-client-table.js';
import { ClientSecretsModal } from './client-secrets-modal.js';
import { ConfirmModal } from './confirm-modal.js';
import { CreateClientModal } from './create-client-modal.js';
import { type ApiClient, integrationsApi } from './integrations-api.js';
import { useIntegrations } from './use-integrations.js';
import { WebhooksSection } from './webhooks-section.js';

/**
 * Agency administrators manage the API clients of the agency's other systems (issue 17, R6.2):
 * scoped credentials with usage, rotation and revocation, and each client's webhooks.
 */
export function ApiClientsPage() {
  const { t } = useTranslation();
  const { data, error, loading, reload } = useIntegrations();
  const [creating, setCreating] = useState(false);
  const [secretsOf, setSecretsOf] = useState<string | null>(null);
  const [webhooksOf, setWebhooksOf] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<ApiClient | null>(null);
  const refresh = () => void reload();
  const find = (id: string | null) => data?.clients.find((c) => c.id === id);
  const secretsClient = find(secretsOf);
  const webhooksClient = find(webhooksOf);

  return (
    <div className="cw-page">
      <div className="cw-page__header">
        <div>
          <h1 className="cw-page__title cds--type-heading-05">{t('apiClients.title')}</h1>
          <p className="cw-muted">{t('apiClients.intro')}</p>
        </div>
        {data && <Button onClick={() => setCreating(true)}>{t('apiClients.new')}</Button>}
      </div>
      {error !== null && <ErrorNotice error={error} />}
      {loading && !data && <LoadingState />}
      {data && (
        <ApiClientTable
          clients={data.clients}
          selectedId={webhooksOf}
          onSecrets={(c) => setSecretsOf(c.id)}
          onWebhooks={(c) => setWebhooksOf((id) => (id === c.id ? null : c.id))}
          onRevoke={setRevoking}
        />
      )}
      {data && webhooksClient && (
        <WebhooksSection
          client={webhooksClient}
          webhooks={data.webhooks.filter((w) => w.clientId === webhooksClient.id)}
          eventTypes={data.eventTypes}
          onChanged={refresh}
        />
      )}
      {creating && data && (
        <CreateClientModal
          grantableScopes={data.grantableScopes}
          onCreated={refresh}
          onClose={() => setCreating(false)}
        />
      )}
      {secretsClient && (
        <ClientSecretsModal
          client={secretsClient}
          onChanged={refresh}
          onClose={() => setSecretsOf(null)}
        />
      )}
      {revoking && (
        <ConfirmModal
          heading={t('apiClients.revokeTitle', { name: revoking.name })}
          body={t('apiClients.revokeBody')}
          confirm={t('apiClients.revoke')}
          action={() => integrationsApi.revokeClient(revoking.id)}
          onDone={() => {
            setRevoking(null);
            refresh();
          }}
          onClose={() => setRevoking(null)}
        />
      )}
    </div>
  );
}
