import { registerEnumType } from 'type-graphql';

/** R5.3: the one request type the portal raises today. */
export enum AdminRequestType {
  CONTRACTS_AND_INVOICES = 'CONTRACTS_AND_INVOICES',
}

/** Which number a category requires (R5.6). */
export enum ReferenceNumberKind {
  NONE = 'NONE',
  ORDER_NUMBER = 'ORDER_NUMBER',
  INVOICE_NUMBER = 'INVOICE_NUMBER',
  CONTRACT_REFERENCE = 'CONTRACT_REFERENCE',
}

export enum AdminRequestStatus {
  NEW = 'NEW',
  IN_PROGRESS = 'IN_PROGRESS',
  WAITING_FOR_PROVIDER = 'WAITING_FOR_PROVIDER',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
}

export enum AdminRequestSide {
  PROVIDER = 'PROVIDER',
  AGENCY = 'AGENCY',
}

/** How the request was raised (R5.2). */
export enum AdminRequestChannel {
  ASSISTANT = 'ASSISTANT',
  FORM = 'FORM',
}

/** What a history entry records (the request's audit trail). */
export enum AdminRequestEventKind {
  CREATED = 'CREATED',
  STATUS_CHANGED = 'STATUS_CHANGED',
  ASSIGNED = 'ASSIGNED',
  REPLIED = 'REPLIED',
  INTERNAL_NOTE = 'INTERNAL_NOTE',
}

registerEnumType(AdminRequestType, {
  name: 'AdministrativeRequestType',
  description: 'R5.3: administrative request for contracts and invoices',
});
registerEnumType(ReferenceNumberKind, {
  name: 'ReferenceNumberKind',
  description: 'The number a category requires with a request (R5.6)',
});
registerEnumType(AdminRequestStatus, {
  name: 'AdministrativeRequestStatus',
  description:
    'NEW → IN_PROGRESS → WAITING_FOR_PROVIDER → RESOLVED → CLOSED; reopened within a period',
});
registerEnumType(AdminRequestSide, {
  name: 'AdministrativeRequestSide',
  description: 'Who wrote a message: the provider organisation or the agency',
});
registerEnumType(AdminRequestChannel, {
  name: 'AdministrativeRequestChannel',
  description: 'The support assistant (wizard) or the one-page ticket form',
});
registerEnumType(AdminRequestEventKind, {
  name: 'AdministrativeRequestEventKind',
  description: 'What happened to an administrative request',
});
