import { registerEnumType } from 'type-graphql';

export enum CommunicationKind {
  PHONE_CALL = 'PHONE_CALL',
  EMAIL = 'EMAIL',
  LETTER = 'LETTER',
}

export enum CommunicationDirection {
  INCOMING = 'INCOMING',
  OUTGOING = 'OUTGOING',
}

export enum CorrespondentType {
  CLIENT = 'CLIENT',
  PROVIDER = 'PROVIDER',
  THIRD_PARTY = 'THIRD_PARTY',
}

/** Where a communication stands; a letter moves DRAFT → (SENT | FAILED | TO_PRINT → PRINTED → POSTED | HANDED_OVER). */
export enum CommunicationStatus {
  DRAFT = 'DRAFT',
  /** An email letter waiting for its job, or being retried after a failure. */
  SENDING = 'SENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
  TO_PRINT = 'TO_PRINT',
  PRINTED = 'PRINTED',
  POSTED = 'POSTED',
  HANDED_OVER = 'HANDED_OVER',
  RECEIVED = 'RECEIVED',
  /** No channel could be used; the caseworker contacts the party another way (R2.7). */
  NOT_SENT = 'NOT_SENT',
}

registerEnumType(CommunicationKind, { name: 'CommunicationKind' });
registerEnumType(CommunicationDirection, { name: 'CommunicationDirection' });
registerEnumType(CorrespondentType, { name: 'CorrespondentType' });
registerEnumType(CommunicationStatus, { name: 'CommunicationStatus' });

/** Statuses after which a communication is a record of what happened and is not edited. */
export const FINAL_STATUSES: readonly CommunicationStatus[] = [
  CommunicationStatus.SENDING,
  CommunicationStatus.SENT,
  CommunicationStatus.PRINTED,
  CommunicationStatus.POSTED,
  CommunicationStatus.HANDED_OVER,
];
