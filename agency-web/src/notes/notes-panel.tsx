import { EmptyState, ErrorNotice, LoadingState, useAuth, useFormat } from '@casework/web-kit';
import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  Form,
  Select,
  SelectItem,
  Stack,
  Tag,
  TextArea,
  Tile,
  Toggle,
} from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql/index.js';
import {
  type CaseKind,
  type NoteFieldsFragment,
  type NotePriority,
  type NoteSensitivity,
} from '../gql/graphql.js';
import { CancelNoteModal, EditNoteModal, NoteHistoryModal } from './note-modals.js';
import { PRIORITIES, sensitivitiesFor } from './note-options.js';

graphql(`
  fragment NoteFields on Note {
    id
    text
    priority
    sensitivity
    status
    version
    createdBy
    createdAt
    updatedAt
    cancelledBy
    cancelledAt
    cancellationReason
    history {
      number
      text
      editedBy
      editedAt
    }
  }
`);

export const PersonNotesDocument = graphql(`
  query PersonNotes($id: ID!, $includeCancelled: Boolean!) {
    person(id: $id) {
      id
      notes(includeCancelled: $includeCancelled) {
        ...NoteFields
      }
    }
  }
`);

const CaseNotes = graphql(`
  query CaseNotes($id: ID!, $includeCancelled: Boolean!, $application: Boolean!) {
    application(id: $id) @include(if: $application) {
      id
      notes(includeCancelled: $includeCancelled) {
        ...NoteFields
      }
    }
    integratedCase(id: $id) @skip(if: $application) {
      id
      notes(includeCancelled: $includeCancelled) {
        ...NoteFields
      }
    }
  }
`);

const AddCaseNote = graphql(`
  mutation AddCaseNote($input: AddCaseNoteInput!) {
    addCaseNote(input: $input) {
      id
    }
  }
`);

/** Every query that lists notes, refetched after a change. */
export const NOTE_QUERIES = ['PersonNotes', 'CaseNotes'];

const AddNote = graphql(`
  mutation AddNote($input: AddNoteInput!) {
    addNote(input: $input) {
      id
    }
  }
`);

export type NoteItem = NoteFieldsFragment;

const PRIORITY_TAG: Record<NotePriority, 'gray' | 'blue' | 'magenta' | 'red'> = {
  LOW: 'gray',
  NORMAL: 'blue',
  HIGH: 'magenta',
  URGENT: 'red',
};

/**
 * Notes about a person or on a case (R3.3): add, edit (each edit keeps the previous version),
 * history, cancel. One panel for the one note model; the subject picks the query.
 */
export function NotesPanel({
  personId,
  caseRef,
}: {
  personId?: string;
  caseRef?: { caseType: CaseKind; id: string };
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { user, can } = useAuth();
  const writer = can('note:write');
  const [includeCancelled, setIncludeCancelled] = useState(false);
  // skipToken, not skip: a skipped query stays registered, and the refetch by name after a change
  // would run it with an empty id.
  const person = useQuery(
    PersonNotesDocument,
    personId ? { variables: { id: personId, includeCancelled } } : skipToken,
  );
  const application = caseRef?.caseType === 'APPLICATION_CASE';
  const onCase = useQuery(
    CaseNotes,
    caseRef ? { variables: { id: caseRef.id, includeCancelled, application } } : skipToken,
  );
  const { loading, error } = caseRef ? onCase : person;
  // Only the list shown here: the other subject's query is skipped (see note-modals).
  const queries = [caseRef ? 'CaseNotes' : 'PersonNotes'];
  const refetch = { refetchQueries: queries, awaitRefetchQueries: true };
  const [addNote, addedNote] = useMutation(AddNote, refetch);
  const [addCaseNote, addedCaseNote] = useMutation(AddCaseNote, refetch);
  const added = caseRef ? addedCaseNote : addedNote;
  const [text, setText] = useState('');
  const [priority, setPriority] = useState<NotePriority>('NORMAL');
  const [sensitivity, setSensitivity] = useState<NoteSensitivity>('STANDARD');
  const [editing, setEditing] = useState<NoteItem | null>(null);
  const [history, setHistory] = useState<NoteItem | null>(null);
  const [cancelling, setCancelling] = useState<NoteItem | null>(null);
  const notes = caseRef
    ? application
      ? onCase.data?.application?.notes
      : onCase.data?.integratedCase?.notes
    : person.data?.person?.notes;

  return (
    <section className="cw-section" aria-labelledby="notes-heading">
      <div className="cw-page__header">
        <h2 id="notes-heading" className="cds--type-heading-04">
          {t('notes.title')}
        </h2>
        <Toggle
          id="show-cancelled"
          size="sm"
          labelText={t('notes.showCancelled')}
          labelA={t('notes.off')}
          labelB={t('notes.on')}
          toggled={includeCancelled}
          onToggle={setIncludeCancelled}
        />
      </div>
      {writer && (
        <Tile className="cw-note">
          <Form
            aria-label={t('notes.add')}
            onSubmit={(e) => {
              e.preventDefault();
              const note = { text, priority, sensitivity };
              void (
                caseRef
                  ? addCaseNote({
                      variables: {
                        input: { caseType: caseRef.caseType, caseId: caseRef.id, ...note },
                      },
                    })
                  : addNote({ variables: { input: { personId: personId ?? '', ...note } } })
              ).then(
                () => setText(''),
                () => undefined,
              );
            }}
          >
            <Stack gap={5}>
              <TextArea
                id="new-note-text"
                labelText={t('notes.newText')}
                value={text}
                rows={3}
                onChange={(e) => setText(e.target.value)}
              />
              <div className="cw-row">
                <Select
                  id="new-note-priority"
                  labelText={t('notes.priority')}
                  value={priority}
                  onChange={(e) => setPriority(e.target.value as NotePriority)}
                >
                  {PRIORITIES.map((p) => (
                    <SelectItem key={p} value={p} text={t(`notes.priorityValue.${p}`)} />
                  ))}
                </Select>
                <Select
                  id="new-note-sensitivity"
                  labelText={t('notes.sensitivity')}
                  value={sensitivity}
                  onChange={(e) => setSensitivity(e.target.value as NoteSensitivity)}
                >
                  {sensitivitiesFor(user?.clearance ?? 0).map((s) => (
                    <SelectItem key={s} value={s} text={t(`notes.sensitivityValue.${s}`)} />
                  ))}
                </Select>
              </div>
              {added.error && <ErrorNotice error={added.error} />}
              <div>
                <Button type="submit" disabled={added.loading || text.trim().length === 0}>
                  {t('notes.add')}
                </Button>
              </div>
            </Stack>
          </Form>
        </Tile>
      )}
      {error && <ErrorNotice error={error} />}
      {loading && !notes && <LoadingState />}
      {notes && notes.length === 0 && <EmptyState title={t('notes.empty')} />}
      {notes && notes.length > 0 && (
        <ul className="cw-stack" aria-label={t('notes.title')}>
          {notes.map((note) => (
            <li key={note.id}>
              <Tile className="cw-note" data-testid="note">
                <div className="cw-row">
                  <Tag type={PRIORITY_TAG[note.priority]}>
                    {t(`notes.priorityValue.${note.priority}`)}
                  </Tag>
                  <Tag type="outline">{t(`notes.sensitivityValue.${note.sensitivity}`)}</Tag>
                  {note.status === 'CANCELLED' && <Tag type="red">{t('notes.cancelled')}</Tag>}
                </div>
                <p className="cw-note__text">{note.text}</p>
                <p className="cw-muted cds--type-helper-text-01">
                  {t('notes.meta', {
                    author: note.createdBy,
                    date: format.dateTime(note.createdAt),
                    count: note.history.length - 1,
                  })}
                  {note.status === 'CANCELLED' &&
                    ` · ${t('notes.cancelledMeta', { who: note.cancelledBy, date: note.cancelledAt ? format.dateTime(note.cancelledAt) : '', reason: note.cancellationReason })}`}
                </p>
                <div className="cw-row">
                  <Button kind="ghost" size="sm" onClick={() => setHistory(note)}>
                    {t('notes.history')}
                  </Button>
                  {writer && note.status === 'ACTIVE' && (
                    <>
                      <Button kind="tertiary" size="sm" onClick={() => setEditing(note)}>
                        {t('notes.edit')}
                      </Button>
                      <Button kind="danger--ghost" size="sm" onClick={() => setCancelling(note)}>
                        {t('notes.cancel')}
                      </Button>
                    </>
                  )}
                </div>
              </Tile>
            </li>
          ))}
        </ul>
      )}
      {editing && (
        <EditNoteModal
          note={editing}
          clearance={user?.clearance ?? 0}
          queries={queries}
          onClose={() => setEditing(null)}
        />
      )}
      {history && <NoteHistoryModal note={history} onClose={() => setHistory(null)} />}
      {cancelling && (
        <CancelNoteModal note={cancelling} queries={queries} onClose={() => setCancelling(null)} />
      )}
    </section>
  );
}
