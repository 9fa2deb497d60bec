import { FileUploader, formatBytes } from '@casework/web-kit';
import { Button, InlineNotification, Modal, Stack } from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REQUEST_FILE_TYPES, useAdminRequestUpload } from './admin-request-upload.js';
import { type DraftFile } from './request-draft.js';

/**
 * The optional file (R5.7): choosing one first asks the user to confirm it holds no protected
 * health information; declining leaves no way to pick a file. After the confirmation the file is
 * uploaded at once (progress, cancel and refusals in web-kit's FileUploader) and attached when the
 * request is sent. `available` is the server's answer whether files can be attached.
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
  const requestUpload = useAdminRequestUpload();
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
      {confirmed && !value && available && (
        <FileUploader
          accept={REQUEST_FILE_TYPES}
          multiple={false}
          requestUpload={requestUpload}
          onUploaded={(file, fileId) => {
            onChange({ fileId, fileName: file.name, size: file.size, noPhiConfirmed: true });
            return Promise.resolve();
          }}
        />
      )}
      {value && (
        <p>
          {t('request.fileChosen', { name: `${value.fileName} (${formatBytes(value.size)})` })}{' '}
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
