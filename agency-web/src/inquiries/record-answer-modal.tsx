import { ErrorNotice } from '@casework/web-kit';
import { useMutation } from '@apollo/client/react';
import { Modal, RadioButton, RadioButtonGroup, Stack, TextArea, TextInput } from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql/index.js';
import { type InquiryAnswer } from '../gql/graphql.js';

const Record = graphql(`
  mutation RecordAnswer($id: ID!, $input: RecordInquiryAnswerInput!) {
    recordInquiryAnswer(id: $id, input: $input) {
      id
      status
    }
  }
`);

const refetch = { refetchQueries: ['AgencyInquiry', 'AgencyInquiries'], awaitRefetchQueries: true };

/** Records an answer that came by email or phone, with the time it arrived (it counts for statistics). */
export function RecordAnswerModal({
  inquiryId,
  onClose,
}: {
  inquiryId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [answer, setAnswer] = useState<InquiryAnswer>('CAN_DELIVER');
  const [comment, setComment] = useState('');
  const [receivedAt, setReceivedAt] = useState(() =>
    new Date(Date.now() - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 16),
  );
  const [record, { loading, error }] = useMutation(Record, refetch);
  return (
    <Modal
      open
      modalHeading={t('inquiry.recordAnswer')}
      primaryButtonText={t('common.save')}
      secondaryButtonText={t('common.cancel')}
      primaryButtonDisabled={loading || !receivedAt}
      onRequestClose={onClose}
      onRequestSubmit={() =>
        void record({
          variables: {
            id: inquiryId,
            input: {
              answer,
              comment: comment || null,
              receivedAt: new Date(receivedAt).toISOString(),
            },
          },
        }).then(onClose, () => undefined)
      }
    >
      <Stack gap={5}>
        <RadioButtonGroup
          legendText={t('inquiry.answerLabel')}
          name="recorded-answer"
          valueSelected={answer}
          onChange={(v) => setAnswer(v as InquiryAnswer)}
        >
          <RadioButton
            id="recorded-can"
            value="CAN_DELIVER"
            labelText={t('inquiry.answer.CAN_DELIVER')}
          />
          <RadioButton
            id="recorded-cannot"
            value="CANNOT_DELIVER"
            labelText={t('inquiry.answer.CANNOT_DELIVER')}
          />
        </RadioButtonGroup>
        <TextInput
          id="recorded-at"
          type="datetime-local"
          labelText={t('inquiry.receivedAt')}
          value={receivedAt}
          onChange={(e) => setReceivedAt(e.target.value)}
        />
        <TextArea
          id="recorded-comment"
          labelText={t('inquiry.comment')}
          rows={3}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
        {error && <ErrorNotice error={error} />}
      </Stack>
    </Modal>
  );
}
