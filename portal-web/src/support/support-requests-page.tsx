import {
  AdminRequestFilters,
  AdminRequestTable,
  CursorPager,
  EmptyState,
  ErrorNotice,
  LoadingState,
  useAuth,
  useCursorPages,
} from '@casework/web-kit';
import { useQuery, useSubscription } from '@apollo/client/react';
import { Button } from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../gql/index.js';
import { type AdministrativeRequestStatus } from '../gql/graphql.js';

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
  const { t } = useTranslation();
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
      <AdminRequestFilters
        idPrefix="requests"
        search={search}
        status={status}
        onSearch={setSearch}
        onStatus={setStatus}
      />
      {error && <ErrorNotice error={error} />}
      {loading && !page && <LoadingState />}
      {page && page.totalCount === 0 && (
        <EmptyState title={t('support.emptyTitle')}>{t('support.emptyText')}</EmptyState>
      )}
      {page && page.totalCount > 0 && (
        <AdminRequestTable
          side="PROVIDER"
          rows={page.nodes}
          label={t('support.title')}
          title={t('support.tableTitle', { count: page.totalCount })}
          rowTestId="request-row"
          footer={
            <CursorPager
              pages={pages}
              totalCount={page.totalCount}
              endCursor={page.pageInfo.endCursor}
              hasNextPage={page.pageInfo.hasNextPage}
            />
          }
        />
      )}
    </div>
  );
}
