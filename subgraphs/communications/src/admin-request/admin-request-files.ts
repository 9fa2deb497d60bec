import { refuse, type RequestContext } from '@casework/kit';
import { FilePurpose } from '../file/file-purpose.js';
import { FileService } from '../file/file.service.js';
import { StoredFile } from '../file/stored-file.entity.js';
import { AdminRequestFile } from './admin-request-file.entity.js';
import { type AdminRequestFileInput } from './admin-request.input.js';
import { type AdminRequestMessage } from './admin-request-message.entity.js';

/** Files can be attached to administrative requests (the files capability is wired in). */
export const ADMIN_REQUEST_FILES_AVAILABLE = true;

/** Refuses files without the no-PHI confirmation (R5.7) or listed twice, before anything is read. */
export function checkFileInputs(files: AdminRequestFileInput[], field: string): void {
  const seen = new Set<string>();
  files.forEach((file, i) => {
    if (file.noPhiConfirmed !== true)
      throw refuse('NO_PHI_CONFIRMATION_REQUIRED', {
        field: `${field}.${i}.noPhiConfirmed`,
        extensions: { rule: 'R5.7' },
      });
    if (seen.has(file.fileId))
      throw refuse('REQUEST_FILE_TWICE', {
        field: `${field}.${i}.fileId`,
        params: { property: `${field}.${i}.fileId` },
      });
    seen.add(file.fileId);
  });
}

/**
 * Links the caller's uploads (purpose ADMINISTRATIVE_REQUEST, confirmed free of PHI at the grant)
 * to a message. Each file must be the caller's own complete upload, not attached yet, and of the
 * request's organisation; `FileService.claim` checks the purpose's permission again. A desk
 * upload takes the request's organisation, so only that organisation's administrators and the
 * desk can read it. The stored file's name and confirmation are kept, not the client's words.
 */
export async function attachFiles(
  ctx: RequestContext,
  message: AdminRequestMessage,
  files: AdminRequestFileInput[],
  field: string,
): Promise<void> {
  const service = new FileService(ctx.em, ctx.identity);
  const providerId = message.request.providerId;
  for (const [i, input] of files.entries()) {
    const path = `${field}.${i}.fileId`;
    const file = await ctx.em.findOne(StoredFile, { id: input.fileId });
    const fits =
      file &&
      file.uploadedById === ctx.identity.id &&
      file.purpose === FilePurpose.ADMINISTRATIVE_REQUEST &&
      (file.organisationId ?? providerId) === providerId &&
      !file.purgedAt;
    if (!file || !fits)
      throw refuse('REQUEST_FILE_UNKNOWN', { field: path, params: { property: path } });
    if (file.attachedAt)
      throw refuse('REQUEST_FILE_ATTACHED', { field: path, params: { property: path } });
    if (!file.noPhiConfirmedAt)
      throw refuse('NO_PHI_CONFIRMATION_REQUIRED', {
        field: `${field}.${i}.noPhiConfirmed`,
        extensions: { rule: 'R5.7' },
      });
    await service.claim(file.id, FilePurpose.ADMINISTRATIVE_REQUEST, path);
    file.organisationId = providerId;
    ctx.em.create(AdminRequestFile, {
      message,
      fileId: file.id,
      fileName: file.fileName,
      confirmedNoPhiById: file.noPhiConfirmedById ?? ctx.identity.id,
      confirmedNoPhiBy: file.noPhiConfirmedBy ?? ctx.identity.name,
      confirmedNoPhiAt: file.noPhiConfirmedAt,
    });
  }
}
