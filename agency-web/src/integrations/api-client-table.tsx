import { type Column, DataTable, useFormat } from '@casework/web-kit';
import { Button, Tag } from '@carbon/react';
import { useTranslation } from 'react-i18next';
import { type ApiClient } from './integrations-api.js';
import { clientStatus } from './use-integrations.js';

/** The row's name for screen readers, after the visible action ("Secrets Finance system"). */
export const Hidden = ({ name }: { name: string }) => (
  <span className="cds--visually-hidden"> {name}</span>
);

const TAG = { ACTIVE: 'green', REVOKED: 'red', EXPIRED: 'gray' } as const;

/** The API clients with their scopes, owner, expiry, usage and status, and what can be done. */
export function ApiClientTable({
  clients,
  selectedId,
  onSecrets,
  onWebhooks,
  onRevoke,
}: {
  clients: ApiClient[];
  selectedId: string | null;
  onSecrets: (client: ApiClient) => void;
  onWebhooks: (client: ApiClient) => void;
  onRevoke: (client: ApiClient) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: Column<ApiClient>[] = [
    {
      key: 'name',
      header: t('apiClients.name'),
      cell: (c) => (
        <>
          <strong>{c.name}</strong>
          <div className="cw-muted">{c.owner}</div>
          <code className="cw-muted" title={t('apiClients.clientId')}>
            {c.id}
          </code>
        </>
      ),
    },
    {
      key: 'scopes',
      header: t('apiClients.scopes'),
      cell: (c) =>
        c.scopes.map((s) => (
          <Tag key={s} type="cool-gray" size="sm">
            {s}
          </Tag>
        )),
    },
    { key: 'expires', header: t('apiClients.expires'), cell: (c) => format.dateTime(c.expiresAt) },
    {
      key: 'usage',
      header: t('apiClients.usage'),
      cell: (c) => (
        <>
          <div>
            {t('apiClients.usageCounts', {
              requests: format.number(c.usage.requests),
              errors: format.number(c.usage.errors),
            })}
          </div>
          <div className="cw-muted">
            {c.usage.lastUsedAt
              ? t('apiClients.lastUsedAt', { at: format.dateTime(c.usage.lastUsedAt) })
              : t('apiClients.neverUsed')}
          </div>
        </>
      ),
    },
    {
      key: 'status',
      header: t('apiClients.status'),
      cell: (c) => (
        <Tag type={TAG[clientStatus(c)]}>{t(`apiClients.statusValue.${clientStatus(c)}`)}</Tag>
      ),
    },
    {
      key: 'actions',
      header: t('apiClients.actions'),
      hiddenHeader: true,
      cell: (c) => (
        <div className="cw-row">
          <Button kind="ghost" size="sm" onClick={() => onSecrets(c)}>
            {t('apiClients.secrets')}
            <Hidden name={c.name} />
          </Button>
          <Button
            kind="ghost"
            size="sm"
            aria-pressed={selectedId === c.id}
            onClick={() => onWebhooks(c)}
          >
            {t('apiClients.webhooks')}
            <Hidden name={c.name} />
          </Button>
          {clientStatus(c) === 'ACTIVE' && (
            <Button kind="danger--ghost" size="sm" onClick={() => onRevoke(c)}>
              {t('apiClients.revoke')}
              <Hidden name={c.name} />
            </Button>
          )}
        </div>
      ),
    },
  ];
  return (
    <DataTable
      columns={columns}
      rows={clients}
      label={t('apiClients.title')}
      testId="api-clients"
      rowTestId="api-client-row"
      noRows={t('apiClients.none')}
    />
  );
}
