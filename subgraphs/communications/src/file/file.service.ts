import { type EntityManager } from '@mikro-orm/postgresql';
import {
  type FieldError,
  fieldRefusal,
  forbidden,
  type Identity,
  notFound,
  refuse,
  refuseFields,
} from '@casework/kit';
import { FILE_PURPOSES, FilePurpose, mayUseFilePurpose } from './file-purpose.js';
import { DOWNLOAD_PATH, signedQuery, UPLOAD_PATH } from './file-links.js';
import { readFileSettings } from './file-settings.js';
import { extensionOf, typeForName } from './file-types.js';
import { type RequestUploadInput, type UploadGrantPayload } from './file.input.js';
import { StoredFile } from './stored-file.entity.js';
import { UploadGrant } from './upload-grant.entity.js';

// Control characters and path separators have no place in a file name.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_NAME = /[\u0000-\u001f\u007f/\\]/;

export type Disposition = 'attachment' | 'inline';

/**
 * Upload grants, attaching uploaded files to records, and download links: the rules every
 * feature that keeps files shares. Who may read a file is decided by the feature that attached it.
 */
export class FileService {
  constructor(
    private readonly em: EntityManager,
    private readonly identity: Identity,
  ) {}

  async requestUpload(input: RequestUploadInput): Promise<UploadGrantPayload> {
    const settings = readFileSettings();
    const policy = FILE_PURPOSES[input.purpose];
    const organisationId =
      input.organisationId ?? (policy.organisationScoped ? this.identity.organisationId : null);
    if (!mayUseFilePurpose(this.identity, input.purpose, organisationId)) {
      throw forbidden(`upload files for ${input.purpose}`);
    }
    const problems: FieldError[] = [];
    if (
      hasLoneSurrogate(input.fileName) ||
      FORBIDDEN_NAME.test(input.fileName) ||
      !input.fileName.trim()
    ) {
      problems.push(fieldRefusal('input.fileName', 'INVALID_FILE_NAME', { property: 'fileName' }));
    } else {
      const named = typeForName(input.fileName, settings.allowedExtensions);
      if ('refusal' in named)
        problems.push(
          fieldRefusal('input.fileName', 'FILE_TYPE_NOT_ALLOWED', {
            extension: extensionOf(input.fileName) || '(none)',
            allowed: settings.allowedExtensions.map((e) => `.${e}`),
          }),
        );
      else if (
        input.contentType &&
        input.contentType !== 'application/octet-stream' &&
        input.contentType.toLowerCase() !== named.type.mime
      ) {
        problems.push(
          fieldRefusal('input.contentType', 'CONTENT_TYPE_MISMATCH', {
            contentType: input.contentType,
            extension: named.ext,
            expected: named.type.mime,
          }),
        );
      }
    }
    if (!Number.isInteger(input.size)) {
      problems.push(fieldRefusal('input.size', 'NOT_WHOLE_NUMBER', { property: 'size' }));
    } else if (settings.maxBytes !== undefined && input.size > settings.maxBytes) {
      problems.push(fieldRefusal('input.size', 'FILE_TOO_LARGE', { maxBytes: settings.maxBytes }));
    }
    if (policy.requiresNoPhiConfirmation && input.noPhiConfirmed !== true) {
      problems.push(fieldRefusal('input.noPhiConfirmed', 'NO_PHI_CONFIRMATION_REQUIRED'));
    }
    if (problems.length) {
      const extensions: Record<string, unknown> = {};
      if (problems.some((p) => p.code === 'FILE_TOO_LARGE')) extensions.limit = settings.maxBytes;
      if (problems.some((p) => p.code === 'NO_PHI_CONFIRMATION_REQUIRED')) extensions.rule = 'R5.7';
      throw refuseFields(problems, extensions);
    }
    const named = typeForName(input.fileName, settings.allowedExtensions);
    const expiresAt = new Date(Date.now() + settings.grantMinutes * 60_000);
    const grant = this.em.create(UploadGrant, {
      purpose: input.purpose,
      organisationId,
      fileName: input.fileName.trim(),
      contentType: 'type' in named ? named.type.mime : 'application/octet-stream',
      declaredSize: input.size,
      requestedById: this.identity.id,
      requestedBy: this.identity.name,
      noPhiConfirmed: input.noPhiConfirmed === true,
      expiresAt,
    });
    await this.em.flush();
    const query = signedQuery({
      subject: `upload:${grant.id}`,
      accountId: this.identity.id,
      expiresAt,
    });
    return {
      grantId: grant.id,
      uploadUrl: `${UPLOAD_PATH}/${grant.id}?${query}`,
      expiresAt,
      maxBytes: settings.maxBytes ?? null,
    };
  }

  /**
   * Attaches an uploaded file for its purpose: only the uploader's own complete upload, once,
   * and only while the caller still holds the purpose's permission (checked again here).
   */
  async claim(fileId: string, purpose: FilePurpose, field = 'input.fileId'): Promise<StoredFile> {
    const file = await this.em.findOne(StoredFile, { id: fileId });
    if (!file || file.uploadedById !== this.identity.id) {
      throw refuse('NO_SUCH_UPLOAD', { field });
    }
    if (file.purpose !== purpose) {
      throw refuse('FILE_PURPOSE_MISMATCH', {
        field,
        params: { purpose: file.purpose, expected: purpose },
      });
    }
    if (!mayUseFilePurpose(this.identity, purpose, file.organisationId)) {
      throw forbidden(`attach files for ${purpose}`);
    }
    if (file.attachedAt) throw refuse('FILE_ALREADY_ATTACHED', { field });
    file.attachedAt = new Date();
    return file;
  }

  /** A short-lived link on the gateway for the caller; issue it only after checking read access. */
  downloadUrl(file: StoredFile, disposition: Disposition): string {
    const settings = readFileSettings();
    const expiresAt = new Date(Date.now() + settings.linkMinutes * 60_000);
    const query = signedQuery({
      subject: `download:${file.id}:${disposition}`,
      accountId: this.identity.id,
      expiresAt,
    });
    return `${DOWNLOAD_PATH}/${file.id}?disposition=${disposition}&${query}`;
  }

  /** Whether the caller may read a file that is not attached to an attachment record. */
  mayReadUnattached(file: StoredFile): boolean {
    if (file.uploadedById === this.identity.id) return true;
    // Administrative request files: the organisation's administrators and the support desk (R5.7).
    return (
      file.purpose === FilePurpose.ADMINISTRATIVE_REQUEST &&
      !!file.attachedAt &&
      mayUseFilePurpose(this.identity, file.purpose, file.organisationId)
    );
  }

  async get(id: string): Promise<StoredFile> {
    const file = await this.em.findOne(StoredFile, { id });
    if (!file) throw notFound('File', id);
    return file;
  }
}

/** A UTF-16 surrogate without its partner (not a character; PostgreSQL refuses it). */
function hasLoneSurrogate(text: string): boolean {
  return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}
