import { ErrorNotice } from '@casework/web-kit';
import { useMutation } from '@apollo/client/react';
import { Modal, TextArea } from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql/index.js';

const RemoveAttachment = graphql(`
  mutation RemoveAttachment($id: ID!, $input: RemoveAttachmentInput!) {
    removeAttachment(id: $id, input: $input) {
      id
      status
    }
  }
`);

/** Removal keeps the attachment, marked removed, with who and why (R3.4). */
export function RemoveAttachmentModal({
  attachment,
  onClose,
}: {
  attachment: { id: string; version: number; fileName: string };
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [remove, { loading, error }] = useMutation(RemoveAttachment, {
    refetchQueries: ['PersonAttachments', 'ApplicationAttachments', 'CaseAttachments'],
    awaitRefetchQueries: true,
  });
  return (
    <Modal
      open
      danger
      modalHeading={t('attachments.removeTitle', { name: attachment.fileName })}
      primaryButtonText={t('attachments.remove')}
      secondaryButtonText={t('common.cancel')}
      primaryButtonDisabled={loading || reason.trim().length === 0}
      onRequestClose={onClose}
      onRequestSubmit={() =>
        void remove({
          variables: { id: attachment.id, input: { version: attachment.version, reason } },
        }).then(onClose, () => undefined)
      }
    >
      <TextArea
        id="remove-attachment-reason"
        labelText={t('attachments.reason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        data-modal-primary-focus
      />
      {error && <ErrorNotice error={error} />}
    </Modal>
  );
}
