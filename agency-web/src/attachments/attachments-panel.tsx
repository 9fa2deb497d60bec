import {
  AttachmentsTable,
  EmptyState,
  ErrorNotice,
  LoadingState,
  useAuth,
} from '@casework/web-kit';
import { skipToken, useQuery } from '@apollo/client/react';
import { Button, Toggle } from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql/index.js';
import { type AttachmentFieldsFragment, type AttachmentSubject } from '../gql/graphql.js';
import { AttachmentUpload } from './attachment-upload.js';
import { EditAttachmentModal } from './edit-attachment-modal.js';
import { RemoveAttachmentModal } from './remove-attachment-modal.js';

// One selection for the three record types, so the lists cannot drift apart.
graphql(`
  fragment AttachmentFields on Attachment {
    id
    version
    fileName
    contentType
    size
    sha256
    description
    sensitivity
    status
    uploadedBy
    uploadedAt
    removedBy
    removalReason
    downloadUrl
    previewUrl
    history {
      id
      field
      oldValue
      newValue
      changedBy
      changedAt
    }
  }
`);

const PersonAttachments = graphql(`
  query PersonAttachments($id: ID!, $includeRemoved: Boolean!) {
    person(id: $id) {
      id
      attachments(includeRemoved: $includeRemoved) {
        ...AttachmentFields
      }
    }
  }
`);

const ApplicationAttachments = graphql(`
  query ApplicationAttachments($id: ID!, $includeRemoved: Boolean!) {
    application(id: $id) {
      id
      attachments(includeRemoved: $includeRemoved) {
        ...AttachmentFields
      }
    }
  }
`);

const CaseAttachments = graphql(`
  query CaseAttachments($id: ID!, $includeRemoved: Boolean!) {
    integratedCase(id: $id) {
      id
      attachments(includeRemoved: $includeRemoved) {
        ...AttachmentFields
      }
    }
  }
`);

type AttachmentItem = AttachmentFieldsFragment;

/** The one list to refresh after an upload: refetching the others would ask for this id as another kind of record. */
const REFETCH: Record<AttachmentSubject, string> = {
  PERSON: 'PersonAttachments',
  APPLICATION_CASE: 'ApplicationAttachments',
  INTEGRATED_CASE: 'CaseAttachments',
};

/** The Attachments section of a person, application case or integrated case page (R3.4). */
export function AttachmentsPanel({
  subject,
  subjectId,
}: {
  subject: AttachmentSubject;
  subjectId: string;
}) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const writer = can('attachment:write');
  const [includeRemoved, setIncludeRemoved] = useState(false);
  const [editing, setEditing] = useState<AttachmentItem | null>(null);
  const [removing, setRemoving] = useState<AttachmentItem | null>(null);
  const variables = { id: subjectId, includeRemoved };
  // skipToken, not skip: a skipped query stays registered and a refetch by name would run it.
  const person = useQuery(PersonAttachments, subject === 'PERSON' ? { variables } : skipToken);
  const application = useQuery(
    ApplicationAttachments,
    subject === 'APPLICATION_CASE' ? { variables } : skipToken,
  );
  const integrated = useQuery(
    CaseAttachments,
    subject === 'INTEGRATED_CASE' ? { variables } : skipToken,
  );
  const query =
    subject === 'PERSON' ? person : subject === 'APPLICATION_CASE' ? application : integrated;
  const { loading, error } = query;
  const list =
    person.data?.person?.attachments ??
    application.data?.application?.attachments ??
    integrated.data?.integratedCase?.attachments;
  const attachments = list ?? [];

  return (
    <section className="cw-section" aria-labelledby="attachments-heading">
      <div className="cw-page__header">
        <h2 id="attachments-heading" className="cds--type-heading-04">
          {t('attachments.title')}
        </h2>
        <Toggle
          id="show-removed-attachments"
          size="sm"
          labelText={t('attachments.showRemoved')}
          labelA={t('notes.off')}
          labelB={t('notes.on')}
          toggled={includeRemoved}
          onToggle={setIncludeRemoved}
        />
      </div>
      {writer && (
        <AttachmentUpload subject={subject} subjectId={subjectId} refetch={[REFETCH[subject]]} />
      )}
      {loading && !list && <LoadingState />}
      {error && <ErrorNotice error={error} />}
      {list && attachments.length === 0 && <EmptyState title={t('attachments.empty')} />}
      {attachments.length > 0 && (
        <AttachmentsTable
          title={t('attachments.list')}
          attachments={attachments}
          actions={(a) =>
            writer && a.status === 'ACTIVE' ? (
              <>
                <Button kind="ghost" size="sm" onClick={() => setEditing(a)}>
                  {t('attachments.edit')}
                  <span className="cds--visually-hidden"> {a.fileName}</span>
                </Button>
                <Button kind="ghost" size="sm" onClick={() => setRemoving(a)}>
                  {t('attachments.remove')}
                  <span className="cds--visually-hidden"> {a.fileName}</span>
                </Button>
              </>
            ) : a.status === 'REMOVED' ? (
              <span>
                {t('attachments.removedBy', { name: a.removedBy, reason: a.removalReason })}
              </span>
            ) : null
          }
        />
      )}
      {editing && <EditAttachmentModal attachment={editing} onClose={() => setEditing(null)} />}
      {removing && (
        <RemoveAttachmentModal attachment={removing} onClose={() => setRemoving(null)} />
      )}
    </section>
  );
}
