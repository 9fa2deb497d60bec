import { Button, FileUploaderButton, InlineNotification, Modal, Stack } from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DraftFile } from './request-draft.js';

/**
 * The optional file (R5.7): choosing one first asks the user to confirm it holds no protected
 * health information; declining leaves no way to pick a file. `available` is the server's answer
 * whether files can be attached yet (the files capability, issue 10).
 */
export function RequestFileField({
  available,
  value,
  onChange,
}: {
  available: boolean;
  value: DraftFile | null;
  onChange: (file: DraftFile | null) => void;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [confirmed, setConfirmed] = useState(value !== null);
  const [declined, setDeclined] = useState(false);
  return (
    <Stack gap={4}>
      <p>{t('request.fileHelp')}</p>
      {!available && (
        <InlineNotification
          kind="info"
          lowContrast
          hideCloseButton
          title={t('request.filesUnavailableTitle')}
          subtitle={t('request.filesUnavailable')}
        />
      )}
      {!confirmed && (
        <div>
          <Button kind="tertiary" size="md" onClick={() => setAsking(true)}>
            {t('request.addFile')}
          </Button>
        </div>
      )}
      {declined && !confirmed && (
        <p role="status" data-testid="no-phi-declined">
          {t('request.noPhiDeclined')}
        </p>
      )}
      {confirmed && !value && (
        <FileUploaderButton
          labelText={t('request.chooseFile')}
          buttonKind="tertiary"
          size="md"
          disabled={!available}
          disableLabelChanges
          accept={['.pdf', '.png', '.jpg', '.jpeg']}
          onChange={(event) => {
            const file = (event.target as HTMLInputElement).files?.[0];
            if (file) onChange({ file, noPhiConfirmed: true });
          }}
        />
      )}
      {value && (
        <p>
          {t('request.fileChosen', { name: value.file.name })}{' '}
          <Button kind="ghost" size="sm" onClick={() => onChange(null)}>
            {t('request.removeFile')}
          </Button>
        </p>
      )}
      {asking && (
        <Modal
          open
          modalHeading={t('request.noPhiTitle')}
          primaryButtonText={t('request.noPhiConfirm')}
          secondaryButtonText={t('request.noPhiDecline')}
          onRequestSubmit={() => {
            setConfirmed(true);
            setDeclined(false);
            setAsking(false);
          }}
          onRequestClose={() => {
            setDeclined(true);
            setAsking(false);
          }}
        >
          <p>{t('request.noPhiText')}</p>
        </Modal>
      )}
    </Stack>
  );
}
