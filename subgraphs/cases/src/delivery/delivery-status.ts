import { registerEnumType } from 'type-graphql';

export enum ProductDeliveryStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  CLOSED = 'CLOSED',
}

registerEnumType(ProductDeliveryStatus, {
  name: 'ProductDeliveryStatus',
  description: 'ACTIVE and SUSPENDED deliveries count as active when closing a case (R4.7)',
});

export enum ServiceDeliveryStatus {
  PLANNED = 'PLANNED',
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(ServiceDeliveryStatus, {
  name: 'ServiceDeliveryStatus',
  description: 'PLANNED and ACTIVE services count as active when closing a case (R4.7)',
});

export enum ReferralStatus {
  OPEN = 'OPEN',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(ReferralStatus, { name: 'ReferralStatus' });

export const ACTIVE_PRODUCT_DELIVERY = [
  ProductDeliveryStatus.ACTIVE,
  ProductDeliveryStatus.SUSPENDED,
];
export const ACTIVE_SERVICE_DELIVERY = [
  ServiceDeliveryStatus.PLANNED,
  ServiceDeliveryStatus.ACTIVE,
];
