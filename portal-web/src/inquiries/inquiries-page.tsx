import { EmptyState } from '@casework/web-kit';
import { useTranslation } from 'react-i18next';

/** The inquiry inbox; inquiries reach it once the agency sends them through the portal (R1.3). */
export function InquiriesPage() {
  const { t } = useTranslation();
  return (
    <div className="cw-page">
      <div className="cw-page__header">
        <h1 className="cw-page__title cds--type-heading-05">{t('inquiries.title')}</h1>
      </div>
      <EmptyState title={t('inquiries.emptyTitle')}>{t('inquiries.emptyText')}</EmptyState>
    </div>
  );
}
