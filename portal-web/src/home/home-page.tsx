import {
  AdminRequestStatusTag,
  ErrorNotice,
  LoadingState,
  useAuth,
  useFormat,
} from '@casework/web-kit';
import { useQuery } from '@apollo/client/react';
import { Button, Stack } from '@carbon/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../gql/index.js';
import { PortalUsersSection } from './portal-users-section.js';

const HomeQuery = graphql(`
  query PortalHome {
    waitingInquiries: inquiries(filter: { status: SENT }, first: 5) {
      totalCount
      nodes {
        id
        reference
        sentAt
        service {
          name
        }
      }
    }
    waitingRequests: administrativeRequests(status: WAITING_FOR_PROVIDER, first: 5) {
      totalCount
      nodes {
        id
        reference
        subject
        status
        lastActivityAt
      }
    }
  }
`);

/** The portal's start page: what waits for the organisation, the support entry points (R5.2), and for administrators the portal users. */
export function HomePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { user, can } = useAuth();
  const admin = can('provider:administer-own');
  const { data, loading, error } = useQuery(HomeQuery, { fetchPolicy: 'cache-and-network' });
  return (
    <div className="cw-page">
      <div className="cw-page__header">
        <h1 className="cw-page__title cds--type-heading-05">{t('home.title')}</h1>
        {admin && (
          <div className="cw-row">
            <Button as={Link} to="/support/assistant" kind="secondary" size="md">
              {t('nav.supportAssistant')}
            </Button>
            <Button as={Link} to="/support/new" size="md">
              {t('nav.createTicket')}
            </Button>
          </div>
        )}
      </div>
      {error && <ErrorNotice error={error} />}
      {loading && !data && <LoadingState />}
      {data && (
        <Stack gap={7}>
          <section aria-labelledby="waiting-inquiries">
            <h2 id="waiting-inquiries" className="cds--type-heading-03">
              {t('home.waitingInquiries', { count: data.waitingInquiries?.totalCount ?? 0 })}
            </h2>
            <ul className="cw-stack">
              {data.waitingInquiries?.nodes.map((i) => (
                <li key={i.id}>
                  <Link to={`/inquiries/${i.id}`}>{i.reference}</Link>
                  {` · ${i.service.name} · ${format.dateTime(i.sentAt)}`}
                </li>
              ))}
            </ul>
            <Link to="/inquiries">{t('home.allInquiries')}</Link>
          </section>
          <section aria-labelledby="waiting-requests">
            <h2 id="waiting-requests" className="cds--type-heading-03">
              {t('home.waitingRequests', { count: data.waitingRequests?.totalCount ?? 0 })}
            </h2>
            <ul className="cw-stack">
              {data.waitingRequests?.nodes.map((r) => (
                <li key={r.id}>
                  <Link to={`/support/requests/${r.id}`}>{`${r.reference}: ${r.subject}`}</Link>{' '}
                  <AdminRequestStatusTag status={r.status} />
                </li>
              ))}
            </ul>
            <Link to="/support">{t('home.allRequests')}</Link>
          </section>
          {admin && user?.organisationId && <PortalUsersSection providerId={user.organisationId} />}
        </Stack>
      )}
    </div>
  );
}
