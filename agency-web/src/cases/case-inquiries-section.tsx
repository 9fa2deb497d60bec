import { Button } from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InquiryList } from '../inquiries/inquiry-list.js';
import { NewInquiryModal } from '../inquiries/new-inquiry-modal.js';

/** The case's inquiries to providers; a caseworker asks a new one while the case is open (R1.1). */
export function CaseInquiriesSection({
  caseId,
  reference,
  clientId,
  canAsk,
}: {
  caseId: string;
  reference: string;
  clientId: string;
  canAsk: boolean;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  return (
    <section className="cw-section" aria-labelledby="case-inquiries-heading">
      <div className="cw-page__header">
        <h2 id="case-inquiries-heading" className="cds--type-heading-04">
          {t('inquiries.title')}
        </h2>
        {canAsk && <Button onClick={() => setAsking(true)}>{t('newInquiry.open')}</Button>}
      </div>
      <InquiryList filter={{ caseId }} title={t('inquiries.forCase', { reference })} />
      {asking && (
        <NewInquiryModal personId={clientId} caseId={caseId} onClose={() => setAsking(false)} />
      )}
    </section>
  );
}
