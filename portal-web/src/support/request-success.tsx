import { InlineNotification, Stack } from '@carbon/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** R5.9: the request was sent; links to its details and to the support dashboard. */
export function RequestSuccess({ id, reference }: { id: string; reference: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={5}>
      <InlineNotification
        kind="success"
        lowContrast
        hideCloseButton
        role="status"
        title={t('request.sentTitle')}
        subtitle={t('request.sentText', { reference })}
      />
      <ul className="cw-links">
        <li>
          <Link to={`/support/requests/${id}`}>{t('request.ticketDetails')}</Link>
        </li>
        <li>
          <Link to="/support">{t('request.supportDashboard')}</Link>
        </li>
      </ul>
    </Stack>
  );
}
