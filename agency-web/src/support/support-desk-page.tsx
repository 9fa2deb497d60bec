import {
  AdminRequestFilters,
  AdminRequestTable,
  CursorPager,
  EmptyState,
  ErrorNotice,
  LoadingState,
  useCursorPages,
  useAuth,
} from '@casework/web-kit';
import { useQuery, useSubscription } from '@apollo/client/react';
import { Tab, TabList, TabPanel, TabPanels, Tabs } from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../gql/index.js';
import {
  type AdministrativeRequestStatus,
  type AdministrativeRequestView,
} from '../gql/graphql.js';
import { SupportFigures } from './support-figures.js';

const DeskQuery = graphql(`
  query SupportDesk(
    $view: AdministrativeRequestView
    $status: AdministrativeRequestStatus
    $search: String
    $first: Int
    $after: String
  ) {
    administrativeRequests(
      view: $view
      status: $status
      search: $search
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        reference
        subject
        status
        accountName
        assigneeName
        lastActivityAt
        category {
          nameEn
          nameDe
          nameIt
        }
        provider {
          id
          name
        }
      }
    }
  }
`);

const DeskActivity = graphql(`
  subscription SupportDeskActivity {
    administrativeRequestActivity {
      eventId
      kind
    }
  }
`);

const VIEWS: AdministrativeRequestView[] = ['NEW', 'MINE', 'WAITING', 'ALL'];

/** The agency's support desk (R5): queues of administrative requests, updated live, and the figures. */
export function SupportDeskPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const configure = can('case:configure');
  const [view, setView] = useState<AdministrativeRequestView>('NEW');
  const [status, setStatus] = useState<AdministrativeRequestStatus | ''>('');
  const [search, setSearch] = useState('');
  const pages = useCursorPages(`${view}|${status}|${search}`);
  const { data, loading, error, refetch } = useQuery(DeskQuery, {
    variables: {
      view,
      status: status || null,
      search: search || null,
      first: pages.pageSize,
      after: pages.after,
    },
  });
  useSubscription(DeskActivity, { onData: () => void refetch() });
  const page = data?.administrativeRequests;
  return (
    <div className="cw-page">
      <div className="cw-page__header">
        <h1 className="cw-page__title cds--type-heading-05">{t('desk.title')}</h1>
        {configure && <Link to="/support/categories">{t('categories.title')}</Link>}
      </div>
      <Tabs
        selectedIndex={VIEWS.indexOf(view)}
        onChange={({ selectedIndex }) => setView(VIEWS[selectedIndex] ?? 'NEW')}
      >
        <TabList aria-label={t('desk.queues')}>
          {VIEWS.map((v) => (
            <Tab key={v}>{t(`desk.view.${v}`)}</Tab>
          ))}
        </TabList>
        <TabPanels>
          {VIEWS.map((v) => (
            <TabPanel key={v}>
              {v === view && (
                <>
                  <AdminRequestFilters
                    idPrefix="desk"
                    search={search}
                    status={status}
                    onSearch={setSearch}
                    onStatus={setStatus}
                  />
                  {error && <ErrorNotice error={error} />}
                  {loading && !page && <LoadingState />}
                  {page && page.totalCount === 0 && <EmptyState title={t('desk.empty')} />}
                  {page && page.totalCount > 0 && (
                    <AdminRequestTable
                      side="AGENCY"
                      rows={page.nodes}
                      label={t('desk.title')}
                      title={t(`desk.view.${view}`)}
                      rowTestId="desk-row"
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
                </>
              )}
            </TabPanel>
          ))}
        </TabPanels>
      </Tabs>
      <SupportFigures />
    </div>
  );
}
