import { can, type Identity, type Permission, Role } from '@casework/kit';
import { registerEnumType } from 'type-graphql';

/** What a file is uploaded for; each purpose has one policy below. */
export enum FilePurpose {
  CASE_ATTACHMENT = 'CASE_ATTACHMENT',
  MEETING_MINUTES = 'MEETING_MINUTES',
  LETTER = 'LETTER',
  ADMINISTRATIVE_REQUEST = 'ADMINISTRATIVE_REQUEST',
}

registerEnumType(FilePurpose, {
  name: 'FilePurpose',
  description: 'What a file is uploaded for; the purpose decides who may upload and attach it',
});

/** Who may upload for a purpose, and what else the grant must carry. */
export interface FilePurposePolicy {
  permission: Permission;
  /** R5.7: the uploader confirms that the file holds no protected health information. */
  requiresNoPhiConfirmation: boolean;
  /** Provider users may act only for their own organisation. */
  organisationScoped: boolean;
}

/**
 * The permission table of uploads. A later feature adds a purpose here and attaches files with
 * `FileService.claim`; upload, storage and download stay as they are.
 */
export const FILE_PURPOSES: Readonly<Record<FilePurpose, FilePurposePolicy>> = {
  [FilePurpose.CASE_ATTACHMENT]: {
    permission: 'attachment:write',
    requiresNoPhiConfirmation: false,
    organisationScoped: false,
  },
  [FilePurpose.MEETING_MINUTES]: {
    permission: 'file:meeting-minutes',
    requiresNoPhiConfirmation: false,
    organisationScoped: false,
  },
  [FilePurpose.LETTER]: {
    permission: 'file:letter',
    requiresNoPhiConfirmation: false,
    organisationScoped: false,
  },
  [FilePurpose.ADMINISTRATIVE_REQUEST]: {
    permission: 'file:administrative-request',
    requiresNoPhiConfirmation: true,
    organisationScoped: true,
  },
};

export function isProviderUser(identity: Identity): boolean {
  return identity.roles.some((r) => r === Role.PROVIDER_USER || r === Role.PROVIDER_ADMIN);
}

/**
 * Whether the caller may upload (and later attach) a file for the purpose and organisation;
 * checked when the grant is issued and again when the file is attached.
 */
export function mayUseFilePurpose(
  identity: Identity,
  purpose: FilePurpose,
  organisationId: string | null | undefined,
): boolean {
  const policy = FILE_PURPOSES[purpose];
  if (!can(identity, policy.permission)) return false;
  if (policy.organisationScoped && isProviderUser(identity)) {
    return !!identity.organisationId && organisationId === identity.organisationId;
  }
  return true;
}
