import { ContactTable, ErrorNotice, useFieldErrors } from '@casework/web-kit';
import { useMutation } from '@apollo/client/react';
import {
  Button,
  Checkbox,
  Modal,
  Select,
  SelectItem,
  Stack,
  TableContainer,
  TextInput,
} from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql/index.js';
import { type BranchItem } from './branches-panel.js';

const AddContact = graphql(`
  mutation AddProviderContact($providerId: ID!, $input: AddContactInput!) {
    addProviderContact(providerId: $providerId, input: $input) {
      id
    }
  }
`);

const RemoveContact = graphql(`
  mutation RemoveProviderContact($id: ID!) {
    removeProviderContact(id: $id)
  }
`);

export interface ContactItem {
  id: string;
  name: string;
  position?: string | null;
  email?: string | null;
  phone?: string | null;
  primary: boolean;
  branch?: { name: string } | null;
}

const refetch = { refetchQueries: ['Provider'], awaitRefetchQueries: true };
const blankToNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** Contact persons at the organisation, the primary one first. */
export function ContactsPanel({
  providerId,
  contacts,
  branches,
  canEdit,
}: {
  providerId: string;
  contacts: ContactItem[];
  branches: BranchItem[];
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [removeContact, removing] = useMutation(RemoveContact, refetch);
  return (
    <TableContainer title={t('providerOrganisation.contacts')} className="cw-section">
      {canEdit && (
        <div className="cw-row">
          <Button size="sm" kind="tertiary" onClick={() => setAdding(true)}>
            {t('providerOrganisation.addContact')}
          </Button>
        </div>
      )}
      {removing.error && <ErrorNotice error={removing.error} />}
      <ContactTable
        contacts={contacts}
        actions={
          canEdit
            ? (c) => (
                <Button
                  size="sm"
                  kind="ghost"
                  disabled={removing.loading}
                  onClick={() =>
                    void removeContact({ variables: { id: c.id } }).catch(() => undefined)
                  }
                >
                  {t('providerOrganisation.remove')}
                </Button>
              )
            : undefined
        }
      />
      {adding && (
        <AddContactModal
          providerId={providerId}
          branches={branches.filter((b) => b.active)}
          onClose={() => setAdding(false)}
        />
      )}
    </TableContainer>
  );
}

function AddContactModal({
  providerId,
  branches,
  onClose,
}: {
  providerId: string;
  branches: BranchItem[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState({
    name: '',
    position: '',
    email: '',
    phone: '',
    branchId: '',
    primary: false,
  });
  const [addContact, { loading, error }] = useMutation(AddContact, refetch);
  const invalid = useFieldErrors(error);
  return (
    <Modal
      open
      modalHeading={t('providerOrganisation.addContact')}
      primaryButtonText={t('providerOrganisation.add')}
      secondaryButtonText={t('common.cancel')}
      primaryButtonDisabled={loading || !form.name.trim()}
      onRequestClose={onClose}
      onRequestSubmit={() =>
        void addContact({
          variables: {
            providerId,
            input: {
              name: form.name.trim(),
              position: blankToNull(form.position),
              email: blankToNull(form.email),
              phone: blankToNull(form.phone),
              branchId: form.branchId || null,
              primary: form.primary,
            },
          },
        }).then(onClose, () => undefined)
      }
    >
      <Stack gap={5}>
        <TextInput
          id="contact-name"
          labelText={t('providerOrganisation.name')}
          value={form.name}
          onChange={(e) => setForm({ ...form, name: e.target.value })}
          data-modal-primary-focus
          {...invalid('name')}
        />
        <TextInput
          id="contact-position"
          labelText={t('providerOrganisation.position')}
          value={form.position}
          onChange={(e) => setForm({ ...form, position: e.target.value })}
        />
        <TextInput
          id="contact-email"
          labelText={t('providerForm.email')}
          value={form.email}
          onChange={(e) => setForm({ ...form, email: e.target.value })}
          {...invalid('email')}
        />
        <TextInput
          id="contact-phone"
          labelText={t('providerForm.phone')}
          value={form.phone}
          onChange={(e) => setForm({ ...form, phone: e.target.value })}
          {...invalid('phone')}
        />
        <Select
          id="contact-branch"
          labelText={t('providerOrganisation.branch')}
          value={form.branchId}
          onChange={(e) => setForm({ ...form, branchId: e.target.value })}
        >
          <SelectItem value="" text={t('providerOrganisation.wholeOrganisation')} />
          {branches.map((b) => (
            <SelectItem key={b.id} value={b.id} text={b.name} />
          ))}
        </Select>
        <Checkbox
          id="contact-primary"
          labelText={t('providerOrganisation.makePrimary')}
          checked={form.primary}
          onChange={(_, { checked }) => setForm({ ...form, primary: checked })}
        />
        {error && <ErrorNotice error={error} />}
      </Stack>
    </Modal>
  );
}
