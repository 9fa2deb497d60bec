import { type Address, rowColumn, type RowShape, rowTimestamp } from '@casework/kit';
import { type Provider } from './provider.entity.js';

/** What GraphQL and the Provider field resolvers read of a provider: its exposed columns. */
export type ProviderFields = Pick<
  Provider,
  | 'id'
  | 'version'
  | 'createdAt'
  | 'updatedAt'
  | 'reference'
  | 'name'
  | 'address'
  | 'phone'
  | 'email'
  | 'emailStatus'
  | 'preferredInquiryMethod'
  | 'preferredCommunicationMethod'
>;

const ADDRESS = ['line1', 'line2', 'postal_code', 'city', 'country'].map((p) => `address_${p}`);

/** A provider read from plain rows (issue 15): the entity's exposed columns, by GraphQL field. */
export const PROVIDER_SHAPE: RowShape = {
  properties: {
    id: rowColumn('id'),
    version: rowColumn('version'),
    createdAt: rowTimestamp('created_at'),
    updatedAt: rowTimestamp('updated_at'),
    reference: rowColumn('reference'),
    name: rowColumn('name'),
    address: {
      columns: ADDRESS,
      // As the ORM hydrates a nullable embedded address: null when none of its columns is set.
      read: (get) => {
        const [line1, line2, postalCode, city, country] = ADDRESS.map(get);
        return [line1, line2, postalCode, city, country].every((part) => part === null)
          ? null
          : ({ line1, line2, postalCode, city, country } as Address);
      },
    },
    phone: rowColumn('phone'),
    email: rowColumn('email'),
    emailStatus: rowColumn('email_status'),
    preferredInquiryMethod: rowColumn('preferred_inquiry_method'),
    preferredCommunicationMethod: rowColumn('preferred_communication_method'),
  },
  // What the Provider field resolvers read (R1.8 decides on the email and the preference).
  resolvers: {
    allowedInquiryMethods: ['id', 'email', 'emailStatus', 'preferredInquiryMethod'],
    hasPortalAccount: ['id'],
    portalAccounts: ['id'],
    branches: ['id'],
    contacts: ['id'],
    servicesOffered: ['id'],
    statistics: ['id'],
    statisticsByMonth: ['id'],
  },
};
