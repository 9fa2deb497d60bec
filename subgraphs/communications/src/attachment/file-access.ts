import { can, type Identity } from '@casework/kit';
import { type EntityManager } from '@mikro-orm/postgresql';
import { FileService } from '../file/file.service.js';
import { type StoredFile } from '../file/stored-file.entity.js';
import { readableSensitivities } from '../note/note-enums.js';
import { AttachmentStatus } from './attachment-enums.js';
import { Attachment } from './attachment.entity.js';

/**
 * Checked again on every download: a file attached to a record is readable while its attachment
 * is active and the caller may read attachments at its sensitivity; other files by their purpose.
 */
export async function mayReadFile(
  em: EntityManager,
  identity: Identity,
  file: StoredFile,
): Promise<boolean> {
  const attachment = await em.findOne(Attachment, { file: file.id });
  if (attachment) {
    return (
      attachment.status === AttachmentStatus.ACTIVE &&
      can(identity, 'attachment:read') &&
      readableSensitivities(identity.clearance).includes(attachment.sensitivity)
    );
  }
  return new FileService(em, identity).mayReadUnattached(file);
}
