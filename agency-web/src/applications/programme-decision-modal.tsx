import { ErrorNotice } from '@casework/web-kit';
import { useMutation } from '@apollo/client/react';
import { Modal, Stack, TextArea } from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql/index.js';

const Approve = graphql(`
  mutation ApproveProgramme($id: ID!, $input: ProgrammeDecisionInput!) {
    approveProgramme(id: $id, input: $input) {
      id
      status
    }
  }
`);

const Deny = graphql(`
  mutation DenyProgramme($id: ID!, $input: ProgrammeDecisionInput!) {
    denyProgramme(id: $id, input: $input) {
      id
      status
    }
  }
`);

const refetch = { refetchQueries: ['Application'], awaitRefetchQueries: true };

/** A supervisor approves or denies one programme of an application, with a reason. */
export function DecisionModal({
  applicationId,
  programmeId,
  name,
  approve,
  onClose,
}: {
  applicationId: string;
  programmeId: string;
  name: string;
  approve: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [approveProgramme, approved] = useMutation(Approve, refetch);
  const [denyProgramme, denied] = useMutation(Deny, refetch);
  const run = approve ? approveProgramme : denyProgramme;
  const error = approved.error ?? denied.error;
  return (
    <Modal
      open
      danger={!approve}
      modalHeading={t(approve ? 'application.approveTitle' : 'application.denyTitle', { name })}
      primaryButtonText={t(approve ? 'application.approve' : 'application.deny')}
      secondaryButtonText={t('common.cancel')}
      primaryButtonDisabled={approved.loading || denied.loading || !reason.trim()}
      onRequestClose={onClose}
      onRequestSubmit={() =>
        void run({ variables: { id: applicationId, input: { programmeId, reason } } }).then(
          onClose,
          () => undefined,
        )
      }
    >
      <Stack gap={5}>
        {error && <ErrorNotice error={error} />}
        <TextArea
          id="decision-reason"
          labelText={t('application.reason')}
          value={reason}
          rows={3}
          onChange={(e) => setReason(e.target.value)}
          data-modal-primary-focus
        />
      </Stack>
    </Modal>
  );
}
