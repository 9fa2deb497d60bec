import { gql, type TypedDocumentNode } from '@apollo/client';
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
import { useFormat } from '../i18n/use-format.js';
import { type Column, DataTable } from './data-table.js';
import { ErrorNotice } from './states.js';
import { useFieldErrors } from './use-field-errors.js';

export type PortalRoleName = 'PROVIDER_USER' | 'PROVIDER_ADMIN';

export interface PortalAccountItem {
  id: string;
  version: number;
  name: string;
  email: string;
  role: PortalRoleName;
  status: 'ACTIVE' | 'INVITED' | 'DISABLED';
  invitationExpiresAt?: string | null;
}

type Id = { id: string };
const Invite: TypedDocumentNode<
  { invitePortalUser: Id },
  { providerId: string; input: { name: string; email: string; role: PortalRoleName } }
> = gql`
  mutation KitInvitePortalUser($providerId: ID!, $input: InvitePortalUserInput!) {
    invitePortalUser(providerId: $providerId, input: $input) {
      id
    }
  }
`;
const Resend: TypedDocumentNode<{ resendPortalInvitation: Id }, Id> = gql`
  mutation KitResendPortalInvitation($id: ID!) {
    resendPortalInvitation(id: $id) {
      id
      invitationExpiresAt
    }
  }
`;
const Disable: TypedDocumentNode<{ disablePortalAccount: Id }, Id> = gql`
  mutation KitDisablePortalAccount($id: ID!) {
    disablePortalAccount(id: $id) {
      id
      status
    }
  }
`;
const Enable: TypedDocumentNode<{ enablePortalAccount: Id }, Id> = gql`
  mutation KitEnablePortalAccount($id: ID!) {
    enablePortalAccount(id: $id) {
      id
      status
    }
  }
`;
const ChangeRole: TypedDocumentNode<
  { changePortalAccountRole: Id },
  { id: string; input: { version: number; role: PortalRoleName } }
> = gql`
  mutation KitChangePortalAccountRole($id: ID!, $input: ChangePortalRoleInput!) {
    changePortalAccountRole(id: $id, input: $input) {
      id
      role
      version
    }
  }
`;

const STATUS_TAG = { ACTIVE: 'green', INVITED: 'blue', DISABLED: 'gray' } as const;
const ROLES: PortalRoleName[] = ['PROVIDER_USER', 'PROVIDER_ADMIN'];

/**
 * An organisation's provider-portal users with invite, resend, role, disable and enable: agency
 * administrators on the provider page and provider administrators on the portal's start page use
 * the same API and this same table (the server decides who may).
 */
export function PortalAccountsManager({
  providerId,
  accounts,
  title,
  help,
  refetchQueries,
  rowTestId,
}: {
  providerId: string;
  accounts: readonly PortalAccountItem[];
  title: string;
  help: string;
  /** The app's queries that list the accounts, refetched after each change. */
  refetchQueries: string[];
  rowTestId: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const refetch = { refetchQueries, awaitRefetchQueries: true };
  const [inviting, setInviting] = useState(false);
  const [resend, resending] = useMutation(Resend, refetch);
  const [disable, disabling] = useMutation(Disable, refetch);
  const [enable, enabling] = useMutation(Enable, refetch);
  const [changeRole, changing] = useMutation(ChangeRole, refetch);
  const error = resending.error ?? disabling.error ?? enabling.error ?? changing.error;
  const busy = resending.loading || disabling.loading || enabling.loading || changing.loading;
  const ignore = () => undefined;
  const columns: Column<PortalAccountItem>[] = [
    { key: 'name', header: t('portalAccounts.name'), cell: (a) => a.name },
    { key: 'email', header: t('portalAccounts.email'), cell: (a) => a.email },
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
                input: { version: a.version, role: e.target.value as PortalRoleName },
              },
            }).catch(ignore)
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
      header: t('portalAccounts.statusLabel'),
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
      header: t('portalAccounts.actions'),
      cell: (a) => (
        <>
          {a.status === 'INVITED' && (
            <Button
              size="sm"
              kind="ghost"
              disabled={busy}
              onClick={() => void resend({ variables: { id: a.id } }).catch(ignore)}
            >
              {t('portalAccounts.resend')}
            </Button>
          )}
          {a.status === 'DISABLED' ? (
            <Button
              size="sm"
              kind="ghost"
              disabled={busy}
              onClick={() => void enable({ variables: { id: a.id } }).catch(ignore)}
            >
              {t('portalAccounts.enable')}
            </Button>
          ) : (
            <Button
              size="sm"
              kind="danger--ghost"
              disabled={busy}
              onClick={() => void disable({ variables: { id: a.id } }).catch(ignore)}
            >
              {t('portalAccounts.disable')}
            </Button>
          )}
        </>
      ),
    },
  ];
  return (
    <TableContainer title={title} description={help} className="cw-section">
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
          label={title}
          size="sm"
          rowTestId={rowTestId}
        />
      )}
      {inviting && (
        <InviteModal
          providerId={providerId}
          refetchQueries={refetchQueries}
          onClose={() => setInviting(false)}
        />
      )}
    </TableContainer>
  );
}

function InviteModal({
  providerId,
  refetchQueries,
  onClose,
}: {
  providerId: string;
  refetchQueries: string[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState({
    name: '',
    email: '',
    role: 'PROVIDER_USER' as PortalRoleName,
  });
  const [invite, { loading, error }] = useMutation(Invite, {
    refetchQueries,
    awaitRefetchQueries: true,
  });
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
          labelText={t('portalAccounts.name')}
          value={form.name}
          onChange={(e) => setForm({ ...form, name: e.target.value })}
          data-modal-primary-focus
          {...invalid('name')}
        />
        <TextInput
          id="invite-email"
          type="email"
          labelText={t('portalAccounts.email')}
          value={form.email}
          onChange={(e) => setForm({ ...form, email: e.target.value })}
          {...invalid('email')}
        />
        <Select
          id="invite-role"
          labelText={t('portalAccounts.role')}
          value={form.role}
          onChange={(e) => setForm({ ...form, role: e.target.value as PortalRoleName })}
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
