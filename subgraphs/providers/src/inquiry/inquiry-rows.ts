import { type KeysetColumn, type RowPageQuery, type TimestampReader } from '@casework/kit';
import { type ProviderFields, providerColumns, providerFromRow } from '../provider/provider-row.js';
import { type ServiceFields, serviceColumns, serviceFromRow } from '../service/service-row.js';
import { type Inquiry } from './inquiry.entity.js';

/**
 * What GraphQL and the Inquiry field resolvers read of an inquiry: its exposed columns, the client's
 * id, and its provider and service. An Inquiry entity has all of it; so has a row of the list.
 */
export type InquiryFields = Pick<
  Inquiry,
  | 'id'
  | 'version'
  | 'createdAt'
  | 'updatedAt'
  | 'reference'
  | 'personId'
  | 'caseId'
  | 'periodFrom'
  | 'periodTo'
  | 'details'
  | 'method'
  | 'status'
  | 'sentAt'
  | 'createdBy'
  | 'spokeWith'
  | 'providerEmailedAt'
  | 'firstResponseAt'
  | 'answeredAt'
  | 'answerChannel'
  | 'answerComment'
  | 'answeredBy'
> & { provider: ProviderFields; service: ServiceFields };

/** Newest first; the id breaks ties (cursor order, as `findByCursor` had it). */
const NEWEST_FIRST: readonly KeysetColumn[] = [
  { sql: 'i.sent_at', key: 'sentAt', type: 'timestamptz' },
  { sql: 'i.id', key: 'id', type: 'uuid' },
];

const SELECT = [
  'i.id, i.version, i.created_at as "createdAt", i.updated_at as "updatedAt", i.reference',
  'i.person_id as "personId", i.case_id as "caseId"',
  'i.period_from as "periodFrom", i.period_to as "periodTo", i.details, i.method, i.status',
  'i.sent_at as "sentAt", i.created_by as "createdBy", i.spoke_with as "spokeWith"',
  'i.provider_emailed_at as "providerEmailedAt", i.first_response_at as "firstResponseAt"',
  'i.answered_at as "answeredAt", i.answer_channel as "answerChannel"',
  'i.answer_comment as "answerComment", i.answered_by as "answeredBy"',
  providerColumns('pr', 'provider_'),
  serviceColumns('sv', 'service_'),
].join(', ');

/**
 * The inquiry list as one statement of plain rows (issue 15): the page with its providers and
 * services joined, under the caller's conditions on `i` (providers.inquiry).
 */
export function inquiryPageQuery(
  where: string[],
  params: unknown[],
  timestamp: TimestampReader,
): RowPageQuery<InquiryFields> {
  const optional = (value: unknown) => (value === null ? null : timestamp(value));
  return {
    select: SELECT,
    from: 'providers.inquiry i',
    joins: `join providers.provider pr on pr.id = i.provider_id
      join providers.service sv on sv.id = i.service_id`,
    where,
    params,
    orderBy: NEWEST_FIRST,
    descending: true,
    toNode: (row) => ({
      id: row.id as string,
      version: row.version as number,
      createdAt: timestamp(row.createdAt),
      updatedAt: timestamp(row.updatedAt),
      reference: row.reference as string,
      personId: row.personId as string,
      caseId: row.caseId as string | null,
      periodFrom: row.periodFrom as string,
      periodTo: row.periodTo as string,
      details: row.details as string,
      method: row.method as Inquiry['method'],
      status: row.status as Inquiry['status'],
      sentAt: timestamp(row.sentAt),
      createdBy: row.createdBy as string,
      spokeWith: row.spokeWith as string | null,
      providerEmailedAt: optional(row.providerEmailedAt),
      firstResponseAt: optional(row.firstResponseAt),
      answeredAt: optional(row.answeredAt),
      answerChannel: row.answerChannel as Inquiry['answerChannel'],
      answerComment: row.answerComment as string | null,
      answeredBy: row.answeredBy as string | null,
      provider: providerFromRow(row, timestamp, 'provider_'),
      service: serviceFromRow(row, timestamp, 'service_'),
    }),
  };
}
