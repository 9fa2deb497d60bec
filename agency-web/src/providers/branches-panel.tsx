import { BranchTable, ErrorNotice, useFieldErrors } from '@casework/web-kit';
import { useMutation } from '@apollo/client/react';
import { Button, Modal, Select, SelectItem, Stack, TableContainer, TextInput } from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql/index.js';
import { type BranchKind } from '../gql/graphql.js';

const AddBranch = graphql(`
  mutation AddProviderBranch($providerId: ID!, $input: AddBranchInput!) {
    addProviderBranch(providerId: $providerId, input: $input) {
      id
    }
  }
`);

const UpdateBranch = graphql(`
  mutation UpdateProviderBranch($id: ID!, $input: UpdateBranchInput!) {
    updateProviderBranch(id: $id, input: $input) {
      id
      active
      version
    }
  }
`);

export interface BranchItem {
  id: string;
  version: number;
  name: string;
  kind: BranchKind;
  email?: string | null;
  phone?: string | null;
  iban?: string | null;
  active: boolean;
}

const refetch = { refetchQueries: ['Provider'], awaitRefetchQueries: true };
const blankToNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** Branches and subsidiaries (the accounts administrative requests are raised for). */
export function BranchesPanel({
  providerId,
  branches,
  canEdit,
}: {
  providerId: string;
  branches: BranchItem[];
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [updateBranch, updating] = useMutation(UpdateBranch, refetch);
  return (
    <TableContainer
      title={t('providerOrganisation.branches')}
      description={t('providerOrganisation.branchesHelp')}
      className="cw-section"
    >
      {canEdit && (
        <div className="cw-row">
          <Button size="sm" kind="tertiary" onClick={() => setAdding(true)}>
            {t('providerOrganisation.addBranch')}
          </Button>
        </div>
      )}
      {updating.error && <ErrorNotice error={updating.error} />}
      <BranchTable
        branches={branches}
        actions={
          canEdit
            ? (b) => (
                <Button
                  size="sm"
                  kind="ghost"
                  disabled={updating.loading}
                  onClick={() =>
                    void updateBranch({
                      variables: { id: b.id, input: { version: b.version, active: !b.active } },
                    }).catch(() => undefined)
                  }
                >
                  {b.active
                    ? t('providerOrganisation.closeBranch')
                    : t('providerOrganisation.reopenBranch')}
                </Button>
              )
            : undefined
        }
      />
      {adding && <AddBranchModal providerId={providerId} onClose={() => setAdding(false)} />}
    </TableContainer>
  );
}

function AddBranchModal({ providerId, onClose }: { providerId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({
    name: '',
    kind: 'BRANCH' as BranchKind,
    email: '',
    phone: '',
    iban: '',
  });
  const [addBranch, { loading, error }] = useMutation(AddBranch, refetch);
  const invalid = useFieldErrors(error);
  return (
    <Modal
      open
      modalHeading={t('providerOrganisation.addBranch')}
      primaryButtonText={t('providerOrganisation.add')}
      secondaryButtonText={t('common.cancel')}
      primaryButtonDisabled={loading || !form.name.trim()}
      onRequestClose={onClose}
      onRequestSubmit={() =>
        void addBranch({
          variables: {
            providerId,
            input: {
              name: form.name.trim(),
              kind: form.kind,
              email: blankToNull(form.email),
              phone: blankToNull(form.phone),
              iban: blankToNull(form.iban),
            },
          },
        }).then(onClose, () => undefined)
      }
    >
      <Stack gap={5}>
        <TextInput
          id="branch-name"
          labelText={t('providerOrganisation.name')}
          value={form.name}
          onChange={(e) => setForm({ ...form, name: e.target.value })}
          data-modal-primary-focus
          {...invalid('name')}
        />
        <Select
          id="branch-kind"
          labelText={t('providerOrganisation.kind')}
          value={form.kind}
          onChange={(e) => setForm({ ...form, kind: e.target.value as BranchKind })}
        >
          {(['BRANCH', 'SUBSIDIARY'] as BranchKind[]).map((k) => (
            <SelectItem key={k} value={k} text={t(`providerOrganisation.kindValue.${k}`)} />
          ))}
        </Select>
        <TextInput
          id="branch-email"
          labelText={t('providerForm.email')}
          value={form.email}
          onChange={(e) => setForm({ ...form, email: e.target.value })}
          {...invalid('email')}
        />
        <TextInput
          id="branch-phone"
          labelText={t('providerForm.phone')}
          value={form.phone}
          onChange={(e) => setForm({ ...form, phone: e.target.value })}
          {...invalid('phone')}
        />
        <TextInput
          id="branch-iban"
          labelText={t('providerOrganisation.iban')}
          helperText={t('providerOrganisation.ibanHelp')}
          value={form.iban}
          onChange={(e) => setForm({ ...form, iban: e.target.value })}
          {...invalid('iban')}
        />
        {error && <ErrorNotice error={error} />}
      </Stack>
    </Modal>
  );
}
