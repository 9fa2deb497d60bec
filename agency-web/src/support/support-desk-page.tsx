import {
  ADMIN_REQUEST_STATUSES,
  AdminRequestStatusTag,
  CursorPager,
  EmptyState,
  ErrorNotice,
  LoadingState,
  useCursorPages,
  useAuth,
  useFormat,
} from '@casework/web-kit';
import { useQuery, useSubscription } from '@apollo/client/react';
import {
  Search,
  Select,
  SelectItem,
  Tab,
  TabList,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableHeader,
  TableRow,
  Tabs,
} from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../gql/index.js';
import {
  type AdministrativeRequestStatus,
  type AdministrativeRequestView,
} from '../gql/graphql.js';
import { localName } from './category-name.js';
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
  const { t, i18n } = useTranslation();
  const format = useFormat();
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
      </Tabs>
      <div className="cw-row">
        <Search
          id="desk-search"
          labelText={t('desk.search')}
          placeholder={t('desk.search')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <Select
          id="desk-status"
          labelText={t('desk.status')}
          value={status}
          onChange={(e) => setStatus(e.target.value as AdministrativeRequestStatus | '')}
        >
          <SelectItem value="" text={t('desk.allStatuses')} />
          {ADMIN_REQUEST_STATUSES.map((s) => (
            <SelectItem key={s} value={s} text={t(`adminRequest.status.${s}`)} />
          ))}
        </Select>
      </div>
      {error && <ErrorNotice error={error} />}
      {loading && !page && <LoadingState />}
      {page && page.totalCount === 0 && <EmptyState title={t('desk.empty')} />}
      {page && page.totalCount > 0 && (
        <TableContainer title={t(`desk.view.${view}`)}>
          <Table aria-label={t('desk.title')}>
            <TableHead>
              <TableRow>
                <TableHeader>{t('desk.reference')}</TableHeader>
                <TableHeader>{t('desk.subject')}</TableHeader>
                <TableHeader>{t('desk.provider')}</TableHeader>
                <TableHeader>{t('desk.category')}</TableHeader>
                <TableHeader>{t('desk.status')}</TableHeader>
                <TableHeader>{t('desk.assignee')}</TableHeader>
                <TableHeader>{t('desk.lastActivity')}</TableHeader>
              </TableRow>
            </TableHead>
            <TableBody>
              {page.nodes.map((r) => (
                <TableRow key={r.id} data-testid="desk-row">
                  <TableCell>
                    <Link to={`/support/requests/${r.id}`}>{r.reference}</Link>
                  </TableCell>
                  <TableCell>{r.subject}</TableCell>
                  <TableCell>{`${r.provider.name} · ${r.accountName}`}</TableCell>
                  <TableCell>{localName(r.category, i18n.language)}</TableCell>
                  <TableCell>
                    <AdminRequestStatusTag status={r.status} />
                  </TableCell>
                  <TableCell>{r.assigneeName ?? t('desk.unassigned')}</TableCell>
                  <TableCell>{format.dateTime(r.lastActivityAt)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <CursorPager
            pages={pages}
            totalCount={page.totalCount}
            endCursor={page.pageInfo.endCursor}
            hasNextPage={page.pageInfo.hasNextPage}
          />
        </TableContainer>
      )}
      <SupportFigures />
    </div>
  );
}
