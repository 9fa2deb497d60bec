import { ErrorNotice, useFieldErrors } from '@casework/web-kit';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  Modal,
  Select,
  SelectItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableHeader,
  TableRow,
  Tag,
  TextInput,
} from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql/index.js';
import { type PortalRole } from '../gql/graphql.js';

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
      }
    }
  }
`);
const Invite = graphql(`
  mutation PortalInviteUser($providerId: ID!, $input: InvitePortalUserInput!) {
    invitePortalUser(providerId: $providerId, input: $input) {
      id
    }
  }
`);
const Resend = graphql(`
  mutation PortalResendInvitation($id: ID!) {
    resendPortalInvitation(id: $id) {
      id
    }
  }
`);
const Disable = graphql(`
  mutation PortalDisableUser($id: ID!) {
    disablePortalAccount(id: $id) {
      id
      status
    }
  }
`);
const Enable = graphql(`
  mutation PortalEnableUser($id: ID!) {
    enablePortalAccount(id: $id) {
      id
      status
    }
  }
`);
const Role = graphql(`
  mutation PortalChangeUserRole($id: ID!, $input: ChangePortalRoleInput!) {
    changePortalAccountRole(id: $id, input: $input) {
      id
      role
      version
    }
  }
`);

const ROLES: PortalRole[] = ['PROVIDER_USER', 'PROVIDER_ADMIN'];
const STATUS_TAG = { ACTIVE: 'green', INVITED: 'blue', DISABLED: 'gray' } as const;
const refetch = { refetchQueries: ['PortalUsers'], awaitRefetchQueries: true };

/** The organisation's portal users, for its provider administrators (the API the agency app uses). */
export function PortalUsersSection({ providerId }: { providerId: string }) {
  const { t } = useTranslation();
  const { data, error } = useQuery(UsersQuery, { variables: { id: providerId } });
  const [inviting, setInviting] = useState(false);
  const [resend, resending] = useMutation(Resend, refetch);
  const [disable, disabling] = useMutation(Disable, refetch);
  const [enable, enabling] = useMutation(Enable, refetch);
  const [changeRole, changing] = useMutation(Role, refetch);
  const failed = error ?? resending.error ?? disabling.error ?? enabling.error ?? changing.error;
  const busy = resending.loading || disabling.loading || enabling.loading || changing.loading;
  const ignore = () => undefined;
  return (
    <TableContainer title={t('portalUsers.title')} description={t('portalUsers.help')}>
      <div className="cw-row">
        <Button size="sm" kind="tertiary" onClick={() => setInviting(true)}>
          {t('portalUsers.invite')}
        </Button>
      </div>
      {failed && <ErrorNotice error={failed} />}
      {resending.data && (
        <p role="status" className="cw-muted">
          {t('portalUsers.resent')}
        </p>
      )}
      <Table aria-label={t('portalUsers.title')} size="sm">
        <TableHead>
          <TableRow>
            <TableHeader>{t('portalUsers.name')}</TableHeader>
            <TableHeader>{t('portalUsers.email')}</TableHeader>
            <TableHeader>{t('portalUsers.role')}</TableHeader>
            <TableHeader>{t('portalUsers.statusLabel')}</TableHeader>
            <TableHeader>{t('portalUsers.actions')}</TableHeader>
          </TableRow>
        </TableHead>
        <TableBody>
          {data?.provider?.portalAccounts.map((a) => (
            <TableRow key={a.id} data-testid="portal-user-row">
              <TableCell>{a.name}</TableCell>
              <TableCell>{a.email}</TableCell>
              <TableCell>
                <Select
                  id={`portal-role-${a.id}`}
                  size="sm"
                  hideLabel
                  labelText={t('portalUsers.roleOf', { name: a.name })}
                  value={a.role}
                  disabled={busy || a.status === 'DISABLED'}
                  onChange={(e) =>
                    void changeRole({
                      variables: {
                        id: a.id,
                        input: { version: a.version, role: e.target.value as PortalRole },
                      },
                    }).catch(ignore)
                  }
                >
                  {ROLES.map((r) => (
                    <SelectItem key={r} value={r} text={t(`portalUsers.roleValue.${r}`)} />
                  ))}
                </Select>
              </TableCell>
              <TableCell>
                <Tag type={STATUS_TAG[a.status]}>{t(`portalUsers.status.${a.status}`)}</Tag>
              </TableCell>
              <TableCell>
                {a.status === 'INVITED' && (
                  <Button
                    size="sm"
                    kind="ghost"
                    disabled={busy}
                    onClick={() => void resend({ variables: { id: a.id } }).catch(ignore)}
                  >
                    {t('portalUsers.resend')}
                  </Button>
                )}
                {a.status === 'DISABLED' ? (
                  <Button
                    size="sm"
                    kind="ghost"
                    disabled={busy}
                    onClick={() => void enable({ variables: { id: a.id } }).catch(ignore)}
                  >
                    {t('portalUsers.enable')}
                  </Button>
                ) : (
                  <Button
                    size="sm"
                    kind="danger--ghost"
                    disabled={busy}
                    onClick={() => void disable({ variables: { id: a.id } }).catch(ignore)}
                  >
                    {t('portalUsers.disable')}
                  </Button>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {inviting && <InviteModal providerId={providerId} onClose={() => setInviting(false)} />}
    </TableContainer>
  );
}

function InviteModal({ providerId, onClose }: { providerId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ name: '', email: '', role: 'PROVIDER_USER' as PortalRole });
  const [invite, { loading, error }] = useMutation(Invite, refetch);
  const invalid = useFieldErrors(error);
  return (
    <Modal
      open
      modalHeading={t('portalUsers.invite')}
      primaryButtonText={t('portalUsers.sendInvitation')}
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
        <p>{t('portalUsers.inviteExplanation')}</p>
        <TextInput
          id="portal-invite-name"
          labelText={t('portalUsers.name')}
          value={form.name}
          onChange={(e) => setForm({ ...form, name: e.target.value })}
          data-modal-primary-focus
          {...invalid('name')}
        />
        <TextInput
          id="portal-invite-email"
          type="email"
          labelText={t('portalUsers.email')}
          value={form.email}
          onChange={(e) => setForm({ ...form, email: e.target.value })}
          {...invalid('email')}
        />
        <Select
          id="portal-invite-role"
          labelText={t('portalUsers.role')}
          value={form.role}
          onChange={(e) => setForm({ ...form, role: e.target.value as PortalRole })}
        >
          {ROLES.map((r) => (
            <SelectItem key={r} value={r} text={t(`portalUsers.roleValue.${r}`)} />
          ))}
        </Select>
        {error && <ErrorNotice error={error} />}
      </Stack>
    </Modal>
  );
}
