import { ErrorNotice } from '@casework/web-kit';
import {
  Checkbox,
  CodeSnippet,
  FormGroup,
  Modal,
  NumberInput,
  Stack,
  TextInput,
} from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateInDays, endOfDay, useRestFieldErrors } from './field-errors.js';
import { integrationsApi } from './integrations-api.js';
import { SecretReveal } from './secret-reveal.js';
import { useAction } from './use-integrations.js';

/**
 * Creates an API client (issue 17, R6.2): name, owner, scopes from those an administrator may
 * grant, expiry and request limit; then shows its first secret once.
 */
export function CreateClientModal({
  grantableScopes,
  onCreated,
  onClose,
}: {
  grantableScopes: string[];
  onCreated: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [owner, setOwner] = useState('');
  const [scopes, setScopes] = useState<string[]>([]);
  const [expiresOn, setExpiresOn] = useState(dateInDays(365));
  const [limit, setLimit] = useState(600);
  const [secret, setSecret] = useState<{ clientId: string; secret: string } | null>(null);
  const { run, error, busy } = useAction();
  const invalid = useRestFieldErrors(error);
  const toggle = (scope: string, on: boolean) =>
    setScopes((s) =>
      on ? [...s.filter((x) => x !== scope), scope] : s.filter((x) => x !== scope),
    );

  const submit = async () => {
    const created = await run(() =>
      integrationsApi.createClient({
        name,
        owner,
        scopes,
        expiresAt: endOfDay(expiresOn),
        rateLimitPerMinute: limit,
      }),
    );
    if (!created) return;
    setSecret({ clientId: created.client.id, secret: created.secret });
    onCreated();
  };

  if (secret)
    return (
      <Modal
        open
        size="md"
        modalHeading={t('apiClients.createdTitle', { name })}
        primaryButtonText={t('apiClients.done')}
        onRequestSubmit={onClose}
        onRequestClose={onClose}
      >
        <Stack gap={5}>
          {/* The client id is the user name of OAuth's client credentials (README, Integrating). */}
          <div data-testid="client-id">
            <p className="cds--label">{t('apiClients.clientId')}</p>
            <CodeSnippet
              type="single"
              ariaLabel={t('apiClients.clientId')}
              feedback={t('apiClients.copied')}
              copyButtonDescription={t('apiClients.copyClientId')}
            >
              {secret.clientId}
            </CodeSnippet>
          </div>
          <SecretReveal label={t('apiClients.clientSecret')} secret={secret.secret} />
        </Stack>
      </Modal>
    );

  return (
    <Modal
      open
      size="md"
      modalHeading={t('apiClients.createTitle')}
      primaryButtonText={t('apiClients.create')}
      secondaryButtonText={t('common.cancel')}
      primaryButtonDisabled={busy}
      onRequestClose={onClose}
      onSecondarySubmit={onClose}
      onRequestSubmit={() => void submit()}
    >
      <Stack gap={5}>
        {error !== null && <ErrorNotice error={error} />}
        <TextInput
          id="api-client-name"
          labelText={t('apiClients.name')}
          value={name}
          maxLength={100}
          onChange={(e) => setName(e.target.value)}
          data-modal-primary-focus
          {...invalid('name')}
        />
        <TextInput
          id="api-client-owner"
          labelText={t('apiClients.owner')}
          helperText={t('apiClients.ownerHelp')}
          value={owner}
          maxLength={200}
          onChange={(e) => setOwner(e.target.value)}
          {...invalid('owner')}
        />
        <FormGroup
          legendText={t('apiClients.scopes')}
          invalid={invalid('scopes').invalid}
          message={invalid('scopes').invalid}
          messageText={invalid('scopes').invalidText}
        >
          <p className="cw-muted">{t('apiClients.scopesHelp')}</p>
          <div>
            {grantableScopes.map((scope) => (
              <Checkbox
                key={scope}
                id={`scope-${scope}`}
                labelText={scope}
                checked={scopes.includes(scope)}
                onChange={(_e, { checked }) => toggle(scope, checked)}
              />
            ))}
          </div>
        </FormGroup>
        <TextInput
          id="api-client-expires"
          labelText={t('apiClients.expiresOn')}
          helperText={t('apiClients.expiresHelp')}
          value={expiresOn}
          onChange={(e) => setExpiresOn(e.target.value)}
          {...invalid('expiresAt')}
        />
        <NumberInput
          id="api-client-limit"
          label={t('apiClients.rateLimit')}
          min={1}
          max={100000}
          step={60}
          value={limit}
          onChange={(_e, { value }) => setLimit(Number(value))}
          {...invalid('rateLimitPerMinute')}
        />
      </Stack>
    </Modal>
  );
}
