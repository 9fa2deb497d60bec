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
  Button,
  Search,
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
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../gql/index.js';
import { canWriteCases } from '../roles.js';

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

/** Search persons by name, reference or email; cursor-paginated. */
export function PersonSearchPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const [draft, setDraft] = useState(search);
  const pages = useCursorPages(search);
  const { data, loading, error } = useQuery(PersonsQuery, {
    variables: { search: search || null, first: pages.pageSize, after: pages.after },
  });
  const result = data?.persons;
  const { user } = useAuth();

  return (
    <div className="cw-page">
      <div className="cw-page__header">
        <h1 className="cw-page__title cds--type-heading-05">{t('persons.title')}</h1>
        {user && canWriteCases(user.roles) && (
          <Link className="cds--btn cds--btn--primary" to="/persons/new">
            {t('register.title')}
          </Link>
        )}
      </div>
      <form
        role="search"
        className="cw-search-row"
        onSubmit={(e) => {
          e.preventDefault();
          setParams(draft ? { q: draft } : {});
        }}
      >
        <Search
          id="person-search"
          labelText={t('persons.searchLabel')}
          placeholder={t('persons.searchPlaceholder')}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          closeButtonLabelText={t('persons.clearSearch')}
        />
        <Button type="submit" kind="primary" size="lg">
          {t('common.search')}
        </Button>
      </form>
      <div className="cw-section">
        {error && <ErrorNotice error={error} />}
        {loading && !result && <LoadingState columns={5} />}
        {result && result.totalCount === 0 && (
          <EmptyState title={t('persons.emptyTitle')}>
            {search ? t('persons.emptySearch', { search }) : t('persons.emptyAll')}
          </EmptyState>
        )}
        {result && result.totalCount > 0 && (
          <TableContainer
            title={t('persons.tableTitle')}
            description={t('persons.count', { count: result.totalCount })}
          >
            <Table aria-label={t('persons.tableTitle')}>
              <TableHead>
                <TableRow>
                  <TableHeader>{t('person.name')}</TableHeader>
                  <TableHeader>{t('person.reference')}</TableHeader>
                  <TableHeader>{t('person.dateOfBirth')}</TableHeader>
                  <TableHeader>{t('person.email')}</TableHeader>
                  <TableHeader>{t('person.phone')}</TableHeader>
                </TableRow>
              </TableHead>
              <TableBody>
                {result.nodes.map((p) => (
                  <TableRow key={p.id}>
                    <TableCell>
                      <Link to={`/persons/${p.id}`}>{p.name}</Link>
                    </TableCell>
                    <TableCell>{p.reference}</TableCell>
                    <TableCell>{p.dateOfBirth ? format.date(p.dateOfBirth) : '—'}</TableCell>
                    <TableCell>{p.email ?? '—'}</TableCell>
                    <TableCell>{p.phone ?? '—'}</TableCell>
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
