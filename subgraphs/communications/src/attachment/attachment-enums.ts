import { registerEnumType } from 'type-graphql';

/** The records an attachment can belong to (federated entities of the cases subgraph). */
export enum AttachmentSubject {
  APPLICATION_CASE = 'APPLICATION_CASE',
  INTEGRATED_CASE = 'INTEGRATED_CASE',
  PERSON = 'PERSON',
}

export enum AttachmentStatus {
  ACTIVE = 'ACTIVE',
  REMOVED = 'REMOVED',
}

registerEnumType(AttachmentSubject, { name: 'AttachmentSubject' });
registerEnumType(AttachmentStatus, {
  name: 'AttachmentStatus',
  description: 'REMOVED attachments are kept with who removed them and why (R3.4)',
});
