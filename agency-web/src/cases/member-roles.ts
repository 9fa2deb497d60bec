import { type MemberRole } from '../gql/graphql.js';

/** The roles a case member other than the primary client can have, in the order offered. */
export const MEMBER_ROLES: MemberRole[] = [
  'MEMBER',
  'SPOUSE',
  'PARTNER',
  'CHILD',
  'PARENT',
  'OTHER',
];
