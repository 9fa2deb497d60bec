import {
  CursorPager,
  EmptyState,
  ErrorNotice,
  LoadingState,
  useAuth,
  useCursorPages,
  useFormat,
} from '@casework/web-kit';
import { useQuery } from '@apollo/client/react';
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
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../gql/index.js';
import { type CaseStatus } from '../gql/graphql.js';
import { canWriteCases } from '../roles.js';

const CasesQuery = graphql(`
  query IntegratedCases($status: CaseStatus, $first: Int!, $after: String) {
    integratedCases(status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        reference
        status
        origin
        startDate
        caseType {
          name
        }
        primaryClient {
          id
          name
        }
      }
    }
  }
`);

/** Integrated cases, newest first, by status. */
export function CaseListPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { user } = useAuth();
  const [status, setStatus] = useState<CaseStatus | ''>('OPEN');
  const pages = useCursorPages(status);
  const { data, loading, error } = useQuery(CasesQuery, {
    variables: { status: status || null, first: pages.pageSize, after: pages.after },
  });
  const result = data?.integratedCases;
  return (
    <div className="cw-page">
      <div className="cw-page__header">
        <h1 className="cw-page__title cds--type-heading-05">{t('cases.title')}</h1>
        {user && canWriteCases(user.roles) && (
          <Link className="cds--btn cds--btn--primary" to="/cases/new">
            {t('cases.new')}
          </Link>
        )}
      </div>
      <Select
        id="case-status-filter"
        labelText={t('cases.status')}
        value={status}
        onChange={(e) => setStatus(e.target.value as CaseStatus | '')}
      >
        <SelectItem value="" text={t('cases.anyStatus')} />
        <SelectItem value="OPEN" text={t('enums.CaseStatus.OPEN')} />
        <SelectItem value="CLOSED" text={t('enums.CaseStatus.CLOSED')} />
      </Select>
      <div className="cw-section">
        {error && <ErrorNotice error={error} />}
        {loading && !result && <LoadingState columns={5} />}
        {result && result.totalCount === 0 && <EmptyState title={t('cases.emptyTitle')} />}
        {result && result.totalCount > 0 && (
          <TableContainer title={t('cases.title')}>
            <Table aria-label={t('cases.title')}>
              <TableHead>
                <TableRow>
                  <TableHeader>{t('cases.reference')}</TableHeader>
                  <TableHeader>{t('wizard.primaryClient')}</TableHeader>
                  <TableHeader>{t('wizard.caseType')}</TableHeader>
                  <TableHeader>{t('cases.status')}</TableHeader>
                  <TableHeader>{t('cases.since')}</TableHeader>
                </TableRow>
              </TableHead>
              <TableBody>
                {result.nodes.map((c) => (
                  <TableRow key={c.id}>
                    <TableCell>
                      <Link to={`/cases/${c.id}`}>{c.reference}</Link>
                    </TableCell>
                    <TableCell>{c.primaryClient.name}</TableCell>
                    <TableCell>{c.caseType?.name ?? t(`enums.CaseOrigin.${c.origin}`)}</TableCell>
                    <TableCell>
                      <Tag type={c.status === 'OPEN' ? 'green' : 'gray'}>
                        {t(`enums.CaseStatus.${c.status}`)}
                      </Tag>
                    </TableCell>
                    <TableCell>{format.date(c.startDate)}</TableCell>
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
