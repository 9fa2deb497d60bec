import { ErrorNotice } from '@casework/web-kit';
import { Modal } from '@carbon/react';
import { useTranslation } from 'react-i18next';
import { useAction } from './use-integrations.js';

/** Asks before an irreversible change (revoking a client, deleting a webhook) and runs it. */
export function ConfirmModal({
  heading,
  body,
  confirm,
  action,
  onDone,
  onClose,
}: {
  heading: string;
  body: string;
  confirm: string;
  action: () => Promise<unknown>;
  onDone: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { run, error, busy } = useAction();
  const submit = async () => {
    const done = await run(action);
    if (done !== undefined) onDone();
  };
  return (
    <Modal
      open
      danger
      size="sm"
      modalHeading={heading}
      primaryButtonText={confirm}
      secondaryButtonText={t('common.cancel')}
      primaryButtonDisabled={busy}
      onRequestClose={onClose}
      onSecondarySubmit={onClose}
      onRequestSubmit={() => void submit()}
    >
      <p>{body}</p>
      {error !== null && <ErrorNotice error={error} />}
    </Modal>
  );
}
