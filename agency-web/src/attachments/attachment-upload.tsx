import { FileUploader, useAuth } from '@casework/web-kit';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Select, SelectItem, Stack, TextInput } from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql/index.js';
import { type AttachmentSubject, type NoteSensitivity } from '../gql/graphql.js';
import { useUploadGrant } from '../files/use-upload-grant.js';
import { sensitivitiesFor } from '../notes/note-options.js';

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

/** Adds files to a person or case (R3.4): description and sensitivity for the next file, then upload. */
export function AttachmentUpload({
  subject,
  subjectId,
  refetch,
}: {
  subject: AttachmentSubject;
  subjectId: string;
  refetch: string[];
}) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const client = useApolloClient();
  const [sensitivity, setSensitivity] = useState<NoteSensitivity>('STANDARD');
  const [description, setDescription] = useState('');
  const requestUpload = useUploadGrant('CASE_ATTACHMENT', t('attachments.grantRefused'));
  const [addAttachment] = useMutation(AddAttachment);
  return (
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
        requestUpload={requestUpload}
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
          await client.refetchQueries({ include: refetch });
        }}
      />
    </Stack>
  );
}
