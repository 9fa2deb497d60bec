import { refuse, type RequestContext } from '@casework/kit';
import { AdminRequestFile } from './admin-request-file.entity.js';
import { type AdminRequestFileInput } from './admin-request.input.js';
import { type AdminRequestMessage } from './admin-request-message.entity.js';

/**
 * Whether the files capability (upload grants, storage, `Attachment`s: issue 10) is wired in.
 * Until it is, a request or reply with files is refused with FILES_NOT_AVAILABLE and nothing is
 * stored; the web apps read the same answer from `administrativeRequestFilesAvailable`.
 */
export const ADMIN_REQUEST_FILES_AVAILABLE = false;

/** Refuses files without the no-PHI confirmation (R5.7), before anything is stored. */
export function checkFileInputs(files: AdminRequestFileInput[], field: string): void {
  files.forEach((file, i) => {
    if (file.noPhiConfirmed !== true)
      throw refuse('NO_PHI_CONFIRMATION_REQUIRED', {
        field: `${field}.${i}.noPhiConfirmed`,
        extensions: { rule: 'R5.7' },
      });
  });
  if (files.length && !ADMIN_REQUEST_FILES_AVAILABLE)
    throw refuse('FILES_NOT_AVAILABLE', { field });
}

/**
 * Links uploaded files to a message with who confirmed no PHI and when. The one place to wire to
 * the files capability when it lands: check each id is the caller's upload for the purpose
 * ADMINISTRATIVE_REQUEST with `noPhiConfirmed`, then keep the link.
 */
export function attachFiles(
  ctx: RequestContext,
  message: AdminRequestMessage,
  files: AdminRequestFileInput[],
): void {
  const now = new Date();
  for (const file of files) {
    ctx.em.create(AdminRequestFile, {
      message,
      fileId: file.fileId,
      fileName: file.fileName,
      confirmedNoPhiById: ctx.identity.id,
      confirmedNoPhiBy: ctx.identity.name,
      confirmedNoPhiAt: now,
    });
  }
}
