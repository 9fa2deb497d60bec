import { EmptyState } from '@casework/web-kit';
import { useTranslation } from 'react-i18next';

/** Administrative requests (billing, payments, contracts) the organisation has raised (R5). */
export function SupportRequestsPage() {
  const { t } = useTranslation();
  return (
    <div className="cw-page">
      <div className="cw-page__header">
        <h1 className="cw-page__title cds--type-heading-05">{t('support.title')}</h1>
      </div>
      <EmptyState title={t('support.emptyTitle')}>{t('support.emptyText')}</EmptyState>
    </div>
  );
}
