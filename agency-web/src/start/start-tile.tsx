import { Tile } from '@carbon/react';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export interface TileRow {
  id: string;
  to: string;
  label: string;
  detail?: ReactNode;
}

/** One start-page tile: a title, the count of everything waiting, the first rows (each a link). */
export function StartTile({
  title,
  count,
  rows,
  empty,
  more,
  action,
  testId,
}: {
  title: string;
  count: number;
  rows: readonly TileRow[];
  empty: string;
  /** Where the full list is. */
  more?: { to: string; label: string };
  /** A button under the rows, such as "Mark as seen". */
  action?: ReactNode;
  testId: string;
}) {
  const { t } = useTranslation();
  const headingId = `${testId}-title`;
  return (
    <Tile className="cw-tile" data-testid={testId}>
      <section aria-labelledby={headingId}>
        <div className="cw-tile__header">
          <h2 id={headingId} className="cw-tile__title">
            {title}
          </h2>
          <span className="cw-tile__count" aria-label={t('start.count', { count })}>
            {count}
          </span>
        </div>
        {rows.length ? (
          <ul className="cw-tile__rows">
            {rows.map((row) => (
              <li key={row.id}>
                <Link to={row.to}>{row.label}</Link>
                {row.detail && <span className="cw-muted">{row.detail}</span>}
              </li>
            ))}
          </ul>
        ) : (
          <p className="cw-muted cw-tile__rows">{empty}</p>
        )}
        <div className="cw-row">
          {more && count > rows.length && <Link to={more.to}>{more.label}</Link>}
          {action}
        </div>
      </section>
    </Tile>
  );
}
