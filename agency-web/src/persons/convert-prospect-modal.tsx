import { ErrorNotice } from '@casework/web-kit';
import { useMutation } from '@apollo/client/react';
import { Modal, Stack, TextInput } from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql/index.js';
import { AddressFields } from './address-fields.js';

const ConvertProspect = graphql(`
  mutation ConvertProspect($id: ID!, $input: UpdatePersonInput!) {
    convertProspectToPerson(id: $id, input: $input) {
      id
      kind
      version
    }
  }
`);

/** Completes a prospect's details (date of birth, address) and makes it a person (R4.5). */
export function ConvertProspectModal({
  person,
  onClose,
}: {
  person: { id: string; version: number; dateOfBirth?: string | null };
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [f, setF] = useState({
    dateOfBirth: person.dateOfBirth ?? '',
    line1: '',
    postalCode: '',
    city: '',
    country: '',
  });
  const [convert, { loading, error }] = useMutation(ConvertProspect, {
    refetchQueries: ['Person'],
    awaitRefetchQueries: true,
  });
  const set = (key: keyof typeof f) => (e: { target: { value: string } }) =>
    setF({ ...f, [key]: e.target.value });
  return (
    <Modal
      open
      modalHeading={t('register.convertTitle')}
      primaryButtonText={t('register.convert')}
      secondaryButtonText={t('common.cancel')}
      primaryButtonDisabled={loading}
      onRequestClose={onClose}
      onRequestSubmit={() =>
        void convert({
          variables: {
            id: person.id,
            input: {
              version: person.version,
              dateOfBirth: f.dateOfBirth || null,
              address: f.line1
                ? {
                    line1: f.line1,
                    postalCode: f.postalCode,
                    city: f.city,
                    country: f.country.toUpperCase(),
                  }
                : null,
            },
          },
        }).then(onClose, () => undefined)
      }
    >
      <Stack gap={5}>
        {error && <ErrorNotice error={error} />}
        <TextInput
          id="convert-dob"
          labelText={t('person.dateOfBirth')}
          helperText={t('dates.format')}
          value={f.dateOfBirth}
          onChange={set('dateOfBirth')}
          data-modal-primary-focus
        />
        <AddressFields idPrefix="convert" value={f} set={set} />
      </Stack>
    </Modal>
  );
}
