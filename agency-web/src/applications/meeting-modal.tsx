import { ErrorNotice } from '@casework/web-kit';
import { useMutation } from '@apollo/client/react';
import { Modal, Stack, TextArea, TextInput } from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql/index.js';

const RecordMeeting = graphql(`
  mutation RecordApplicationMeeting($id: ID!, $input: MeetingHeldInput!) {
    recordApplicationMeeting(id: $id, input: $input) {
      id
    }
  }
`);

const refetch = { refetchQueries: ['Application'], awaitRefetchQueries: true };

/** Records a meeting held with the clients of an application (R3.1). */
export function MeetingModal({
  applicationId,
  onClose,
}: {
  applicationId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [heldOn, setHeldOn] = useState(new Date().toISOString().slice(0, 10));
  const [attendees, setAttendees] = useState('');
  const [record, { loading, error }] = useMutation(RecordMeeting, refetch);
  return (
    <Modal
      open
      modalHeading={t('application.recordMeeting')}
      primaryButtonText={t('common.save')}
      secondaryButtonText={t('common.cancel')}
      primaryButtonDisabled={loading || !attendees.trim() || !heldOn}
      onRequestClose={onClose}
      onRequestSubmit={() =>
        void record({ variables: { id: applicationId, input: { heldOn, attendees } } }).then(
          onClose,
          () => undefined,
        )
      }
    >
      <Stack gap={5}>
        {error && <ErrorNotice error={error} />}
        <TextInput
          id="meeting-held-on"
          labelText={t('application.heldOn')}
          helperText={t('dates.format')}
          value={heldOn}
          onChange={(e) => setHeldOn(e.target.value)}
        />
        <TextArea
          id="meeting-attendees"
          labelText={t('application.attendees')}
          value={attendees}
          rows={2}
          onChange={(e) => setAttendees(e.target.value)}
          data-modal-primary-focus
        />
      </Stack>
    </Modal>
  );
}
