/**
 * The one place the portal uploads a request's file (R5.7). The files capability (issue 10:
 * `requestUpload(input: { purpose: ADMINISTRATIVE_REQUEST, fileName, size, contentType,
 * noPhiConfirmed: true })`, then the streamed upload through the gateway) is not in this branch:
 * until it is wired in here, the server answers `administrativeRequestFilesAvailable: false`, the
 * pages say that attaching files is not available yet, and this refuses.
 */
export interface UploadedFile {
  fileId: string;
  fileName: string;
  noPhiConfirmed: true;
}

export class FilesNotAvailableError extends Error {
  constructor() {
    super('attaching files is not available yet');
  }
}

export function uploadAdminRequestFile(file: File, noPhiConfirmed: true): Promise<UploadedFile> {
  void file;
  void noPhiConfirmed;
  return Promise.reject(new FilesNotAvailableError());
}
