import {
  BranchTable,
  ContactTable,
  EmptyState,
  ErrorNotice,
  LoadingState,
  ProviderDetails,
  ProviderStatistics,
  useAuth,
} from '@casework/web-kit';
import { useQuery } from '@apollo/client/react';
import { TableContainer, Tag } from '@carbon/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql/index.js';

const OrganisationQuery = graphql(`
  query Organisation($id: ID!) {
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
      statistics {
        sentCount
        answeredCount
        unansweredCount
        positiveCount
        positiveShare
        averageHoursToFirstResponse
        medianHoursToFirstResponse
      }
      statisticsByMonth {
        from
        to
        sentCount
        answeredCount
        unansweredCount
        positiveCount
        medianHoursToFirstResponse
      }
      branches {
        id
        name
        kind
        email
        phone
        iban
        active
      }
      contacts {
        id
        name
        position
        email
        phone
        primary
        branch {
          name
        }
      }
    }
  }
`);

/** The signed-in user's own organisation as the agency has it on record. */
export function OrganisationPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const organisationId = user?.organisationId;
  const { data, loading, error } = useQuery(OrganisationQuery, {
    variables: { id: organisationId ?? '' },
    skip: !organisationId,
  });
  const provider = data?.provider;
  return (
    <div className="cw-page">
      {!organisationId && (
        <EmptyState title={t('organisation.noOrganisation')}>
          {t('organisation.noOrganisationText')}
        </EmptyState>
      )}
      {error && <ErrorNotice error={error} />}
      {loading && !provider && <LoadingState />}
      {provider && (
        <>
          <div className="cw-page__header">
            <h1 className="cw-page__title cds--type-heading-05">{provider.name}</h1>
            <Tag type="gray">{provider.reference}</Tag>
          </div>
          <p className="cw-muted cw-note">{t('organisation.intro')}</p>
          <ProviderDetails provider={provider} />
          {provider.statistics && (
            <ProviderStatistics
              statistics={provider.statistics}
              months={provider.statisticsByMonth ?? []}
            />
          )}
          <TableContainer
            className="cw-section"
            title={t('providerOrganisation.branches')}
            description={t('providerOrganisation.branchesHelp')}
          >
            <BranchTable branches={provider.branches} />
          </TableContainer>
          <TableContainer className="cw-section" title={t('providerOrganisation.contacts')}>
            <ContactTable contacts={provider.contacts} />
          </TableContainer>
        </>
      )}
    </div>
  );
}
