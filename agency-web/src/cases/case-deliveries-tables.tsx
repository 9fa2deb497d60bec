import { type Column, DataTable, ErrorNotice, useFormat } from '@casework/web-kit';
import { useMutation } from '@apollo/client/react';
import { Button } from '@carbon/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql/index.js';
import { type IntegratedCaseQuery } from '../gql/graphql.js';
import { ProviderLink } from './provider-link.js';

type IntegratedCase = NonNullable<IntegratedCaseQuery['integratedCase']>;
type ProductDelivery = IntegratedCase['productDeliveries'][number];
type ServiceDelivery = IntegratedCase['serviceDeliveries'][number];

const EndProductDelivery = graphql(`
  mutation EndProductDelivery($id: ID!, $input: ProductDeliveryStatusInput!) {
    setProductDeliveryStatus(id: $id, input: $input) {
      id
      status
    }
  }
`);

const EndServiceDelivery = graphql(`
  mutation EndServiceDelivery($id: ID!, $input: ServiceDeliveryStatusInput!) {
    setServiceDeliveryStatus(id: $id, input: $input) {
      id
      status
    }
  }
`);

const refetch = { refetchQueries: ['IntegratedCase'], awaitRefetchQueries: true };

/** The case's product deliveries (R4.3); a caseworker closes one that is still running. */
export function ProductDeliveriesTable({
  deliveries,
  writer,
}: {
  deliveries: ProductDelivery[];
  writer: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [endProduct, ended] = useMutation(EndProductDelivery, refetch);
  const columns: Column<ProductDelivery>[] = [
    { key: 'product', header: t('casePage.product'), cell: (p) => `${p.product} (${p.reference})` },
    {
      key: 'status',
      header: t('cases.status'),
      cell: (p) => t(`enums.ProductDeliveryStatus.${p.status}`),
    },
    {
      key: 'period',
      header: t('casePage.period'),
      cell: (p) => `${format.date(p.periodFrom)} – ${p.periodTo ? format.date(p.periodTo) : ''}`,
    },
    {
      key: 'actions',
      header: t('exceptions.actions'),
      hiddenHeader: true,
      cell: (p) =>
        writer &&
        p.status !== 'CLOSED' && (
          <Button
            kind="ghost"
            size="sm"
            onClick={() =>
              void endProduct({
                variables: { id: p.id, input: { version: p.version, status: 'CLOSED' } },
              }).catch(() => undefined)
            }
          >
            {t('casePage.end', { name: p.product })}
          </Button>
        ),
    },
  ];
  return (
    <>
      {ended.error && <ErrorNotice error={ended.error} />}
      <DataTable
        columns={columns}
        rows={deliveries}
        label={t('casePage.productDeliveries')}
        title={t('casePage.productDeliveries')}
        className="cw-section"
        size="sm"
        empty={t('casePage.none')}
      />
    </>
  );
}

/** The case's service deliveries (R4.4); a planned or active one can be completed. */
export function ServiceDeliveriesTable({
  deliveries,
  writer,
}: {
  deliveries: ServiceDelivery[];
  writer: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [endService, ended] = useMutation(EndServiceDelivery, refetch);
  const columns: Column<ServiceDelivery>[] = [
    { key: 'service', header: t('casePage.service'), cell: (s) => s.service },
    {
      key: 'provider',
      header: t('casePage.provider'),
      cell: (s) => <ProviderLink provider={s.provider} />,
    },
    {
      key: 'status',
      header: t('cases.status'),
      cell: (s) => t(`enums.ServiceDeliveryStatus.${s.status}`),
    },
    {
      key: 'period',
      header: t('casePage.period'),
      cell: (s) => `${format.date(s.periodFrom)} – ${s.periodTo ? format.date(s.periodTo) : ''}`,
    },
    {
      key: 'actions',
      header: t('exceptions.actions'),
      hiddenHeader: true,
      cell: (s) =>
        writer &&
        (s.status === 'PLANNED' || s.status === 'ACTIVE') && (
          <Button
            kind="ghost"
            size="sm"
            onClick={() =>
              void endService({
                variables: { id: s.id, input: { version: s.version, status: 'COMPLETED' } },
              }).catch(() => undefined)
            }
          >
            {t('casePage.end', { name: s.service })}
          </Button>
        ),
    },
  ];
  return (
    <>
      {ended.error && <ErrorNotice error={ended.error} />}
      <DataTable
        columns={columns}
        rows={deliveries}
        label={t('casePage.serviceDeliveries')}
        title={t('casePage.serviceDeliveries')}
        className="cw-section"
        size="sm"
        empty={t('casePage.none')}
      />
    </>
  );
}
