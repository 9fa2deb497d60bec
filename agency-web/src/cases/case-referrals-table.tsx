import { type Column, DataTable, ErrorNotice, useFormat } from '@casework/web-kit';
import { useMutation } from '@apollo/client/react';
import { Select, SelectItem } from '@carbon/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql/index.js';
import { type IntegratedCaseQuery, type ReferralStatus } from '../gql/graphql.js';
import { ProviderLink } from './provider-link.js';

type Referral = NonNullable<IntegratedCaseQuery['integratedCase']>['referrals'][number];

const SetStatus = graphql(`
  mutation SetReferralStatus($id: ID!, $input: ReferralStatusInput!) {
    setReferralStatus(id: $id, input: $input) {
      id
      version
      status
    }
  }
`);

const STATUSES: ReferralStatus[] = ['OPEN', 'ACCEPTED', 'DECLINED', 'COMPLETED', 'CANCELLED'];

/** The case's referrals to services (R4.4); a caseworker changes a referral's status here. */
export function CaseReferralsTable({
  referrals,
  writer = false,
}: {
  referrals: Referral[];
  writer?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [setStatus, changing] = useMutation(SetStatus, { refetchQueries: ['IntegratedCase'] });
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
      cell: (r) =>
        writer ? (
          <Select
            id={`referral-status-${r.id}`}
            labelText={t('referral.statusOf', { service: r.service })}
            hideLabel
            size="sm"
            value={r.status}
            disabled={changing.loading}
            onChange={(e) =>
              void setStatus({
                variables: {
                  id: r.id,
                  input: { version: r.version, status: e.target.value as ReferralStatus },
                },
              }).catch(() => undefined)
            }
          >
            {STATUSES.map((s) => (
              <SelectItem key={s} value={s} text={t(`enums.ReferralStatus.${s}`)} />
            ))}
          </Select>
        ) : (
          t(`enums.ReferralStatus.${r.status}`)
        ),
    },
    { key: 'referredOn', header: t('casePage.referredOn'), cell: (r) => format.date(r.referredOn) },
  ];
  return (
    <>
      {changing.error && <ErrorNotice error={changing.error} />}
      <DataTable
        columns={columns}
        rows={referrals}
        label={t('casePage.referrals')}
        title={t('casePage.referrals')}
        className="cw-section"
        size="sm"
        testId="case-referrals"
        empty={t('casePage.none')}
      />
    </>
  );
}
