import { ErrorNotice, LoadingState, ProviderDetails, useAuth } from '@casework/web-kit';
import { canReadInquiries } from '../roles.js';
import { useQuery } from '@apollo/client/react';
import { Breadcrumb, BreadcrumbItem, Tag, Tile } from '@carbon/react';
import { ProviderStatistics } from './provider-statistics.js';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { graphql } from '../gql/index.js';

const ProviderQuery = graphql(`
  query Provider($id: ID!, $withStatistics: Boolean!) {
    provider(id: $id) {
      id
      reference
      name
      email
      phone
      preferredInquiryMethod
      preferredCommunicationMethod
      servicesOffered {
        id
        code
        name
      }
      allowedInquiryMethods {
        method
        allowed
        rule
        reason
        reasonCode
      }
      statistics @include(if: $withStatistics) {
        sentCount
        answeredCount
        unansweredCount
        positiveCount
        positiveShare
        averageHoursToFirstResponse
        medianHoursToFirstResponse
      }
      statisticsByMonth @include(if: $withStatistics) {
        from
        to
        sentCount
        answeredCount
        unansweredCount
        positiveCount
        medianHoursToFirstResponse
      }
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
  const { user } = useAuth();
  // Inquiry statistics are for the staff who send inquiries (support agents do not).
  const withStatistics = user ? canReadInquiries(user.roles) : false;
  const { data, loading, error } = useQuery(ProviderQuery, { variables: { id, withStatistics } });
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
          <div className="cw-columns cw-section">
            <Tile>
              <h2 className="cds--type-heading-03">{t('providerPage.services')}</h2>
              {provider.servicesOffered.length === 0 ? (
                <p className="cw-muted">{t('providerPage.noServices')}</p>
              ) : (
                <ul className="cw-row" aria-label={t('providerPage.services')}>
                  {provider.servicesOffered.map((s) => (
                    <li key={s.id}>
                      <Tag type="cool-gray">{`${s.name} (${s.code})`}</Tag>
                    </li>
                  ))}
                </ul>
              )}
            </Tile>
            <Tile>
              <h2 className="cds--type-heading-03">{t('providerPage.methods')}</h2>
              <ul className="cw-stack" data-testid="allowed-methods">
                {provider.allowedInquiryMethods.map((m) => (
                  <li key={m.method}>
                    <Tag
                      type={m.allowed ? 'green' : 'gray'}
                    >{`${t(`provider.InquiryMethod.${m.method}`)}: ${m.allowed ? t('providerPage.allowed') : t('providerPage.refused')}`}</Tag>
                    {!m.allowed && (
                      <span className="cw-muted">{` ${t(`methodRefusal.${m.reasonCode}`, { defaultValue: `${m.reason} (${m.rule})` })}`}</span>
                    )}
                  </li>
                ))}
              </ul>
            </Tile>
          </div>
          {provider.statistics && (
            <ProviderStatistics
              statistics={provider.statistics}
              months={provider.statisticsByMonth ?? []}
            />
          )}
        </>
      )}
    </div>
  );
}
