import {
  type Column,
  PageHeader,
  PagedResults,
  SearchForm,
  useAuth,
  useCursorPages,
} from '@casework/web-kit';
import { useQuery } from '@apollo/client/react';
import { Button, Select, SelectItem } from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ProviderFormModal } from './provider-form-modal.js';
import { graphql } from '../gql/index.js';
import { type ProvidersQuery as ProvidersResult } from '../gql/graphql.js';

const ProvidersQuery = graphql(`
  query Providers($search: String, $serviceId: ID, $first: Int!, $after: String) {
    services {
      id
      name
      code
    }
    providers(search: $search, serviceId: $serviceId, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        reference
        name
        email
        phone
        preferredInquiryMethod
      }
    }
  }
`);

type ProviderRow = NonNullable<ProvidersResult['providers']>['nodes'][number];

/** Search providers by name, reference or email. */
export function ProviderSearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const serviceId = params.get('service') ?? '';
  const pages = useCursorPages(`${search}|${serviceId}`);
  const { data, loading, error } = useQuery(ProvidersQuery, {
    variables: {
      search: search || null,
      serviceId: serviceId || null,
      first: pages.pageSize,
      after: pages.after,
    },
  });
  const result = data?.providers;
  const { can } = useAuth();
  const navigate = useNavigate();
  const [registering, setRegistering] = useState(false);
  const columns: Column<ProviderRow>[] = [
    {
      key: 'name',
      header: t('provider.name'),
      cell: (p) => <Link to={`/providers/${p.id}`}>{p.name}</Link>,
    },
    { key: 'reference', header: t('provider.reference'), cell: (p) => p.reference },
    { key: 'email', header: t('provider.email'), cell: (p) => p.email ?? '—' },
    { key: 'phone', header: t('provider.phone'), cell: (p) => p.phone ?? '—' },
    {
      key: 'method',
      header: t('provider.preferredInquiryMethod'),
      cell: (p) =>
        p.preferredInquiryMethod
          ? t(`provider.InquiryMethod.${p.preferredInquiryMethod}`)
          : t('provider.noPreference'),
    },
  ];
  return (
    <div className="cw-page">
      <PageHeader title={t('providers.title')}>
        {can('provider:write') && (
          <Button size="sm" kind="tertiary" onClick={() => setRegistering(true)}>
            {t('providerForm.registerTitle')}
          </Button>
        )}
      </PageHeader>
      {registering && (
        <ProviderFormModal
          onClose={() => setRegistering(false)}
          onSaved={(id) => void navigate(`/providers/${id}`)}
        />
      )}
      <SearchForm
        id="provider-search"
        label={t('providers.searchLabel')}
        placeholder={t('providers.searchPlaceholder')}
        clearLabel={t('providers.clearSearch')}
        value={search}
        onSearch={(draft) =>
          setParams({
            ...(draft ? { q: draft } : {}),
            ...(serviceId ? { service: serviceId } : {}),
          })
        }
      />
      <Select
        id="provider-service-filter"
        className="cw-section"
        labelText={t('providers.serviceFilter')}
        value={serviceId}
        onChange={(e) =>
          setParams({
            ...(search ? { q: search } : {}),
            ...(e.target.value ? { service: e.target.value } : {}),
          })
        }
      >
        <SelectItem value="" text={t('providers.allServices')} />
        {(data?.services ?? []).map((service) => (
          <SelectItem
            key={service.id}
            value={service.id}
            text={`${service.name} (${service.code})`}
          />
        ))}
      </Select>
      <PagedResults
        result={result}
        loading={loading}
        error={error}
        pages={pages}
        columns={columns}
        label={t('providers.tableTitle')}
        description={result ? t('providers.count', { count: result.totalCount }) : undefined}
        emptyTitle={t('providers.emptyTitle')}
        emptyText={t('providers.emptyText')}
      />
    </div>
  );
}
