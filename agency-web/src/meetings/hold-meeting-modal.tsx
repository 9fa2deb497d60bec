import { ErrorNotice } from '@casework/web-kit';
import { useMutation } from '@apollo/client/react';
import { Checkbox, Modal, Stack } from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql/index.js';
import { type MeetingFieldsFragment } from '../gql/graphql.js';
import { MEETING_QUERIES } from './meeting-fields.js';

const Hold = graphql(`
  mutation HoldMeeting($id: ID!, $input: HoldMeetingInput!) {
    holdMeeting(id: $id, input: $input) {
      id
      status
    }
  }
`);

/** Records that the meeting took place and who attended (R3.1: at least one client). */
export function HoldMeetingModal({
  meeting,
  onClose,
}: {
  meeting: MeetingFieldsFragment;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [attended, setAttended] = useState<Set<string>>(
    new Set(meeting.invitees.filter((i) => i.response !== 'DECLINED').map((i) => i.id)),
  );
  const [hold, { loading, error }] = useMutation(Hold, {
    refetchQueries: [...MEETING_QUERIES, 'Application'],
    awaitRefetchQueries: true,
  });
  return (
    <Modal
      open
      modalHeading={t('meetings.recordHeld')}
      primaryButtonText={t('common.save')}
      secondaryButtonText={t('common.cancel')}
      primaryButtonDisabled={loading}
      onRequestClose={onClose}
      onRequestSubmit={() =>
        void hold({
          variables: {
            id: meeting.id,
            input: { version: meeting.version, attendedInviteeIds: [...attended] },
          },
        }).then(onClose, () => undefined)
      }
    >
      <Stack gap={5}>
        {error && <ErrorNotice error={error} />}
        <fieldset>
          <legend className="cds--label">{t('meetings.attendance')}</legend>
          {meeting.invitees.map((i) => (
            <Checkbox
              key={i.id}
              id={`attended-${i.id}`}
              labelText={`${i.name} (${t(`meetings.kind.${i.kind}`)})`}
              checked={attended.has(i.id)}
              onChange={(_e, { checked }) => {
                const next = new Set(attended);
                if (checked) next.add(i.id);
                else next.delete(i.id);
                setAttended(next);
              }}
            />
          ))}
        </fieldset>
      </Stack>
    </Modal>
  );
}
