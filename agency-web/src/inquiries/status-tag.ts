import { type InquiryStatus } from '../gql/graphql.js';

export const STATUS_TAG: Record<
  InquiryStatus,
  'blue' | 'purple' | 'green' | 'red' | 'gray' | 'warm-gray'
> = {
  SENT: 'blue',
  MORE_INFORMATION_REQUESTED: 'purple',
  ANSWERED_AVAILABLE: 'green',
  ANSWERED_NOT_AVAILABLE: 'red',
  WITHDRAWN: 'gray',
  EXPIRED: 'warm-gray',
};
