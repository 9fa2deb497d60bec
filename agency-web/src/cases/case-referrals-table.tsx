import { type Column, DataTable, useFormat } from '@casework/web-kit';
import { useTranslation } from 'react-i18next';
import { type IntegratedCaseQuery } from '../gql/graphql.js';
import { ProviderLink } from './provider-link.js';

type Referral = NonNullable<IntegratedCaseQuery['integratedCase']>['referrals'][number];

/** The case's referrals to services (R4.4). */
export function CaseReferralsTable({ referrals }: { referrals: Referral[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: Column<Referral>[] = [
    { key: 'service', header: t('casePage.service'), cell: (r) => r.service },
    {
      key: 'provider',
      header: t('casePage.provider'),
      cell: (r) => <ProviderLink provider={r.provider} />,
    },
    {
      key: 'status',
      header: t('cases.status'),
      cell: (r) => t(`enums.ReferralStatus.${r.status}`),
    },
    { key: 'referredOn', header: t('casePage.referredOn'), cell: (r) => format.date(r.referredOn) },
  ];
  return (
    <DataTable
      columns={columns}
      rows={referrals}
      label={t('casePage.referrals')}
      title={t('casePage.referrals')}
      className="cw-section"
      size="sm"
      empty={t('casePage.none')}
    />
  );
}
