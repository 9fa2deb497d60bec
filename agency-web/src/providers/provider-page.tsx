import {
  ErrorNotice,
  LoadingState,
  ProviderDetails,
  ProviderStatistics,
  useAuth,
  PortalAccountsManager,
} from '@casework/web-kit';
import { AuditTrail, mergeTrails } from '../audit/audit-trail.js';
import { CommunicationExceptions } from '../exceptions/communication-exceptions.js';
import { ProviderFormModal } from './provider-form-modal.js';
import { BranchesPanel } from './branches-panel.js';
import { ContactsPanel } from './contacts-panel.js';
import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Breadcrumb, BreadcrumbItem, Button, Tag, Tile } from '@carbon/react';

import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { graphql } from '../gql/index.js';

const ProviderQuery = graphql(`
  query Provider($id: ID!, $withStatistics: Boolean!, $withAccounts: Boolean!) {
    provider(id: $id) {
      id
      version
      reference
      name
      email
      emailStatus
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
      exceptedCommunicationMethods
      communicationExceptions(includeCancelled: true) {
        ...CommunicationExceptionFields
      }
      branches {
        id
        version
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
      portalAccounts @include(if: $withAccounts) {
        id
        version
        name
        email
        role
        status
        invitationExpiresAt
      }
    }
  }
`);

/** A provider's details. */
export function ProviderPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { can } = useAuth();
  // Inquiry statistics are for the staff who send inquiries (support agents do not).
  const withStatistics = can('inquiry:read');
  const withAccounts = can('portal-account:manage');
  const canEdit = can('provider:write');
  const [editing, setEditing] = useState(false);
  const { data, loading, error } = useQuery(ProviderQuery, {
    variables: { id, withStatistics, withAccounts },
  });
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
            <div className="cw-row">
              <h1 className="cw-page__title cds--type-heading-05">{provider.name}</h1>
              <Tag type="gray">{provider.reference}</Tag>
              {provider.emailStatus !== 'OK' && (
                <Tag type="red">{t(`providerForm.emailStatusValue.${provider.emailStatus}`)}</Tag>
              )}
            </div>
            {canEdit && (
              <Button size="sm" kind="tertiary" onClick={() => setEditing(true)}>
                {t('providerForm.edit')}
              </Button>
            )}
          </div>
          <ProviderDetails provider={provider} />
          {editing && (
            <ProviderFormModal
              provider={provider}
              onClose={() => setEditing(false)}
              onSaved={() => setEditing(false)}
            />
          )}
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
          <CommunicationExceptions
            party={{ kind: 'provider', id: provider.id }}
            exceptions={provider.communicationExceptions}
            exceptedToday={provider.exceptedCommunicationMethods}
            canWrite={canEdit}
          />
          <BranchesPanel providerId={provider.id} branches={provider.branches} canEdit={canEdit} />
          <ContactsPanel
            providerId={provider.id}
            contacts={provider.contacts}
            branches={provider.branches}
            canEdit={canEdit}
          />
          {provider.portalAccounts && (
            <PortalAccountsManager
              providerId={provider.id}
              accounts={provider.portalAccounts}
              title={t('portalAccounts.title')}
              help={t('portalAccounts.help')}
              refetchQueries={['Provider']}
              rowTestId="portal-account-row"
            />
          )}
          <section className="cw-section">
            <AuditTrail
              entries={mergeTrails(...provider.communicationExceptions.map((e) => e.auditTrail))}
            />
          </section>
        </>
      )}
    </div>
  );
}
