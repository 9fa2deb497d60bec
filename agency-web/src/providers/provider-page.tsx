import { ErrorNotice, LoadingState, ProviderDetails } from '@casework/web-kit';
import { useQuery } from '@apollo/client/react';
import { Breadcrumb, BreadcrumbItem, Tag } from '@carbon/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { graphql } from '../gql/index.js';

const ProviderQuery = graphql(`
  query Provider($id: ID!) {
    provider(id: $id) {
      id
      reference
      name
      email
      phone
      preferredInquiryMethod
      preferredCommunicationMethod
      address {
        line1
        line2
        postalCode
        city
        country
      }
    }
  }
`);

/** A provider's details. */
export function ProviderPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(ProviderQuery, { variables: { id } });
  const provider = data?.provider;
  return (
    <div className="cw-page">
      <Breadcrumb noTrailingSlash>
        <BreadcrumbItem>
          <Link to="/providers">{t('providers.title')}</Link>
        </BreadcrumbItem>
      </Breadcrumb>
      {error && <ErrorNotice error={error} />}
      {loading && !provider && <LoadingState />}
      {provider && (
        <>
          <div className="cw-page__header">
            <h1 className="cw-page__title cds--type-heading-05">{provider.name}</h1>
            <Tag type="gray">{provider.reference}</Tag>
          </div>
          <ProviderDetails provider={provider} />
        </>
      )}
    </div>
  );
}
