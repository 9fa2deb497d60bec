import { registerEnumType } from 'type-graphql';

export enum CaseStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

registerEnumType(CaseStatus, {
  name: 'CaseStatus',
  description: 'Open at creation and after reopening; closed with a reason (R4.7)',
});

export enum CaseOrigin {
  MANUAL = 'MANUAL',
  INTAKE = 'INTAKE',
}

registerEnumType(CaseOrigin, {
  name: 'CaseOrigin',
  description:
    'Created by hand (R4.6) or by the intake process when a programme was approved (R4.1)',
});

export enum MemberRole {
  PRIMARY_CLIENT = 'PRIMARY_CLIENT',
  MEMBER = 'MEMBER',
  SPOUSE = 'SPOUSE',
  PARTNER = 'PARTNER',
  CHILD = 'CHILD',
  PARENT = 'PARENT',
  OTHER = 'OTHER',
}

registerEnumType(MemberRole, { name: 'MemberRole', description: 'A member\u2019s role in a case' });

export enum CaseEvent {
  CREATED = 'CREATED',
  CLOSED = 'CLOSED',
  REOPENED = 'REOPENED',
  MEMBER_ADDED = 'MEMBER_ADDED',
  MEMBER_CHANGED = 'MEMBER_CHANGED',
  PRODUCT_DELIVERY_ADDED = 'PRODUCT_DELIVERY_ADDED',
  SERVICE_DELIVERY_ADDED = 'SERVICE_DELIVERY_ADDED',
  REFERRAL_ADDED = 'REFERRAL_ADDED',
}

registerEnumType(CaseEvent, {
  name: 'CaseEvent',
  description: 'What happened in a case\u2019s history',
});
