import {
  type Column,
  DataTable,
  EmptyState,
  ErrorNotice,
  INQUIRY_STATUS_TAG,
  LoadingState,
  useFormat,
} from '@casework/web-kit';
import { useQuery } from '@apollo/client/react';
import { Tag } from '@carbon/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../gql/index.js';
import { type AgencyInquiriesQuery, type InquiryFilterInput } from '../gql/graphql.js';

const InquiriesQuery = graphql(`
  query AgencyInquiries($filter: InquiryFilterInput, $first: Int!) {
    inquiries(filter: $filter, first: $first) {
      totalCount
      nodes {
        id
        reference
        status
        method
        sentAt
        periodFrom
        periodTo
        service {
          name
        }
        provider {
          id
          name
        }
      }
    }
  }
`);

type InquiryRow = NonNullable<AgencyInquiriesQuery['inquiries']>['nodes'][number];

/** Inquiries for a client, a case or the signed-in caseworker, newest first. */
export function InquiryList({ filter, title }: { filter: InquiryFilterInput; title: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading, error } = useQuery(InquiriesQuery, { variables: { filter, first: 50 } });
  const result = data?.inquiries;
  if (error) return <ErrorNotice error={error} />;
  if (loading && !result) return <LoadingState />;
  if (!result || result.totalCount === 0) return <EmptyState title={t('inquiries.empty')} />;
  const columns: Column<InquiryRow>[] = [
    {
      key: 'reference',
      header: t('inquiry.reference'),
      cell: (i) => <Link to={`/inquiries/${i.id}`}>{i.reference}</Link>,
    },
    { key: 'provider', header: t('inquiry.provider'), cell: (i) => i.provider.name },
    { key: 'service', header: t('inquiry.service'), cell: (i) => i.service.name },
    {
      key: 'period',
      header: t('inquiry.period'),
      cell: (i) => `${format.date(i.periodFrom)} – ${format.date(i.periodTo)}`,
    },
    {
      key: 'method',
      header: t('inquiry.method'),
      cell: (i) => t(`provider.InquiryMethod.${i.method}`),
    },
    { key: 'sent', header: t('inquiry.sent'), cell: (i) => format.dateTime(i.sentAt) },
    {
      key: 'status',
      header: t('inquiry.statusLabel'),
      cell: (i) => <Tag type={INQUIRY_STATUS_TAG[i.status]}>{t(`inquiry.status.${i.status}`)}</Tag>,
    },
  ];
  return (
    <DataTable
      columns={columns}
      rows={result.nodes}
      label={title}
      title={title}
      description={t('inquiries.count', { count: result.totalCount })}
    />
  );
}
