import { ErrorNotice } from '@casework/web-kit';
import { useMutation } from '@apollo/client/react';
import { Modal, Select, SelectItem, Stack, TextInput } from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql/index.js';
import { type MemberRole } from '../gql/graphql.js';
import { MEMBER_ROLES } from './member-roles.js';
import { PersonPicker } from './person-picker.js';

const AddMember = graphql(`
  mutation AddCaseMember($caseId: ID!, $input: CaseMemberInput!) {
    addCaseMember(caseId: $caseId, input: $input) {
      id
    }
  }
`);

const UpdateMember = graphql(`
  mutation UpdateCaseMember($id: ID!, $input: UpdateCaseMemberInput!) {
    updateCaseMember(id: $id, input: $input) {
      id
      version
      endDate
    }
  }
`);

const refetch = { refetchQueries: ['IntegratedCase'], awaitRefetchQueries: true };

/** Adds a registered person to an open case with a role and an optional end date. */
export function AddMemberModal({ caseId, onClose }: { caseId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [person, setPerson] = useState<{ id: string; name: string } | null>(null);
  const [role, setRole] = useState<MemberRole>('MEMBER');
  const [endDate, setEndDate] = useState('');
  const [add, { loading, error }] = useMutation(AddMember, refetch);
  return (
    <Modal
      open
      modalHeading={t('casePage.addMember')}
      primaryButtonText={t('casePage.addMember')}
      secondaryButtonText={t('common.cancel')}
      primaryButtonDisabled={loading || !person}
      onRequestClose={onClose}
      onRequestSubmit={() =>
        person &&
        void add({
          variables: { caseId, input: { personId: person.id, role, endDate: endDate || null } },
        }).then(onClose, () => undefined)
      }
    >
      <Stack gap={5}>
        {error && <ErrorNotice error={error} />}
        <p>{person ? t('casePage.memberIs', { name: person.name }) : t('casePage.noMember')}</p>
        <PersonPicker id="add-member-search" label={t('wizard.findMember')} onPick={setPerson} />
        <Select
          id="add-member-role"
          labelText={t('casePage.role')}
          value={role}
          onChange={(e) => setRole(e.target.value as MemberRole)}
        >
          {MEMBER_ROLES.map((r) => (
            <SelectItem key={r} value={r} text={t(`enums.MemberRole.${r}`)} />
          ))}
        </Select>
        <TextInput
          id="add-member-end"
          labelText={t('casePage.endDate')}
          helperText={t('dates.format')}
          value={endDate}
          onChange={(e) => setEndDate(e.target.value)}
        />
      </Stack>
    </Modal>
  );
}

/** Sets or clears a member's end date. */
export function EndMemberModal({
  member,
  onClose,
}: {
  member: { id: string; version: number; endDate?: string | null; person: { name: string } };
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [endDate, setEndDate] = useState(member.endDate ?? new Date().toISOString().slice(0, 10));
  const [update, { loading, error }] = useMutation(UpdateMember, refetch);
  return (
    <Modal
      open
      modalHeading={t('casePage.endMember', { name: member.person.name })}
      primaryButtonText={t('common.save')}
      secondaryButtonText={t('common.cancel')}
      primaryButtonDisabled={loading}
      onRequestClose={onClose}
      onRequestSubmit={() =>
        void update({
          variables: {
            id: member.id,
            input: { version: member.version, endDate: endDate || null },
          },
        }).then(onClose, () => undefined)
      }
    >
      <Stack gap={5}>
        {error && <ErrorNotice error={error} />}
        <TextInput
          id="end-member-date"
          labelText={t('casePage.endDate')}
          helperText={t('dates.format')}
          value={endDate}
          onChange={(e) => setEndDate(e.target.value)}
          data-modal-primary-focus
        />
      </Stack>
    </Modal>
  );
}
