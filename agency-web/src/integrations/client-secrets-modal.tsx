import { type Column, DataTable, ErrorNotice, useFormat } from '@casework/web-kit';
import { Button, Modal, Stack, Tag } from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiClient, type ApiClientSecret, integrationsApi } from './integrations-api.js';
import { SecretReveal } from './secret-reveal.js';
import { useAction } from './use-integrations.js';

function secretStatus(secret: ApiClientSecret): 'ACTIVE' | 'REVOKED' | 'EXPIRED' {
  if (secret.revokedAt) return 'REVOKED';
  return secret.expiresAt && new Date(secret.expiresAt) <= new Date() ? 'EXPIRED' : 'ACTIVE';
}

const TAG = { ACTIVE: 'green', REVOKED: 'red', EXPIRED: 'gray' } as const;

/**
 * Rotation without downtime (issue 17): add a second secret, move the other system to it, then
 * revoke the old one. A new secret is shown once.
 */
export function ClientSecretsModal({
  client,
  onChanged,
  onClose,
}: {
  client: ApiClient;
  onChanged: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [secrets, setSecrets] = useState(client.secrets);
  const [revealed, setRevealed] = useState<string | null>(null);
  const { run, error, busy } = useAction();
  const active = client.revokedAt === null && new Date(client.expiresAt) > new Date();

  const add = async () => {
    const added = await run(() => integrationsApi.addSecret(client.id, null));
    if (!added) return;
    setSecrets(added.client.secrets);
    setRevealed(added.secret);
    onChanged();
  };
  const revoke = async (secret: ApiClientSecret) => {
    const done = await run(() => integrationsApi.revokeSecret(client.id, secret.id));
    if (!done) return;
    setSecrets(done.client.secrets);
    setRevealed(null);
    onChanged();
  };

  const columns: Column<ApiClientSecret>[] = [
    { key: 'hint', header: t('apiClients.secretHint'), cell: (s) => `…${s.hint}` },
    { key: 'created', header: t('apiClients.created'), cell: (s) => format.dateTime(s.createdAt) },
    {
      key: 'expires',
      header: t('apiClients.expires'),
      cell: (s) => (s.expiresAt ? format.dateTime(s.expiresAt) : t('apiClients.withClient')),
    },
    {
      key: 'used',
      header: t('apiClients.lastUsed'),
      cell: (s) => (s.lastUsedAt ? format.dateTime(s.lastUsedAt) : t('apiClients.never')),
    },
    {
      key: 'status',
      header: t('apiClients.status'),
      cell: (s) => (
        <Tag type={TAG[secretStatus(s)]}>{t(`apiClients.statusValue.${secretStatus(s)}`)}</Tag>
      ),
    },
    {
      key: 'actions',
      header: t('apiClients.actions'),
      hiddenHeader: true,
      cell: (s) =>
        secretStatus(s) === 'ACTIVE' && (
          <Button kind="danger--ghost" size="sm" disabled={busy} onClick={() => void revoke(s)}>
            {t('apiClients.revokeSecret', { hint: s.hint })}
          </Button>
        ),
    },
  ];

  return (
    <Modal
      open
      passiveModal
      size="lg"
      modalHeading={t('apiClients.secretsTitle', { name: client.name })}
      onRequestClose={onClose}
    >
      <Stack gap={5}>
        <p>{t('apiClients.rotationHelp')}</p>
        {error !== null && <ErrorNotice error={error} />}
        {revealed && <SecretReveal label={t('apiClients.newSecret')} secret={revealed} />}
        <DataTable
          columns={columns}
          rows={secrets}
          label={t('apiClients.secretsTable', { name: client.name })}
          testId="client-secrets"
          size="sm"
        />
        {active && (
          <div>
            <Button kind="tertiary" size="md" disabled={busy} onClick={() => void add()}>
              {t('apiClients.addSecret')}
            </Button>
          </div>
        )}
      </Stack>
    </Modal>
  );
}
