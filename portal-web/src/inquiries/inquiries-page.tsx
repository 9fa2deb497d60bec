import {
  CursorPager,
  EmptyState,
  ErrorNotice,
  INQUIRY_STATUS_TAG,
  LoadingState,
  useCursorPages,
  useFormat,
} from '@casework/web-kit';
import { useQuery, useSubscription } from '@apollo/client/react';
import {
  Select,
  SelectItem,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableHeader,
  TableRow,
  Tag,
} from '@carbon/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../gql/index.js';
import { type InquiryStatus } from '../gql/graphql.js';

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
  const result = data?.inquiries;
  return (
    <div className="cw-page">
      <div className="cw-page__header">
        <h1 className="cw-page__title cds--type-heading-05">{t('inquiries.title')}</h1>
        {data?.open && (
          <Tag type="blue">{t('inquiries.openCount', { count: data.open.totalCount })}</Tag>
        )}
      </div>
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
      <div className="cw-section">
        {error && <ErrorNotice error={error} />}
        {loading && !result && <LoadingState />}
        {result && result.totalCount === 0 && (
          <EmptyState title={t('inquiries.emptyTitle')}>{t('inquiries.emptyText')}</EmptyState>
        )}
        {result && result.totalCount > 0 && (
          <TableContainer title={t('inquiries.tableTitle')}>
            <Table aria-label={t('inquiries.tableTitle')}>
              <TableHead>
                <TableRow>
                  <TableHeader>{t('inquiry.reference')}</TableHeader>
                  <TableHeader>{t('inquiry.service')}</TableHeader>
                  <TableHeader>{t('inquiry.period')}</TableHeader>
                  <TableHeader>{t('inquiry.received')}</TableHeader>
                  <TableHeader>{t('inquiry.statusLabel')}</TableHeader>
                </TableRow>
              </TableHead>
              <TableBody>
                {result.nodes.map((inquiry) => (
                  <TableRow key={inquiry.id}>
                    <TableCell>
                      <Link to={`/inquiries/${inquiry.id}`}>{inquiry.reference}</Link>
                    </TableCell>
                    <TableCell>{inquiry.service.name}</TableCell>
                    <TableCell>{`${format.date(inquiry.periodFrom)} – ${format.date(inquiry.periodTo)}`}</TableCell>
                    <TableCell>{format.dateTime(inquiry.sentAt)}</TableCell>
                    <TableCell>
                      <Tag type={INQUIRY_STATUS_TAG[inquiry.status]}>
                        {t(`inquiry.status.${inquiry.status}`)}
                      </Tag>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <CursorPager
              pages={pages}
              totalCount={result.totalCount}
              endCursor={result.pageInfo.endCursor}
              hasNextPage={result.pageInfo.hasNextPage}
            />
          </TableContainer>
        )}
      </div>
    </div>
  );
}
