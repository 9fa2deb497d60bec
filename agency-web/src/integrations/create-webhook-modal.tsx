import { ErrorNotice } from '@casework/web-kit';
import { Checkbox, FormGroup, Modal, Stack, TextInput } from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRestFieldErrors } from './field-errors.js';
import { type ApiClient, integrationsApi, type WebhookEventType } from './integrations-api.js';
import { SecretReveal } from './secret-reveal.js';
import { useAction } from './use-integrations.js';

/**
 * Subscribes an API client's endpoint to event types (issue 17): only events whose scope the
 * client holds can be chosen (the server refuses the others too); the signing secret is shown once.
 */
export function CreateWebhookModal({
  client,
  eventTypes,
  onCreated,
  onClose,
}: {
  client: ApiClient;
  eventTypes: WebhookEventType[];
  onCreated: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [url, setUrl] = useState('https://');
  const [types, setTypes] = useState<string[]>([]);
  const [secret, setSecret] = useState<string | null>(null);
  const { run, error, busy } = useAction();
  const invalid = useRestFieldErrors(error);
  const toggle = (type: string, on: boolean) =>
    setTypes((s) => (on ? [...s.filter((x) => x !== type), type] : s.filter((x) => x !== type)));

  const submit = async () => {
    const created = await run(() =>
      integrationsApi.createWebhook({ clientId: client.id, url: url.trim(), eventTypes: types }),
    );
    if (!created) return;
    setSecret(created.secret);
    onCreated();
  };

  if (secret)
    return (
      <Modal
        open
        size="md"
        modalHeading={t('webhooks.createdTitle')}
        primaryButtonText={t('apiClients.done')}
        onRequestSubmit={onClose}
        onRequestClose={onClose}
      >
        <SecretReveal label={t('webhooks.signingSecret')} secret={secret} />
      </Modal>
    );

  return (
    <Modal
      open
      size="md"
      modalHeading={t('webhooks.createTitle', { name: client.name })}
      primaryButtonText={t('webhooks.create')}
      secondaryButtonText={t('common.cancel')}
      primaryButtonDisabled={busy || types.length === 0}
      onRequestClose={onClose}
      onSecondarySubmit={onClose}
      onRequestSubmit={() => void submit()}
    >
      <Stack gap={5}>
        {error !== null && <ErrorNotice error={error} />}
        <TextInput
          id="webhook-url"
          type="url"
          labelText={t('webhooks.url')}
          helperText={t('webhooks.urlHelp')}
          value={url}
          maxLength={2000}
          onChange={(e) => setUrl(e.target.value)}
          data-modal-primary-focus
          {...invalid('url')}
        />
        <FormGroup
          legendText={t('webhooks.eventTypes')}
          invalid={invalid('eventTypes').invalid}
          message={invalid('eventTypes').invalid}
          messageText={invalid('eventTypes').invalidText}
        >
          {eventTypes.map(({ type, scope }) => {
            const allowed = client.scopes.includes(scope);
            return (
              <Checkbox
                key={type}
                id={`event-${type}`}
                labelText={t(`webhooks.event.${type}`, { defaultValue: type })}
                helperText={allowed ? undefined : t('webhooks.needsScope', { scope })}
                disabled={!allowed}
                checked={types.includes(type)}
                onChange={(_e, { checked }) => toggle(type, checked)}
              />
            );
          })}
        </FormGroup>
      </Stack>
    </Modal>
  );
}
