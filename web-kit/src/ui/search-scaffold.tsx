import { Button, Search } from '@carbon/react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CursorPages, CursorPager } from './cursor-pager.js';
import { type Column, DataTable } from './data-table.js';
import { EmptyState, ErrorNotice, LoadingState } from './states.js';

/** A page's title with its actions beside it. */
export function PageHeader({ title, children }: { title: ReactNode; children?: ReactNode }) {
  return (
    <div className="cw-page__header">
      <h1 className="cw-page__title cds--type-heading-05">{title}</h1>
      {children}
    </div>
  );
}

/** A search box with its button; the search runs on submit (Enter or the button), not per key. */
export function SearchForm({
  id,
  label,
  placeholder,
  clearLabel,
  value,
  onSearch,
}: {
  id: string;
  label: string;
  placeholder: string;
  clearLabel: string;
  /** The search in force (from the address), which the box starts with. */
  value: string;
  onSearch(search: string): void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  return (
    <form
      role="search"
      className="cw-search-row"
      onSubmit={(e) => {
        e.preventDefault();
        onSearch(draft);
      }}
    >
      <Search
        id={id}
        labelText={label}
        placeholder={placeholder}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        closeButtonLabelText={clearLabel}
      />
      <Button type="submit" kind="primary" size="lg">
        {t('common.search')}
      </Button>
    </form>
  );
}

/** One page of a cursor-paginated connection, as the API returns it. */
export interface ConnectionPage<T> {
  totalCount: number;
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
  nodes: T[];
}

/**
 * The results of a search or filtered list: the error, a skeleton while the first page loads, an
 * empty state, or the table with its pager.
 */
export function PagedResults<T extends { id: string }>({
  result,
  loading,
  error,
  pages,
  columns,
  label,
  description,
  emptyTitle,
  emptyText,
  loadingColumns,
}: {
  result: ConnectionPage<T> | null | undefined;
  loading: boolean;
  error: unknown;
  pages: CursorPages;
  columns: Column<T>[];
  /** The table's title and accessible name. */
  label: string;
  description?: string;
  emptyTitle: string;
  emptyText?: ReactNode;
  /** Columns of the loading skeleton (4 unless told). */
  loadingColumns?: number;
}) {
  return (
    <div className="cw-section">
      {error ? <ErrorNotice error={error} /> : null}
      {loading && !result && <LoadingState columns={loadingColumns} />}
      {result && result.totalCount === 0 && <EmptyState title={emptyTitle}>{emptyText}</EmptyState>}
      {result && result.totalCount > 0 && (
        <DataTable
          columns={columns}
          rows={result.nodes}
          label={label}
          title={label}
          description={description}
          footer={
            <CursorPager
              pages={pages}
              totalCount={result.totalCount}
              endCursor={result.pageInfo.endCursor}
              hasNextPage={result.pageInfo.hasNextPage}
            />
          }
        />
      )}
    </div>
  );
}
