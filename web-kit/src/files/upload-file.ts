export interface UploadFieldError {
  field: string;
  message: string;
  code?: string;
  params?: Record<string, unknown>;
}

/** A refusal of the upload endpoint: HTTP status, stable code and the server's detail. */
export class UploadError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly limit?: number,
    /** The refused input with its stable code (kit's REFUSALS), for the user's language. */
    readonly fields: UploadFieldError[] = [],
  ) {
    super(message);
  }
}

/**
 * Sends a file's bytes to an upload URL from `requestUpload` with XMLHttpRequest (fetch reports no
 * upload progress). `onProgress` gets the share sent, 0 to 1; aborting the signal cancels it.
 */
export function uploadFile(
  url: string,
  file: Blob,
  onProgress: (share: number) => void,
  signal?: AbortSignal,
): Promise<{ id: string }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      const body = parse(xhr.responseText);
      if (xhr.status === 201 && body?.file?.id) {
        onProgress(1);
        resolve({ id: body.file.id });
        return;
      }
      const error = body?.error;
      reject(
        new UploadError(
          xhr.status,
          error?.code ?? 'INTERNAL_SERVER_ERROR',
          error?.message ?? '',
          error?.limit,
          error?.fields,
        ),
      );
    };
    xhr.onerror = () => reject(new UploadError(0, 'NETWORK', 'network'));
    xhr.onabort = () => reject(new UploadError(0, 'CANCELLED', 'cancelled'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}

interface UploadAnswer {
  file?: { id?: string };
  error?: { code?: string; message?: string; limit?: number; fields?: UploadFieldError[] };
}

function parse(text: string): UploadAnswer | undefined {
  try {
    return JSON.parse(text) as UploadAnswer;
  } catch {
    return undefined;
  }
}
