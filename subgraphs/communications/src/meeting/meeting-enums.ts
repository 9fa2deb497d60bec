import { registerEnumType } from 'type-graphql';

export enum MeetingStatus {
  SCHEDULED = 'SCHEDULED',
  HELD = 'HELD',
  CANCELLED = 'CANCELLED',
}

export enum InviteeKind {
  CLIENT = 'CLIENT',
  STAFF = 'STAFF',
  OTHER = 'OTHER',
}

export enum InvitationResponse {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  TENTATIVE = 'TENTATIVE',
}

registerEnumType(MeetingStatus, {
  name: 'MeetingStatus',
  description: 'HELD meetings count for R3.1; CANCELLED ones are kept',
});
registerEnumType(InviteeKind, {
  name: 'InviteeKind',
  description: "CLIENT: one of the case's clients (a Person); STAFF: agency staff; OTHER: anyone",
});
registerEnumType(InvitationResponse, {
  name: 'InvitationResponse',
  description: "An invitee's answer, recorded by staff or through the link in the invitation",
});
