import { ErrorNotice, PortalAccountsManager } from '@casework/web-kit';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql/index.js';

const UsersQuery = graphql(`
  query PortalUsers($id: ID!) {
    provider(id: $id) {
      id
      portalAccounts {
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

/** The organisation's portal users, for its provider administrators (the agency app's table). */
export function PortalUsersSection({ providerId }: { providerId: string }) {
  const { t } = useTranslation();
  const { data, error } = useQuery(UsersQuery, { variables: { id: providerId } });
  if (error) return <ErrorNotice error={error} />;
  return (
    <PortalAccountsManager
      providerId={providerId}
      accounts={data?.provider?.portalAccounts ?? []}
      title={t('portalAccounts.ownTitle')}
      help={t('portalAccounts.ownHelp')}
      refetchQueries={['PortalUsers']}
      rowTestId="portal-user-row"
    />
  );
}
