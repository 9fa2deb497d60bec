import { type Column, DataTable, useFormat } from '@casework/web-kit';
import { Button, Tag } from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from './confirm-modal.js';
import { CreateWebhookModal } from './create-webhook-modal.js';
import { DeliveriesModal } from './deliveries-modal.js';
import {
  type ApiClient,
  integrationsApi,
  type Webhook,
  type WebhookEventType,
} from './integrations-api.js';
import { clientStatus } from './use-integrations.js';

/** One API client's webhook subscriptions: create, delivery log (with redeliver), delete. */
export function WebhooksSection({
  client,
  webhooks,
  eventTypes,
  onChanged,
}: {
  client: ApiClient;
  webhooks: Webhook[];
  eventTypes: WebhookEventType[];
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [creating, setCreating] = useState(false);
  const [log, setLog] = useState<Webhook | null>(null);
  const [removing, setRemoving] = useState<Webhook | null>(null);
  const columns: Column<Webhook>[] = [
    { key: 'url', header: t('webhooks.url'), cell: (w) => <code>{w.url}</code> },
    {
      key: 'events',
      header: t('webhooks.eventTypes'),
      cell: (w) =>
        w.eventTypes.map((type) => (
          <Tag key={type} type="cool-gray" size="sm">
            {t(`webhooks.event.${type}`, { defaultValue: type })}
          </Tag>
        )),
    },
    {
      key: 'deliveries',
      header: t('webhooks.deliveries'),
      cell: (w) =>
        t('webhooks.deliveryCounts', {
          delivered: format.number(w.deliveries.DELIVERED),
          pending: format.number(w.deliveries.PENDING + w.deliveries.RETRYING),
          dead: format.number(w.deliveries.DEAD),
        }),
    },
    {
      key: 'created',
      header: t('apiClients.created'),
      cell: (w) => `${format.dateTime(w.createdAt)} · ${w.createdBy}`,
    },
    {
      key: 'actions',
      header: t('apiClients.actions'),
      hiddenHeader: true,
      cell: (w) => (
        <div className="cw-row">
          <Button kind="ghost" size="sm" onClick={() => setLog(w)}>
            {t('webhooks.deliveryLog')}
            <span className="cds--visually-hidden"> {w.url}</span>
          </Button>
          <Button kind="danger--ghost" size="sm" onClick={() => setRemoving(w)}>
            {t('webhooks.delete')}
            <span className="cds--visually-hidden"> {w.url}</span>
          </Button>
        </div>
      ),
    },
  ];
  return (
    <section className="cw-section" aria-labelledby="webhooks-heading">
      <div className="cw-page__header">
        <h2 id="webhooks-heading" className="cds--type-heading-03">
          {t('webhooks.title', { name: client.name })}
        </h2>
        {clientStatus(client) === 'ACTIVE' && (
          <Button size="md" onClick={() => setCreating(true)}>
            {t('webhooks.new')}
          </Button>
        )}
      </div>
      <DataTable
        columns={columns}
        rows={webhooks}
        label={t('webhooks.title', { name: client.name })}
        testId="webhooks"
        rowTestId="webhook-row"
        noRows={t('webhooks.none')}
      />
      {creating && (
        <CreateWebhookModal
          client={client}
          eventTypes={eventTypes}
          onCreated={onChanged}
          onClose={() => setCreating(false)}
        />
      )}
      {log && <DeliveriesModal webhook={log} onClose={() => setLog(null)} />}
      {removing && (
        <ConfirmModal
          heading={t('webhooks.deleteTitle')}
          body={t('webhooks.deleteBody', { url: removing.url })}
          confirm={t('webhooks.delete')}
          action={() => integrationsApi.deleteWebhook(removing.id)}
          onDone={() => {
            setRemoving(null);
            onChanged();
          }}
          onClose={() => setRemoving(null)}
        />
      )}
    </section>
  );
}
