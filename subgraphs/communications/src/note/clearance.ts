import { authorize, type Identity, type Permission, refuse } from '@casework/kit';
import { type NoteSensitivity, readableSensitivities, sensitivityLevel } from './note-enums.js';

/** The sensitivities the caller may read, once the permission to read at all (`permission`) is checked. */
export function readableWith(
  identity: Identity,
  permission: Permission,
  action: string,
): NoteSensitivity[] {
  authorize(identity, permission, action);
  return readableSensitivities(identity.clearance);
}

/** Refuses writing at a sensitivity above the caller's clearance (notes and attachments, R3.3, R3.4). */
export function assertClearance(
  identity: Identity,
  sensitivity: NoteSensitivity,
  field: string,
  reason: 'CLEARANCE_TOO_LOW' | 'ATTACHMENT_CLEARANCE_TOO_LOW',
): void {
  if (sensitivityLevel(sensitivity) > identity.clearance)
    throw refuse(reason, { field, params: { sensitivity } });
}
