import { DataTableSkeleton, InlineNotification, Tile } from '@carbon/react';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from './describe-error.js';

export function LoadingState({ label, columns = 4 }: { label?: string; columns?: number }) {
  const { t } = useTranslation();
  return (
    <div
      role="status"
      aria-live="polite"
      aria-label={label ?? t('common.loading')}
      className="cw-loading"
    >
      <DataTableSkeleton
        columnCount={columns}
        rowCount={5}
        showHeader={false}
        showToolbar={false}
      />
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <Tile className="cw-empty" data-testid="empty-state">
      <h2 className="cds--type-heading-03">{title}</h2>
      {children && <div className="cw-muted">{children}</div>}
    </Tile>
  );
}

/** A GraphQL or network error in words the user understands, with the fields at fault. */
export function ErrorNotice({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  const { message, fields } = describeError(error, t);
  return (
    <InlineNotification
      kind="error"
      role="alert"
      hideCloseButton
      title={title ?? t('error.title')}
      subtitle={message}
    >
      {fields.length > 0 && (
        <ul>
          {fields.map((f) => (
            <li key={f.field}>{f.message}</li>
          ))}
        </ul>
      )}
    </InlineNotification>
  );
}
