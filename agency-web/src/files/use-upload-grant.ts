import { type UploadTarget } from '@casework/web-kit';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../gql/index.js';
import { type FilePurpose } from '../gql/graphql.js';

const RequestUploadGrant = graphql(`
  mutation RequestUploadGrant($input: RequestUploadInput!) {
    requestUpload(input: $input) {
      uploadUrl
    }
  }
`);

/**
 * The `requestUpload` of web-kit's FileUploader for one purpose (R3.4): asks the API for an upload
 * grant for the chosen file; a refusal reaches the uploader, which shows it at the file, and a
 * missing grant is reported with `refusedText`.
 */
export function useUploadGrant(
  purpose: FilePurpose,
  refusedText: string,
): (file: File) => Promise<UploadTarget> {
  const [requestUpload] = useMutation(RequestUploadGrant);
  return useCallback(
    async (file: File) => {
      const granted = await requestUpload({
        variables: {
          input: { purpose, fileName: file.name, size: file.size, contentType: file.type || null },
        },
      });
      const grant = granted.data?.requestUpload;
      if (!grant) throw new Error(refusedText);
      return { uploadUrl: grant.uploadUrl };
    },
    [requestUpload, purpose, refusedText],
  );
}
