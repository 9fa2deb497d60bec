import {
  type KeysetColumn,
  rowColumn,
  type RowPageQuery,
  type RowShape,
  rowTimestamp,
  type SelectionTree,
  shapeColumns,
  type ShapedColumns,
  type TimestampReader,
} from '@casework/kit';
import { PROVIDER_SHAPE, type ProviderFields } from '../provider/provider-row.js';
import { SERVICE_SHAPE, type ServiceFields } from '../service/service-row.js';
import { type Inquiry } from './inquiry.entity.js';

/**
 * What GraphQL and the Inquiry field resolvers read of an inquiry: its exposed columns, the client's
 * id, and its provider and service. An Inquiry entity has all of it; a row of the list has what
 * the request selects (see INQUIRY_SHAPE).
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

/** An inquiry read from plain rows (issue 15): the entity's exposed columns, by GraphQL field. */
const INQUIRY_SHAPE: RowShape = {
  properties: {
    id: rowColumn('id'),
    version: rowColumn('version'),
    createdAt: rowTimestamp('created_at'),
    updatedAt: rowTimestamp('updated_at'),
    reference: rowColumn('reference'),
    personId: rowColumn('person_id'),
    caseId: rowColumn('case_id'),
    periodFrom: rowColumn('period_from'),
    periodTo: rowColumn('period_to'),
    details: rowColumn('details'),
    method: rowColumn('method'),
    status: rowColumn('status'),
    sentAt: rowTimestamp('sent_at'),
    createdBy: rowColumn('created_by'),
    spokeWith: rowColumn('spoke_with'),
    providerEmailedAt: rowTimestamp('provider_emailed_at'),
    firstResponseAt: rowTimestamp('first_response_at'),
    answeredAt: rowTimestamp('answered_at'),
    answerChannel: rowColumn('answer_channel'),
    answerComment: rowColumn('answer_comment'),
    answeredBy: rowColumn('answered_by'),
  },
  // What the Inquiry field resolvers read; provider and service come joined (below).
  resolvers: {
    messages: ['id'],
    client: ['personId'],
    answer: ['status'],
    provider: [],
    service: [],
  },
};

/** Newest first; the id breaks ties (cursor order, as `findByCursor` had it). */
const NEWEST_FIRST: readonly KeysetColumn[] = [
  { sql: 'i.sent_at', row: 'sent_at', key: 'sentAt', type: 'timestamptz' },
  { sql: 'i.id', row: 'id', key: 'id', type: 'uuid' },
];

/**
 * The inquiry list as one statement of plain rows (issue 15) under the caller's conditions on `i`
 * (providers.inquiry): the columns the selected fields read, with the provider and service joined
 * when selected. `nodes`: the selection under the connection's nodes (null: every field).
 */
export function inquiryPageQuery(
  where: string[],
  params: unknown[],
  timestamp: TimestampReader,
  nodes: SelectionTree | null,
): RowPageQuery<InquiryFields> {
  const fieldsOf = (tree: SelectionTree | undefined) => (tree ? Object.keys(tree) : null);
  const inquiry = shapeColumns<InquiryFields>(INQUIRY_SHAPE, fieldsOf(nodes ?? undefined), {
    alias: 'i',
    prefix: '',
    always: ['id', 'sentAt'],
    timestamp,
  });
  const joined = <N>(field: string, shape: RowShape, alias: string) =>
    !nodes || field in nodes
      ? shapeColumns<N>(shape, fieldsOf(nodes?.[field]), {
          alias,
          prefix: `${field}_`,
          always: ['id'],
          timestamp,
        })
      : null;
  const provider = joined<ProviderFields>('provider', PROVIDER_SHAPE, 'pr');
  const service = joined<ServiceFields>('service', SERVICE_SHAPE, 'sv');
  // A page names few providers and services: each is made once and shared by its rows.
  const once = <N>(shaped: ShapedColumns<N>, prefix: string) => {
    const made = new Map<unknown, N>();
    return (row: Record<string, unknown>) => {
      const id = row[`${prefix}id`];
      let node = made.get(id);
      if (!node) made.set(id, (node = shaped.node(row)));
      return node;
    };
  };
  const providerOf = provider && once(provider, 'provider_');
  const serviceOf = service && once(service, 'service_');
  return {
    select: [inquiry.select, provider?.select, service?.select].filter(Boolean).join(', '),
    from: 'providers.inquiry i',
    joins: [
      provider ? 'join providers.provider pr on pr.id = i.provider_id' : '',
      service ? 'join providers.service sv on sv.id = i.service_id' : '',
    ].join(' '),
    where,
    params,
    orderBy: NEWEST_FIRST,
    descending: true,
    toNode: (row) => {
      const node = inquiry.node(row);
      if (providerOf) node.provider = providerOf(row);
      if (serviceOf) node.service = serviceOf(row);
      return node;
    },
  };
}
