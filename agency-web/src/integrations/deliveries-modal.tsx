import { type Column, DataTable, ErrorNotice, useFormat } from '@casework/web-kit';
import { Button, InlineNotification, Modal, Stack, Tag } from '@carbon/react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { integrationsApi, type Webhook, type WebhookDelivery } from './integrations-api.js';
import { useAction } from './use-integrations.js';

const TAG = { PENDING: 'blue', RETRYING: 'magenta', DELIVERED: 'green', DEAD: 'red' } as const;

/** Why the last attempt failed, in the server's words (an HTTP status or a network error). */
function lastOutcome(delivery: WebhookDelivery): string {
  const last = delivery.attempts.at(-1);
  if (!last) return '';
  return last.error ?? (last.statusCode === null ? '' : `HTTP ${last.statusCode}`);
}

/**
 * The delivery log of one webhook (issue 17): the newest deliveries with their attempts;
 * a dead-lettered (or delivered) one can be sent again under the same event id.
 */
export function DeliveriesModal({ webhook, onClose }: { webhook: Webhook; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [deliveries, setDeliveries] = useState<WebhookDelivery[] | null>(null);
  const [redelivered, setRedelivered] = useState<string | null>(null);
  const load = useAction();
  const act = useAction();
  const { run: runLoad } = load;
  const reload = useCallback(async () => {
    const answer = await runLoad(() => integrationsApi.deliveries(webhook.id));
    if (answer) setDeliveries(answer.deliveries);
  }, [runLoad, webhook.id]);
  useEffect(() => {
    void reload();
  }, [reload]);

  const redeliver = async (delivery: WebhookDelivery) => {
    const done = await act.run(() => integrationsApi.redeliver(delivery.id));
    if (!done) return;
    setRedelivered(delivery.eventId);
    await reload();
  };

  const columns: Column<WebhookDelivery>[] = [
    {
      key: 'event',
      header: t('webhooks.event.label'),
      cell: (d) => (
        <>
          <div>{t(`webhooks.event.${d.eventType}`, { defaultValue: d.eventType })}</div>
          <code className="cw-muted">{d.eventId}</code>
        </>
      ),
    },
    { key: 'created', header: t('apiClients.created'), cell: (d) => format.dateTime(d.createdAt) },
    {
      key: 'status',
      header: t('apiClients.status'),
      cell: (d) => <Tag type={TAG[d.status]}>{t(`webhooks.status.${d.status}`)}</Tag>,
    },
    {
      key: 'attempts',
      header: t('webhooks.attempts'),
      cell: (d) => (
        <>
          <div>{format.number(d.attempts.length)}</div>
          <div className="cw-muted">{lastOutcome(d)}</div>
        </>
      ),
    },
    {
      key: 'actions',
      header: t('apiClients.actions'),
      hiddenHeader: true,
      cell: (d) =>
        (d.status === 'DEAD' || d.status === 'DELIVERED') && (
          <Button
            kind={d.status === 'DEAD' ? 'tertiary' : 'ghost'}
            size="sm"
            disabled={act.busy}
            onClick={() => void redeliver(d)}
          >
            {t('webhooks.redeliver')}
            <span className="cds--visually-hidden"> {d.eventId}</span>
          </Button>
        ),
    },
  ];

  return (
    <Modal
      open
      passiveModal
      size="lg"
      modalHeading={t('webhooks.deliveriesTitle')}
      onRequestClose={onClose}
    >
      <Stack gap={5}>
        <p>
          <code>{webhook.url}</code>
        </p>
        {load.error !== null && <ErrorNotice error={load.error} />}
        {act.error !== null && <ErrorNotice error={act.error} />}
        {redelivered && (
          <InlineNotification
            kind="success"
            lowContrast
            hideCloseButton
            title={t('webhooks.redeliveredTitle')}
            subtitle={t('webhooks.redelivered', { id: redelivered })}
          />
        )}
        <div>
          <Button kind="ghost" size="sm" onClick={() => void reload()}>
            {t('webhooks.refresh')}
          </Button>
        </div>
        <DataTable
          columns={columns}
          rows={deliveries ?? []}
          loading={deliveries === null && load.error === null}
          label={t('webhooks.deliveriesTitle')}
          testId="webhook-deliveries"
          rowTestId="webhook-delivery"
          noRows={t('webhooks.noDeliveries')}
          size="sm"
        />
      </Stack>
    </Modal>
  );
}
