import {
  type Column,
  PageHeader,
  PagedResults,
  useAuth,
  useCursorPages,
  useFormat,
} from '@casework/web-kit';
import { useQuery } from '@apollo/client/react';
import { Select, SelectItem, Tag } from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../gql/index.js';
import { type CaseStatus, type IntegratedCasesQuery } from '../gql/graphql.js';

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

type CaseRow = NonNullable<IntegratedCasesQuery['integratedCases']>['nodes'][number];

/** Integrated cases, newest first, by status. */
export function CaseListPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { can } = useAuth();
  const [status, setStatus] = useState<CaseStatus | ''>('OPEN');
  const pages = useCursorPages(status);
  const { data, loading, error } = useQuery(CasesQuery, {
    variables: { status: status || null, first: pages.pageSize, after: pages.after },
  });
  const columns: Column<CaseRow>[] = [
    {
      key: 'reference',
      header: t('cases.reference'),
      cell: (c) => <Link to={`/cases/${c.id}`}>{c.reference}</Link>,
    },
    { key: 'client', header: t('wizard.primaryClient'), cell: (c) => c.primaryClient.name },
    {
      key: 'type',
      header: t('wizard.caseType'),
      cell: (c) => c.caseType?.name ?? t(`enums.CaseOrigin.${c.origin}`),
    },
    {
      key: 'status',
      header: t('cases.status'),
      cell: (c) => (
        <Tag type={c.status === 'OPEN' ? 'green' : 'gray'}>{t(`enums.CaseStatus.${c.status}`)}</Tag>
      ),
    },
    { key: 'since', header: t('cases.since'), cell: (c) => format.date(c.startDate) },
  ];
  return (
    <div className="cw-page">
      <PageHeader title={t('cases.title')}>
        {can('case:write') && (
          <Link className="cds--btn cds--btn--primary" to="/cases/new">
            {t('cases.new')}
          </Link>
        )}
      </PageHeader>
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
      <PagedResults
        result={data?.integratedCases}
        loading={loading}
        error={error}
        pages={pages}
        columns={columns}
        label={t('cases.title')}
        emptyTitle={t('cases.emptyTitle')}
        loadingColumns={5}
      />
    </div>
  );
}
