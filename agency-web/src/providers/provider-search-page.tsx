import {
  CursorPager,
  EmptyState,
  ErrorNotice,
  LoadingState,
  useAuth,
  useCursorPages,
} from '@casework/web-kit';
import { useQuery } from '@apollo/client/react';
import {
  Button,
  Search,
  Select,
  SelectItem,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableHeader,
  TableRow,
} from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { canWriteProviders } from '../roles.js';
import { ProviderFormModal } from './provider-form-modal.js';
import { graphql } from '../gql/index.js';

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

/** Search providers by name, reference or email. */
export function ProviderSearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const serviceId = params.get('service') ?? '';
  const [draft, setDraft] = useState(search);
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
  const { user } = useAuth();
  const navigate = useNavigate();
  const [registering, setRegistering] = useState(false);
  return (
    <div className="cw-page">
      <div className="cw-page__header">
        <h1 className="cw-page__title cds--type-heading-05">{t('providers.title')}</h1>
        {user && canWriteProviders(user.roles) && (
          <Button size="sm" kind="tertiary" onClick={() => setRegistering(true)}>
            {t('providerForm.registerTitle')}
          </Button>
        )}
      </div>
      {registering && (
        <ProviderFormModal
          onClose={() => setRegistering(false)}
          onSaved={(id) => void navigate(`/providers/${id}`)}
        />
      )}
      <form
        role="search"
        className="cw-search-row"
        onSubmit={(e) => {
          e.preventDefault();
          setParams({
            ...(draft ? { q: draft } : {}),
            ...(serviceId ? { service: serviceId } : {}),
          });
        }}
      >
        <Search
          id="provider-search"
          labelText={t('providers.searchLabel')}
          placeholder={t('providers.searchPlaceholder')}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          closeButtonLabelText={t('providers.clearSearch')}
        />
        <Button type="submit" size="lg">
          {t('common.search')}
        </Button>
      </form>
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
      <div className="cw-section">
        {error && <ErrorNotice error={error} />}
        {loading && !result && <LoadingState />}
        {result && result.totalCount === 0 && (
          <EmptyState title={t('providers.emptyTitle')}>{t('providers.emptyText')}</EmptyState>
        )}
        {result && result.totalCount > 0 && (
          <TableContainer
            title={t('providers.tableTitle')}
            description={t('providers.count', { count: result.totalCount })}
          >
            <Table aria-label={t('providers.tableTitle')}>
              <TableHead>
                <TableRow>
                  <TableHeader>{t('provider.name')}</TableHeader>
                  <TableHeader>{t('provider.reference')}</TableHeader>
                  <TableHeader>{t('provider.email')}</TableHeader>
                  <TableHeader>{t('provider.phone')}</TableHeader>
                  <TableHeader>{t('provider.preferredInquiryMethod')}</TableHeader>
                </TableRow>
              </TableHead>
              <TableBody>
                {result.nodes.map((p) => (
                  <TableRow key={p.id}>
                    <TableCell>
                      <Link to={`/providers/${p.id}`}>{p.name}</Link>
                    </TableCell>
                    <TableCell>{p.reference}</TableCell>
                    <TableCell>{p.email ?? '—'}</TableCell>
                    <TableCell>{p.phone ?? '—'}</TableCell>
                    <TableCell>
                      {p.preferredInquiryMethod
                        ? t(`provider.InquiryMethod.${p.preferredInquiryMethod}`)
                        : t('provider.noPreference')}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <CursorPager
              pages={pages}
              totalCount={result.totalCount}
              endCursor={result.pageInfo.endCursor}
              hasNextPage={result.pageInfo.hasNextPage}
            />
          </TableContainer>
        )}
      </div>
    </div>
  );
}
