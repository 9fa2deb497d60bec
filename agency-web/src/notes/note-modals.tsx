import { ErrorNotice, useFormat } from '@casework/web-kit';
import { useMutation } from '@apollo/client/react';
import { Modal, Select, SelectItem, Stack, TextArea } from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql/index.js';
import { type NotePriority, type NoteSensitivity } from '../gql/graphql.js';
import { PRIORITIES, sensitivitiesFor } from './note-options.js';
import { type NoteItem } from './notes-panel.js';

const EditNote = graphql(`
  mutation EditNote($id: ID!, $input: EditNoteInput!) {
    editNote(id: $id, input: $input) {
      id
      version
    }
  }
`);

const CancelNote = graphql(`
  mutation CancelNote($id: ID!, $input: CancelNoteInput!) {
    cancelNote(id: $id, input: $input) {
      id
      status
    }
  }
`);

/**
 * Refetches only the list the note is shown in: naming a skipped query (the panel's other
 * subject, with an empty id) would refetch it too, fail, and keep the dialog open with an error.
 */
const refetch = (queries: string[]) => ({ refetchQueries: queries, awaitRefetchQueries: true });

/** Writes a new version; the server refuses it (CONFLICT) if someone edited the note meanwhile. */
export function EditNoteModal({
  note,
  clearance,
  queries,
  onClose,
}: {
  note: NoteItem;
  clearance: number;
  queries: string[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(note.text);
  const [priority, setPriority] = useState<NotePriority>(note.priority);
  const [sensitivity, setSensitivity] = useState<NoteSensitivity>(note.sensitivity);
  const [editNote, { loading, error }] = useMutation(EditNote, refetch(queries));
  return (
    <Modal
      open
      modalHeading={t('notes.editTitle')}
      primaryButtonText={t('common.save')}
      secondaryButtonText={t('common.cancel')}
      primaryButtonDisabled={loading || text.trim().length === 0}
      onRequestClose={onClose}
      onRequestSubmit={() =>
        void editNote({
          variables: { id: note.id, input: { version: note.version, text, priority, sensitivity } },
        }).then(onClose, () => undefined)
      }
    >
      <Stack gap={5}>
        <TextArea
          id="edit-note-text"
          labelText={t('notes.text')}
          value={text}
          rows={5}
          onChange={(e) => setText(e.target.value)}
          data-modal-primary-focus
        />
        <Select
          id="edit-note-priority"
          labelText={t('notes.priority')}
          value={priority}
          onChange={(e) => setPriority(e.target.value as NotePriority)}
        >
          {PRIORITIES.map((p) => (
            <SelectItem key={p} value={p} text={t(`notes.priorityValue.${p}`)} />
          ))}
        </Select>
        <Select
          id="edit-note-sensitivity"
          labelText={t('notes.sensitivity')}
          value={sensitivity}
          onChange={(e) => setSensitivity(e.target.value as NoteSensitivity)}
        >
          {sensitivitiesFor(clearance).map((s) => (
            <SelectItem key={s} value={s} text={t(`notes.sensitivityValue.${s}`)} />
          ))}
        </Select>
        {error && <ErrorNotice error={error} />}
      </Stack>
    </Modal>
  );
}

/** Every version of the note, newest first, with who wrote it and when. */
export function NoteHistoryModal({ note, onClose }: { note: NoteItem; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Modal
      open
      passiveModal
      modalHeading={t('notes.historyTitle')}
      onRequestClose={onClose}
      closeButtonLabel={t('common.close')}
    >
      <ol className="cw-stack" aria-label={t('notes.historyTitle')}>
        {note.history.map((version) => (
          <li key={version.number} data-testid="note-version">
            <p className="cds--type-heading-compact-01">
              {t('notes.versionLabel', {
                number: version.number,
                who: version.editedBy,
                date: format.dateTime(version.editedAt),
              })}
            </p>
            <p className="cw-note__text">{version.text}</p>
          </li>
        ))}
      </ol>
    </Modal>
  );
}

/** Cancels a note with a reason; it stays on record with its history (R3.3). */
export function CancelNoteModal({
  note,
  queries,
  onClose,
}: {
  note: NoteItem;
  queries: string[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [cancelNote, { loading, error }] = useMutation(CancelNote, refetch(queries));
  return (
    <Modal
      open
      danger
      modalHeading={t('notes.cancelTitle')}
      primaryButtonText={t('notes.cancelConfirm')}
      secondaryButtonText={t('common.cancel')}
      primaryButtonDisabled={loading || reason.trim().length === 0}
      onRequestClose={onClose}
      onRequestSubmit={() =>
        void cancelNote({
          variables: { id: note.id, input: { version: note.version, reason } },
        }).then(onClose, () => undefined)
      }
    >
      <Stack gap={5}>
        <p>{t('notes.cancelExplanation')}</p>
        <TextArea
          id="cancel-note-reason"
          labelText={t('notes.cancelReason')}
          value={reason}
          rows={3}
          onChange={(e) => setReason(e.target.value)}
          data-modal-primary-focus
        />
        {error && <ErrorNotice error={error} />}
      </Stack>
    </Modal>
  );
}
