import {
  EmptyState,
  ErrorNotice,
  INQUIRY_STATUS_TAG,
  LoadingState,
  useFormat,
} from '@casework/web-kit';
import { useQuery } from '@apollo/client/react';
import {
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableHeader,
  TableRow,
  Tag,
} from '@carbon/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../gql/index.js';
import { type InquiryFilterInput } from '../gql/graphql.js';

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

/** Inquiries for a client, a case or the signed-in caseworker, newest first. */
export function InquiryList({ filter, title }: { filter: InquiryFilterInput; title: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading, error } = useQuery(InquiriesQuery, { variables: { filter, first: 50 } });
  const result = data?.inquiries;
  if (error) return <ErrorNotice error={error} />;
  if (loading && !result) return <LoadingState />;
  if (!result || result.totalCount === 0) return <EmptyState title={t('inquiries.empty')} />;
  return (
    <TableContainer title={title} description={t('inquiries.count', { count: result.totalCount })}>
      <Table aria-label={title}>
        <TableHead>
          <TableRow>
            <TableHeader>{t('inquiry.reference')}</TableHeader>
            <TableHeader>{t('inquiry.provider')}</TableHeader>
            <TableHeader>{t('inquiry.service')}</TableHeader>
            <TableHeader>{t('inquiry.period')}</TableHeader>
            <TableHeader>{t('inquiry.method')}</TableHeader>
            <TableHeader>{t('inquiry.sent')}</TableHeader>
            <TableHeader>{t('inquiry.statusLabel')}</TableHeader>
          </TableRow>
        </TableHead>
        <TableBody>
          {result.nodes.map((i) => (
            <TableRow key={i.id}>
              <TableCell>
                <Link to={`/inquiries/${i.id}`}>{i.reference}</Link>
              </TableCell>
              <TableCell>{i.provider.name}</TableCell>
              <TableCell>{i.service.name}</TableCell>
              <TableCell>{`${format.date(i.periodFrom)} – ${format.date(i.periodTo)}`}</TableCell>
              <TableCell>{t(`provider.InquiryMethod.${i.method}`)}</TableCell>
              <TableCell>{format.dateTime(i.sentAt)}</TableCell>
              <TableCell>
                <Tag type={INQUIRY_STATUS_TAG[i.status]}>{t(`inquiry.status.${i.status}`)}</Tag>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
