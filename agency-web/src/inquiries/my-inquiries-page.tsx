import { useTranslation } from 'react-i18next';
import { InquiryList } from './inquiry-list.js';

export function MyInquiriesPage() {
  const { t } = useTranslation();
  return (
    <div className="cw-page">
      <div className="cw-page__header">
        <h1 className="cw-page__title cds--type-heading-05">{t('inquiries.mine')}</h1>
      </div>
      <InquiryList filter={{ mine: true }} title={t('inquiries.mine')} />
    </div>
  );
}
