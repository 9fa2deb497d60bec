import {
  type Column,
  INQUIRY_STATUS_TAG,
  PageHeader,
  PagedResults,
  useCursorPages,
  useFormat,
} from '@casework/web-kit';
import { useQuery, useSubscription } from '@apollo/client/react';
import { Select, SelectItem, Tag } from '@carbon/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../gql/index.js';
import { type InquiryStatus, type PortalInquiriesQuery } from '../gql/graphql.js';

const InboxQuery = graphql(`
  query PortalInquiries($status: InquiryStatus, $first: Int!, $after: String) {
    open: inquiries(filter: { open: true }, first: 1) {
      totalCount
    }
    inquiries(filter: { status: $status }, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        reference
        status
        sentAt
        periodFrom
        periodTo
        service {
          name
        }
      }
    }
  }
`);

// New inquiries, replies and withdrawals for the organisation (R6.1): the inbox reloads on each.
const InquiryActivity = graphql(`
  subscription PortalInquiryActivity {
    inquiryActivity {
      kind
      inquiry {
        id
        status
      }
    }
  }
`);

const STATUSES: InquiryStatus[] = [
  'SENT',
  'MORE_INFORMATION_REQUESTED',
  'ANSWERED_AVAILABLE',
  'ANSWERED_NOT_AVAILABLE',
  'WITHDRAWN',
  'EXPIRED',
];

type InquiryRow = NonNullable<PortalInquiriesQuery['inquiries']>['nodes'][number];

/** The organisation's inquiry inbox, newest first, with the number still open (R1.3). */
export function InquiriesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') as InquiryStatus | null) ?? null;
  const pages = useCursorPages(status ?? '');
  const { data, loading, error, refetch } = useQuery(InboxQuery, {
    variables: { status, first: pages.pageSize, after: pages.after },
  });
  useSubscription(InquiryActivity, { onData: () => void refetch() });
  const columns: Column<InquiryRow>[] = [
    {
      key: 'reference',
      header: t('inquiry.reference'),
      cell: (i) => <Link to={`/inquiries/${i.id}`}>{i.reference}</Link>,
    },
    { key: 'service', header: t('inquiry.service'), cell: (i) => i.service.name },
    {
      key: 'period',
      header: t('inquiry.period'),
      cell: (i) => `${format.date(i.periodFrom)} – ${format.date(i.periodTo)}`,
    },
    { key: 'received', header: t('inquiry.received'), cell: (i) => format.dateTime(i.sentAt) },
    {
      key: 'status',
      header: t('inquiry.statusLabel'),
      cell: (i) => <Tag type={INQUIRY_STATUS_TAG[i.status]}>{t(`inquiry.status.${i.status}`)}</Tag>,
    },
  ];
  return (
    <div className="cw-page">
      <PageHeader title={t('inquiries.title')}>
        {data?.open && (
          <Tag type="blue">{t('inquiries.openCount', { count: data.open.totalCount })}</Tag>
        )}
      </PageHeader>
      <Select
        id="inquiry-status-filter"
        labelText={t('inquiries.filter')}
        value={status ?? ''}
        onChange={(e) => setParams(e.target.value ? { status: e.target.value } : {})}
      >
        <SelectItem value="" text={t('inquiries.all')} />
        {STATUSES.map((s) => (
          <SelectItem key={s} value={s} text={t(`inquiry.status.${s}`)} />
        ))}
      </Select>
      <PagedResults
        result={data?.inquiries}
        loading={loading}
        error={error}
        pages={pages}
        columns={columns}
        label={t('inquiries.tableTitle')}
        emptyTitle={t('inquiries.emptyTitle')}
        emptyText={t('inquiries.emptyText')}
      />
    </div>
  );
}
