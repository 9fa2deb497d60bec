import { ErrorNotice, useAuth, useFormat } from '@casework/web-kit';
import { useMutation } from '@apollo/client/react';
import { Modal, Select, SelectItem, Stack, TextInput } from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql/index.js';
import { type NoteSensitivity } from '../gql/graphql.js';
import { sensitivitiesFor } from '../notes/note-options.js';

const UpdateAttachment = graphql(`
  mutation UpdateAttachment($id: ID!, $input: UpdateAttachmentInput!) {
    updateAttachment(id: $id, input: $input) {
      id
      version
      description
      sensitivity
    }
  }
`);

export interface EditableAttachment {
  id: string;
  version: number;
  fileName: string;
  description?: string | null;
  sensitivity: string;
  history: {
    id: string;
    field: string;
    oldValue?: string | null;
    newValue?: string | null;
    changedBy: string;
    changedAt: string;
  }[];
}

/**
 * Changes an attachment's description and sensitivity (R3.4); the server keeps each change with
 * who and when, shown here below the fields. Only sensitivities the user's clearance reaches are
 * offered (the server checks too).
 */
export function EditAttachmentModal({
  attachment,
  onClose,
}: {
  attachment: EditableAttachment;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { user } = useAuth();
  const [description, setDescription] = useState(attachment.description ?? '');
  const [sensitivity, setSensitivity] = useState(attachment.sensitivity as NoteSensitivity);
  const [update, { loading, error }] = useMutation(UpdateAttachment, {
    refetchQueries: ['PersonAttachments', 'ApplicationAttachments', 'CaseAttachments'],
    awaitRefetchQueries: true,
  });
  const offered = sensitivitiesFor(user?.clearance ?? 0);
  return (
    <Modal
      open
      modalHeading={t('attachments.editTitle', { name: attachment.fileName })}
      primaryButtonText={t('attachments.save')}
      secondaryButtonText={t('common.cancel')}
      primaryButtonDisabled={loading}
      onRequestClose={onClose}
      onRequestSubmit={() =>
        void update({
          variables: {
            id: attachment.id,
            input: { version: attachment.version, description, sensitivity },
          },
        }).then(onClose, () => undefined)
      }
    >
      <Stack gap={5}>
        <TextInput
          id="edit-attachment-description"
          labelText={t('files.description')}
          value={description}
          maxLength={2000}
          onChange={(e) => setDescription(e.target.value)}
          data-modal-primary-focus
        />
        <Select
          id="edit-attachment-sensitivity"
          labelText={t('files.sensitivity')}
          value={sensitivity}
          onChange={(e) => setSensitivity(e.target.value as NoteSensitivity)}
        >
          {(offered.includes(sensitivity) ? offered : [...offered, sensitivity]).map((s) => (
            <SelectItem key={s} value={s} text={t(`files.sensitivityValue.${s}`)} />
          ))}
        </Select>
        {error && <ErrorNotice error={error} />}
        <section aria-labelledby="attachment-history-heading">
          <h3 id="attachment-history-heading" className="cds--type-heading-02">
            {t('attachments.history')}
          </h3>
          <ul className="cw-stack" data-testid="attachment-history">
            {attachment.history.map((h) => (
              <li key={h.id}>
                {t('attachments.change', {
                  field: t(`attachments.field.${h.field}`, { defaultValue: h.field }),
                  from: h.oldValue ?? '–',
                  to: h.newValue ?? '–',
                  name: h.changedBy,
                  at: format.dateTime(h.changedAt),
                })}
              </li>
            ))}
          </ul>
        </section>
      </Stack>
    </Modal>
  );
}
