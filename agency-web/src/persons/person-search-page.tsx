import {
  type Column,
  PageHeader,
  PagedResults,
  SearchForm,
  useAuth,
  useCursorPages,
  useFormat,
} from '@casework/web-kit';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../gql/index.js';
import { type PersonsQuery as PersonsResult } from '../gql/graphql.js';

const PersonsQuery = graphql(`
  query Persons($search: String, $first: Int!, $after: String) {
    persons(search: $search, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        reference
        name
        dateOfBirth
        email
        phone
      }
    }
  }
`);

type PersonRow = NonNullable<PersonsResult['persons']>['nodes'][number];

/** Search persons by name, reference or email; cursor-paginated. */
export function PersonSearchPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const pages = useCursorPages(search);
  const { data, loading, error } = useQuery(PersonsQuery, {
    variables: { search: search || null, first: pages.pageSize, after: pages.after },
  });
  const result = data?.persons;
  const { can } = useAuth();
  const columns: Column<PersonRow>[] = [
    {
      key: 'name',
      header: t('person.name'),
      cell: (p) => <Link to={`/persons/${p.id}`}>{p.name}</Link>,
    },
    { key: 'reference', header: t('person.reference'), cell: (p) => p.reference },
    {
      key: 'dateOfBirth',
      header: t('person.dateOfBirth'),
      cell: (p) => (p.dateOfBirth ? format.date(p.dateOfBirth) : '—'),
    },
    { key: 'email', header: t('person.email'), cell: (p) => p.email ?? '—' },
    { key: 'phone', header: t('person.phone'), cell: (p) => p.phone ?? '—' },
  ];

  return (
    <div className="cw-page">
      <PageHeader title={t('persons.title')}>
        {can('case:write') && (
          <Link className="cds--btn cds--btn--primary" to="/persons/new">
            {t('register.title')}
          </Link>
        )}
      </PageHeader>
      <SearchForm
        id="person-search"
        label={t('persons.searchLabel')}
        placeholder={t('persons.searchPlaceholder')}
        clearLabel={t('persons.clearSearch')}
        value={search}
        onSearch={(draft) => setParams(draft ? { q: draft } : {})}
      />
      <PagedResults
        result={result}
        loading={loading}
        error={error}
        pages={pages}
        columns={columns}
        label={t('persons.tableTitle')}
        description={result ? t('persons.count', { count: result.totalCount }) : undefined}
        emptyTitle={t('persons.emptyTitle')}
        emptyText={search ? t('persons.emptySearch', { search }) : t('persons.emptyAll')}
        loadingColumns={5}
      />
    </div>
  );
}
