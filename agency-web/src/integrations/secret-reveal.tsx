import { CodeSnippet, InlineNotification, Stack } from '@carbon/react';
import { useTranslation } from 'react-i18next';

/**
 * A secret the server shows once (an API client's `cw_...`, a webhook's `whsec_...`): with a
 * copy button and the warning that it cannot be shown again.
 */
export function SecretReveal({ label, secret }: { label: string; secret: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <InlineNotification
        kind="warning"
        lowContrast
        hideCloseButton
        title={t('apiClients.secretOnceTitle')}
        subtitle={t('apiClients.secretOnce')}
      />
      <div data-testid="revealed-secret">
        <p className="cds--label">{label}</p>
        <CodeSnippet
          type="single"
          ariaLabel={label}
          feedback={t('apiClients.copied')}
          copyButtonDescription={t('apiClients.copySecret')}
          wrapText
        >
          {secret}
        </CodeSnippet>
      </div>
    </Stack>
  );
}
