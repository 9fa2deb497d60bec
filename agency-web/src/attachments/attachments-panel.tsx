import {
  AttachmentsTable,
  EmptyState,
  ErrorNotice,
  FileUploader,
  LoadingState,
  useAuth,
} from '@casework/web-kit';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Button, Select, SelectItem, Stack, TextInput, Toggle } from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql/index.js';
import { type AttachmentSubject, type NoteSensitivity } from '../gql/graphql.js';
import { sensitivitiesFor } from '../notes/note-options.js';
import { RemoveAttachmentModal } from './remove-attachment-modal.js';

const PersonAttachments = graphql(`
  query PersonAttachments($id: ID!, $includeRemoved: Boolean!) {
    person(id: $id) {
      id
      attachments(includeRemoved: $includeRemoved) {
        id
        version
        fileName
        contentType
        size
        description
        sensitivity
        status
        uploadedBy
        uploadedAt
        removedBy
        removalReason
        downloadUrl
        previewUrl
      }
    }
  }
`);

const ApplicationAttachments = graphql(`
  query ApplicationAttachments($id: ID!, $includeRemoved: Boolean!) {
    application(id: $id) {
      id
      attachments(includeRemoved: $includeRemoved) {
        id
        version
        fileName
        contentType
        size
        description
        sensitivity
        status
        uploadedBy
        uploadedAt
        removedBy
        removalReason
        downloadUrl
        previewUrl
      }
    }
  }
`);

const CaseAttachments = graphql(`
  query CaseAttachments($id: ID!, $includeRemoved: Boolean!) {
    integratedCase(id: $id) {
      id
      attachments(includeRemoved: $includeRemoved) {
        id
        version
        fileName
        contentType
        size
        description
        sensitivity
        status
        uploadedBy
        uploadedAt
        removedBy
        removalReason
        downloadUrl
        previewUrl
      }
    }
  }
`);

const RequestUpload = graphql(`
  mutation RequestAttachmentUpload($input: RequestUploadInput!) {
    requestUpload(input: $input) {
      uploadUrl
      maxBytes
    }
  }
`);

const AddAttachment = graphql(`
  mutation AddAttachment($input: AddAttachmentInput!) {
    addAttachment(input: $input) {
      id
    }
  }
`);

const ACCEPT = [
  '.pdf',
  '.doc',
  '.docx',
  '.xls',
  '.xlsx',
  '.txt',
  '.jpg',
  '.jpeg',
  '.png',
  '.tif',
  '.tiff',
];
const REFETCH = ['PersonAttachments', 'ApplicationAttachments', 'CaseAttachments'];

/** The Attachments section of a person, application case or integrated case page (R3.4). */
export function AttachmentsPanel({
  subject,
  subjectId,
}: {
  subject: AttachmentSubject;
  subjectId: string;
}) {
  const { t } = useTranslation();
  const { user, can } = useAuth();
  const writer = can('attachment:write');
  const client = useApolloClient();
  const [includeRemoved, setIncludeRemoved] = useState(false);
  const [sensitivity, setSensitivity] = useState<NoteSensitivity>('STANDARD');
  const [description, setDescription] = useState('');
  const [removing, setRemoving] = useState<{
    id: string;
    version: number;
    fileName: string;
  } | null>(null);
  const variables = { id: subjectId, includeRemoved };
  const person = useQuery(PersonAttachments, { variables, skip: subject !== 'PERSON' });
  const application = useQuery(ApplicationAttachments, {
    variables,
    skip: subject !== 'APPLICATION_CASE',
  });
  const integrated = useQuery(CaseAttachments, { variables, skip: subject !== 'INTEGRATED_CASE' });
  const query =
    subject === 'PERSON' ? person : subject === 'APPLICATION_CASE' ? application : integrated;
  const { loading, error } = query;
  const list =
    person.data?.person?.attachments ??
    application.data?.application?.attachments ??
    integrated.data?.integratedCase?.attachments;
  const [requestUpload] = useMutation(RequestUpload);
  const [addAttachment] = useMutation(AddAttachment);
  const attachments: AttachmentItem[] = list ?? [];

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
        <Stack gap={5} className="cw-attachments__add">
          <TextInput
            id="attachment-description"
            labelText={t('attachments.description')}
            value={description}
            maxLength={2000}
            onChange={(e) => setDescription(e.target.value)}
          />
          <Select
            id="attachment-sensitivity"
            labelText={t('attachments.sensitivity')}
            value={sensitivity}
            onChange={(e) => setSensitivity(e.target.value as NoteSensitivity)}
          >
            {sensitivitiesFor(user?.clearance ?? 0).map((s) => (
              <SelectItem key={s} value={s} text={t(`files.sensitivityValue.${s}`)} />
            ))}
          </Select>
          <FileUploader
            accept={ACCEPT}
            requestUpload={async (file) => {
              const granted = await requestUpload({
                variables: {
                  input: {
                    purpose: 'CASE_ATTACHMENT',
                    fileName: file.name,
                    size: file.size,
                    contentType: file.type || null,
                  },
                },
              });
              const grant = granted.data?.requestUpload;
              if (!grant) throw new Error(t('attachments.grantRefused'));
              return { uploadUrl: grant.uploadUrl };
            }}
            onUploaded={async (_file, fileId) => {
              await addAttachment({
                variables: {
                  input: {
                    fileId,
                    subjectType: subject,
                    subjectId,
                    sensitivity,
                    description: description || null,
                  },
                },
              });
              await client.refetchQueries({ include: REFETCH });
            }}
          />
        </Stack>
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
              <Button kind="ghost" size="sm" onClick={() => setRemoving(a)}>
                {t('attachments.remove')}
                <span className="cds--visually-hidden"> {a.fileName}</span>
              </Button>
            ) : a.status === 'REMOVED' ? (
              <span>
                {t('attachments.removedBy', { name: a.removedBy, reason: a.removalReason })}
              </span>
            ) : null
          }
        />
      )}
      {removing && (
        <RemoveAttachmentModal attachment={removing} onClose={() => setRemoving(null)} />
      )}
    </section>
  );
}

interface AttachmentItem {
  id: string;
  version: number;
  fileName: string;
  contentType: string;
  size: number;
  description?: string | null;
  sensitivity: string;
  status: string;
  uploadedBy: string;
  uploadedAt: string;
  removedBy?: string | null;
  removalReason?: string | null;
  downloadUrl?: string | null;
  previewUrl?: string | null;
}
