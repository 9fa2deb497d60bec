import { type Address, type TimestampReader } from '@casework/kit';
import { type EmailStatus } from './email-status.js';
import { type InquiryMethod } from './inquiry-method.js';
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

/** The select list of a provider's exposed columns from `alias`, each prefixed by `prefix`. */
export function providerColumns(alias: string, prefix = ''): string {
  return [
    'id',
    'version',
    'created_at',
    'updated_at',
    'reference',
    'name',
    'address_line1',
    'address_line2',
    'address_postal_code',
    'address_city',
    'address_country',
    'phone',
    'email',
    'email_status',
    'preferred_inquiry_method',
    'preferred_communication_method',
  ]
    .map((column) => `${alias}.${column} as "${prefix}${column}"`)
    .join(', ');
}

/** A provider from a row of `providerColumns(alias, prefix)`, shaped as the entity is. */
export function providerFromRow(
  row: Record<string, unknown>,
  timestamp: TimestampReader,
  prefix = '',
): ProviderFields {
  const column = (name: string) => row[`${prefix}${name}`] as string | null;
  const address = ['line1', 'line2', 'postal_code', 'city', 'country'].map((part) =>
    column(`address_${part}`),
  );
  return {
    id: column('id')!,
    version: row[`${prefix}version`] as number,
    createdAt: timestamp(row[`${prefix}created_at`]),
    updatedAt: timestamp(row[`${prefix}updated_at`]),
    reference: column('reference')!,
    name: column('name')!,
    // As the ORM hydrates a nullable embedded address: null when none of its columns is set.
    address: address.every((part) => part === null)
      ? null
      : ({
          line1: address[0],
          line2: address[1],
          postalCode: address[2],
          city: address[3],
          country: address[4],
        } as Address),
    phone: column('phone'),
    email: column('email'),
    emailStatus: column('email_status') as EmailStatus,
    preferredInquiryMethod: column('preferred_inquiry_method') as InquiryMethod | null,
    preferredCommunicationMethod: column(
      'preferred_communication_method',
    ) as ProviderFields['preferredCommunicationMethod'],
  };
}
