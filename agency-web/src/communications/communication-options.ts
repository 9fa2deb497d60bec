import { type CommunicationStatus } from '../gql/graphql.js';

/** The tag colour of each status: waiting blue/purple, done green, failed or unsendable red. */
export const STATUS_TAG: Record<
  CommunicationStatus,
  'gray' | 'blue' | 'purple' | 'green' | 'teal' | 'red' | 'magenta'
> = {
  DRAFT: 'gray',
  SENDING: 'blue',
  SENT: 'green',
  FAILED: 'red',
  TO_PRINT: 'purple',
  PRINTED: 'magenta',
  POSTED: 'green',
  HANDED_OVER: 'green',
  RECEIVED: 'teal',
  NOT_SENT: 'red',
};

/** A postal address as the lines of a letter's address block. */
export function addressLinesOf(
  address:
    | {
        line1?: string | null;
        line2?: string | null;
        postalCode?: string | null;
        city?: string | null;
        country?: string | null;
      }
    | null
    | undefined,
): string[] {
  if (!address) return [];
  const town = [address.postalCode, address.city].filter(Boolean).join(' ');
  return [address.line1, address.line2, town, address.country].filter((line): line is string =>
    Boolean(line?.trim()),
  );
}
