import { type Column, DataTable, ErrorNotice, useFieldErrors, useFormat } from '@casework/web-kit';
import { useMutation } from '@apollo/client/react';
import {
  Button,
  Modal,
  Select,
  SelectItem,
  Stack,
  TableContainer,
  Tag,
  TextInput,
} from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql/index.js';
import { type PortalAccountStatus, type PortalRole } from '../gql/graphql.js';

const InvitePortalUser = graphql(`
  mutation InvitePortalUser($providerId: ID!, $input: InvitePortalUserInput!) {
    invitePortalUser(providerId: $providerId, input: $input) {
      id
    }
  }
`);

const ResendInvitation = graphql(`
  mutation ResendPortalInvitation($id: ID!) {
    resendPortalInvitation(id: $id) {
      id
      invitationExpiresAt
    }
  }
`);

const DisableAccount = graphql(`
  mutation DisablePortalAccount($id: ID!) {
    disablePortalAccount(id: $id) {
      id
      status
    }
  }
`);

const EnableAccount = graphql(`
  mutation EnablePortalAccount($id: ID!) {
    enablePortalAccount(id: $id) {
      id
      status
    }
  }
`);

const ChangeRole = graphql(`
  mutation ChangePortalAccountRole($id: ID!, $input: ChangePortalRoleInput!) {
    changePortalAccountRole(id: $id, input: $input) {
      id
      role
      version
    }
  }
`);

export interface PortalAccountItem {
  id: string;
  version: number;
  name: string;
  email: string;
  role: PortalRole;
  status: PortalAccountStatus;
  invitationExpiresAt?: string | null;
}

const STATUS_TAG = { ACTIVE: 'green', INVITED: 'blue', DISABLED: 'gray' } as const;
const ROLES = ['PROVIDER_USER', 'PROVIDER_ADMIN'] as PortalRole[];
const refetch = { refetchQueries: ['Provider'], awaitRefetchQueries: true };

/** The organisation's provider-portal users: agency administrators invite, change and disable. */
export function PortalAccountsPanel({
  providerId,
  accounts,
}: {
  providerId: string;
  accounts: PortalAccountItem[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [inviting, setInviting] = useState(false);
  const [resend, resending] = useMutation(ResendInvitation, refetch);
  const [disable, disabling] = useMutation(DisableAccount, refetch);
  const [enable, enabling] = useMutation(EnableAccount, refetch);
  const [changeRole, changing] = useMutation(ChangeRole, refetch);
  const error = resending.error ?? disabling.error ?? enabling.error ?? changing.error;
  const busy = resending.loading || disabling.loading || enabling.loading || changing.loading;
  const columns: Column<PortalAccountItem>[] = [
    { key: 'name', header: t('providerOrganisation.name'), cell: (a) => a.name },
    { key: 'email', header: t('providerForm.email'), cell: (a) => a.email },
    {
      key: 'role',
      header: t('portalAccounts.role'),
      cell: (a) => (
        <Select
          id={`role-${a.id}`}
          size="sm"
          hideLabel
          labelText={t('portalAccounts.roleOf', { name: a.name })}
          value={a.role}
          disabled={busy || a.status === 'DISABLED'}
          onChange={(e) =>
            void changeRole({
              variables: {
                id: a.id,
                input: { version: a.version, role: e.target.value as PortalRole },
              },
            }).catch(() => undefined)
          }
        >
          {ROLES.map((r) => (
            <SelectItem key={r} value={r} text={t(`portalAccounts.roleValue.${r}`)} />
          ))}
        </Select>
      ),
    },
    {
      key: 'status',
      header: t('providerOrganisation.status'),
      cell: (a) => (
        <>
          <Tag type={STATUS_TAG[a.status]}>{t(`portalAccounts.status.${a.status}`)}</Tag>
          {a.status === 'INVITED' && a.invitationExpiresAt && (
            <span className="cw-muted">
              {` ${t('portalAccounts.expires', { date: format.dateTime(a.invitationExpiresAt) })}`}
            </span>
          )}
        </>
      ),
    },
    {
      key: 'actions',
      header: t('providerOrganisation.actions'),
      cell: (a) => (
        <>
          {a.status === 'INVITED' && (
            <Button
              size="sm"
              kind="ghost"
              disabled={busy}
              onClick={() => void resend({ variables: { id: a.id } }).catch(() => undefined)}
            >
              {t('portalAccounts.resend')}
            </Button>
          )}
          {a.status === 'DISABLED' ? (
            <Button
              size="sm"
              kind="ghost"
              disabled={busy}
              onClick={() => void enable({ variables: { id: a.id } }).catch(() => undefined)}
            >
              {t('portalAccounts.enable')}
            </Button>
          ) : (
            <Button
              size="sm"
              kind="danger--ghost"
              disabled={busy}
              onClick={() => void disable({ variables: { id: a.id } }).catch(() => undefined)}
            >
              {t('portalAccounts.disable')}
            </Button>
          )}
        </>
      ),
    },
  ];
  return (
    <TableContainer
      title={t('portalAccounts.title')}
      description={t('portalAccounts.help')}
      className="cw-section"
    >
      <div className="cw-row">
        <Button size="sm" kind="tertiary" onClick={() => setInviting(true)}>
          {t('portalAccounts.invite')}
        </Button>
      </div>
      {error && <ErrorNotice error={error} />}
      {resending.data && (
        <p role="status" className="cw-muted">
          {t('portalAccounts.resent')}
        </p>
      )}
      {accounts.length === 0 ? (
        <p className="cw-muted">{t('portalAccounts.none')}</p>
      ) : (
        <DataTable
          columns={columns}
          rows={accounts}
          label={t('portalAccounts.title')}
          size="sm"
          rowTestId="portal-account-row"
        />
      )}
      {inviting && <InviteModal providerId={providerId} onClose={() => setInviting(false)} />}
    </TableContainer>
  );
}

function InviteModal({ providerId, onClose }: { providerId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ name: '', email: '', role: 'PROVIDER_USER' as PortalRole });
  const [invite, { loading, error }] = useMutation(InvitePortalUser, refetch);
  const invalid = useFieldErrors(error);
  return (
    <Modal
      open
      modalHeading={t('portalAccounts.invite')}
      primaryButtonText={t('portalAccounts.sendInvitation')}
      secondaryButtonText={t('common.cancel')}
      primaryButtonDisabled={loading || !form.name.trim() || !form.email.trim()}
      onRequestClose={onClose}
      onRequestSubmit={() =>
        void invite({
          variables: {
            providerId,
            input: { name: form.name.trim(), email: form.email.trim(), role: form.role },
          },
        }).then(onClose, () => undefined)
      }
    >
      <Stack gap={5}>
        <p>{t('portalAccounts.inviteExplanation')}</p>
        <TextInput
          id="invite-name"
          labelText={t('providerOrganisation.name')}
          value={form.name}
          onChange={(e) => setForm({ ...form, name: e.target.value })}
          data-modal-primary-focus
          {...invalid('name')}
        />
        <TextInput
          id="invite-email"
          type="email"
          labelText={t('providerForm.email')}
          value={form.email}
          onChange={(e) => setForm({ ...form, email: e.target.value })}
          {...invalid('email')}
        />
        <Select
          id="invite-role"
          labelText={t('portalAccounts.role')}
          value={form.role}
          onChange={(e) => setForm({ ...form, role: e.target.value as PortalRole })}
        >
          {ROLES.map((r) => (
            <SelectItem key={r} value={r} text={t(`portalAccounts.roleValue.${r}`)} />
          ))}
        </Select>
        {error && <ErrorNotice error={error} />}
      </Stack>
    </Modal>
  );
}
