import { Pagination } from '@carbon/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface CursorPages {
  page: number;
  pageSize: number;
  /** Cursor of the current page (null for the first). */
  after: string | null;
  go(page: number, pageSize: number, endCursor: string | null): void;
}

/**
 * Page state for cursor-paginated lists: remembers the cursor of each page seen so the user can
 * step forward and back; a new search (`resetKey`) starts again at page 1.
 */
export function useCursorPages(resetKey: string, initialSize = 20): CursorPages {
  const [state, setState] = useState({
    page: 1,
    pageSize: initialSize,
    cursors: [null] as (string | null)[],
  });
  useEffect(() => setState((s) => ({ ...s, page: 1, cursors: [null] })), [resetKey]);
  return {
    page: state.page,
    pageSize: state.pageSize,
    after: state.cursors[state.page - 1] ?? null,
    go: (page, pageSize, endCursor) =>
      setState((s) => {
        if (pageSize !== s.pageSize) return { page: 1, pageSize, cursors: [null] };
        const cursors = [...s.cursors];
        if (page === s.page + 1) cursors[page - 1] = endCursor;
        return { ...s, page: Math.min(page, cursors.length), cursors };
      }),
  };
}

/** Carbon pagination that can step one page at a time (cursors allow no jumps). */
export function CursorPager({
  pages,
  totalCount,
  endCursor,
  hasNextPage,
}: {
  pages: CursorPages;
  totalCount: number;
  endCursor: string | null | undefined;
  hasNextPage: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Pagination
      page={pages.page}
      pageSize={pages.pageSize}
      pageSizes={[10, 20, 50, 100]}
      totalItems={totalCount}
      pageInputDisabled
      isLastPage={!hasNextPage}
      backwardText={t('common.previous')}
      forwardText={t('common.next')}
      itemsPerPageText={t('common.itemsPerPage')}
      pageRangeText={(_current: number, total: number) => t('common.pageOf', { count: total })}
      itemRangeText={(min: number, max: number, total: number) =>
        t('common.pageRange', { from: min, to: max, total })
      }
      onChange={({ page, pageSize }: { page: number; pageSize: number }) =>
        pages.go(page, pageSize, endCursor ?? null)
      }
    />
  );
}
