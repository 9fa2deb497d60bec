import {
  ADMIN_REQUEST_STATUSES,
  AdminRequestStatusTag,
  CursorPager,
  EmptyState,
  ErrorNotice,
  LoadingState,
  useAuth,
  useCursorPages,
  useFormat,
} from '@casework/web-kit';
import { useQuery, useSubscription } from '@apollo/client/react';
import {
  Button,
  Search,
  Select,
  SelectItem,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableHeader,
  TableRow,
} from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../gql/index.js';
import { type AdministrativeRequestStatus } from '../gql/graphql.js';
import { categoryName } from './request-draft.js';

const RequestsQuery = graphql(`
  query PortalRequests(
    $status: AdministrativeRequestStatus
    $search: String
    $first: Int
    $after: String
  ) {
    administrativeRequests(status: $status, search: $search, first: $first, after: $after) {
      nodes {
        ...PortalRequestFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`);

const Activity = graphql(`
  subscription PortalRequestsActivity {
    administrativeRequestActivity {
      kind
      request {
        ...PortalRequestFields
      }
    }
  }
`);

/** The support dashboard (R5): the organisation's administrative requests, filtered and searched, updated live. */
export function SupportRequestsPage() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { can } = useAuth();
  const admin = can('admin-request:create');
  const [status, setStatus] = useState<AdministrativeRequestStatus | ''>('');
  const [search, setSearch] = useState('');
  const pages = useCursorPages(`${status}|${search}`);
  const { data, loading, error, refetch } = useQuery(RequestsQuery, {
    variables: {
      status: status || null,
      search: search || null,
      first: pages.pageSize,
      after: pages.after,
    },
  });
  useSubscription(Activity, { onData: () => void refetch() });
  const page = data?.administrativeRequests;
  return (
    <div className="cw-page">
      <div className="cw-page__header">
        <h1 className="cw-page__title cds--type-heading-05">{t('support.title')}</h1>
        {admin && (
          <div className="cw-row">
            <Button as={Link} to="/support/assistant" kind="secondary" size="md">
              {t('nav.supportAssistant')}
            </Button>
            <Button as={Link} to="/support/new" size="md">
              {t('nav.createTicket')}
            </Button>
          </div>
        )}
      </div>
      <div className="cw-row">
        <Search
          id="requests-search"
          labelText={t('support.search')}
          placeholder={t('support.search')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <Select
          id="requests-status"
          labelText={t('support.status')}
          value={status}
          onChange={(e) => setStatus(e.target.value as AdministrativeRequestStatus | '')}
        >
          <SelectItem value="" text={t('support.allStatuses')} />
          {ADMIN_REQUEST_STATUSES.map((s) => (
            <SelectItem key={s} value={s} text={t(`requestStatus.${s}`)} />
          ))}
        </Select>
      </div>
      {error && <ErrorNotice error={error} />}
      {loading && !page && <LoadingState />}
      {page && page.totalCount === 0 && (
        <EmptyState title={t('support.emptyTitle')}>{t('support.emptyText')}</EmptyState>
      )}
      {page && page.totalCount > 0 && (
        <TableContainer title={t('support.tableTitle', { count: page.totalCount })}>
          <Table aria-label={t('support.title')}>
            <TableHead>
              <TableRow>
                <TableHeader>{t('request.reference')}</TableHeader>
                <TableHeader>{t('request.subject')}</TableHeader>
                <TableHeader>{t('support.status')}</TableHeader>
                <TableHeader>{t('request.category')}</TableHeader>
                <TableHeader>{t('request.account')}</TableHeader>
                <TableHeader>{t('support.created')}</TableHeader>
                <TableHeader>{t('support.lastActivity')}</TableHeader>
              </TableRow>
            </TableHead>
            <TableBody>
              {page.nodes.map((r) => (
                <TableRow key={r.id} data-testid="request-row">
                  <TableCell>
                    <Link to={`/support/requests/${r.id}`}>{r.reference}</Link>
                  </TableCell>
                  <TableCell>{r.subject}</TableCell>
                  <TableCell>
                    <AdminRequestStatusTag status={r.status} />
                  </TableCell>
                  <TableCell>{categoryName(r.category, i18n.language)}</TableCell>
                  <TableCell>{r.accountName}</TableCell>
                  <TableCell>{format.dateTime(r.createdAt)}</TableCell>
                  <TableCell>{format.dateTime(r.lastActivityAt)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {page && page.totalCount > 0 && (
        <CursorPager
          pages={pages}
          totalCount={page.totalCount}
          endCursor={page.pageInfo.endCursor}
          hasNextPage={page.pageInfo.hasNextPage}
        />
      )}
    </div>
  );
}
