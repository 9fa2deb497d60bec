import { type UploadTarget } from '@casework/web-kit';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql/index.js';

const RequestUpload = graphql(`
  mutation RequestAdminRequestUpload($input: RequestUploadInput!) {
    requestUpload(input: $input) {
      uploadUrl
      maxBytes
    }
  }
`);

/** The types offered for a request's file (the server's allow-list decides). */
export const REQUEST_FILE_TYPES = ['.pdf', '.png', '.jpg', '.jpeg', '.docx', '.xlsx'];

/**
 * The upload grant for a request's file (R5.7): purpose ADMINISTRATIVE_REQUEST with the user's
 * no-PHI confirmation, which the server requires before it issues the grant. web-kit's
 * FileUploader sends the bytes to the returned URL (`uploadFile`) and reports progress.
 */
export function useAdminRequestUpload(): (file: File) => Promise<UploadTarget> {
  const { t } = useTranslation();
  const [requestUpload] = useMutation(RequestUpload);
  return async (file) => {
    const granted = await requestUpload({
      variables: {
        input: {
          purpose: 'ADMINISTRATIVE_REQUEST',
          fileName: file.name,
          size: file.size,
          contentType: file.type || null,
          noPhiConfirmed: true,
        },
      },
    });
    const grant = granted.data?.requestUpload;
    if (!grant) throw new Error(t('request.uploadRefused'));
    return { uploadUrl: grant.uploadUrl };
  };
}
