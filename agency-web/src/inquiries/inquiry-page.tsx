import {
  ErrorNotice,
  INQUIRY_STATUS_TAG,
  InquiryThread,
  LoadingState,
  useAuth,
  useFormat,
} from '@casework/web-kit';
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import {
  Breadcrumb,
  BreadcrumbItem,
  Button,
  Form,
  Modal,
  RadioButton,
  RadioButtonGroup,
  Stack,
  Tag,
  TextArea,
  TextInput,
  Tile,
} from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { graphql } from '../gql/index.js';
import { type InquiryAnswer } from '../gql/graphql.js';
import { canWriteNotes } from '../roles.js';

const InquiryQuery = graphql(`
  query AgencyInquiry($id: ID!) {
    inquiry(id: $id) {
      id
      reference
      status
      method
      sentAt
      periodFrom
      periodTo
      details
      createdBy
      spokeWith
      providerEmailedAt
      answer
      answerComment
      answeredBy
      answeredAt
      answerChannel
      service {
        name
      }
      provider {
        id
        name
      }
      client {
        id
        name
      }
      messages {
        id
        side
        author
        text
        createdAt
      }
    }
  }
`);

// The caseworker's inquiry events (R6.1); Apollo's cache merges each inquiry by id, so an open page updates itself.
const InquiryActivity = graphql(`
  subscription AgencyInquiryActivity {
    inquiryActivity {
      kind
      inquiry {
        id
        status
        answer
        answerComment
        answeredBy
        answeredAt
        answerChannel
        messages {
          id
          side
          author
          text
          createdAt
        }
      }
    }
  }
`);

const Reply = graphql(`
  mutation ReplyToProvider($id: ID!, $input: InquiryMessageInput!) {
    provideMoreInformation(id: $id, input: $input) {
      id
      status
    }
  }
`);

const Record = graphql(`
  mutation RecordAnswer($id: ID!, $input: RecordInquiryAnswerInput!) {
    recordInquiryAnswer(id: $id, input: $input) {
      id
      status
    }
  }
`);

const Withdraw = graphql(`
  mutation WithdrawInquiry($id: ID!) {
    withdrawInquiry(id: $id) {
      id
      status
    }
  }
`);

const refetch = { refetchQueries: ['AgencyInquiry', 'AgencyInquiries'], awaitRefetchQueries: true };

/** An inquiry with its thread; the caseworker replies, records an email or phone answer (R1.6), or withdraws. */
export function InquiryPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const { user } = useAuth();
  const writer = user ? canWriteNotes(user.roles) : false;
  const { data, loading, error } = useQuery(InquiryQuery, { variables: { id } });
  useSubscription(InquiryActivity);
  const [reply, replying] = useMutation(Reply, refetch);
  const [withdraw, withdrawing] = useMutation(Withdraw, refetch);
  const [text, setText] = useState('');
  const [recording, setRecording] = useState(false);
  const inquiry = data?.inquiry;
  const open = inquiry?.status === 'SENT' || inquiry?.status === 'MORE_INFORMATION_REQUESTED';
  return (
    <div className="cw-page">
      <Breadcrumb noTrailingSlash>
        <BreadcrumbItem>
          <Link to="/inquiries">{t('inquiries.mine')}</Link>
        </BreadcrumbItem>
      </Breadcrumb>
      {error && <ErrorNotice error={error} />}
      {loading && !inquiry && <LoadingState />}
      {inquiry && (
        <>
          <div className="cw-page__header">
            <h1 className="cw-page__title cds--type-heading-05">
              {t('inquiry.title', { reference: inquiry.reference })}
            </h1>
            <Tag type={INQUIRY_STATUS_TAG[inquiry.status]} data-testid="inquiry-status">
              {t(`inquiry.status.${inquiry.status}`)}
            </Tag>
          </div>
          <Tile>
            <dl className="cw-details">
              <dt>{t('inquiry.client')}</dt>
              <dd>
                {inquiry.client?.name ? (
                  <Link to={`/persons/${inquiry.client.id}`}>{inquiry.client.name}</Link>
                ) : (
                  '—'
                )}
              </dd>
              <dt>{t('inquiry.provider')}</dt>
              <dd>
                <Link to={`/providers/${inquiry.provider.id}`}>{inquiry.provider.name}</Link>
              </dd>
              <dt>{t('inquiry.service')}</dt>
              <dd>{inquiry.service.name}</dd>
              <dt>{t('inquiry.period')}</dt>
              <dd>{`${format.date(inquiry.periodFrom)} – ${format.date(inquiry.periodTo)}`}</dd>
              <dt>{t('inquiry.method')}</dt>
              <dd>
                {t(`provider.InquiryMethod.${inquiry.method}`)}
                {inquiry.spokeWith
                  ? ` (${t('inquiry.spokeWith', { who: inquiry.spokeWith })})`
                  : ''}
              </dd>
              <dt>{t('inquiry.sent')}</dt>
              <dd>{`${format.dateTime(inquiry.sentAt)} · ${inquiry.createdBy}`}</dd>
              <dt>{t('inquiry.details')}</dt>
              <dd className="cw-note__text">{inquiry.details}</dd>
              {inquiry.answer && (
                <>
                  <dt>{t('inquiry.answerLabel')}</dt>
                  <dd data-testid="inquiry-answer">
                    {`${t(`inquiry.answer.${inquiry.answer}`)}${inquiry.answerComment ? ` – ${inquiry.answerComment}` : ''} (${inquiry.answeredBy}, ${inquiry.answeredAt ? format.dateTime(inquiry.answeredAt) : ''})`}
                  </dd>
                </>
              )}
            </dl>
          </Tile>
          <InquiryThread messages={inquiry.messages} />
          {writer && inquiry.status === 'MORE_INFORMATION_REQUESTED' && (
            <Tile className="cw-section">
              <Form
                aria-label={t('inquiry.reply')}
                onSubmit={(e) => {
                  e.preventDefault();
                  void reply({ variables: { id, input: { text } } }).then(
                    () => setText(''),
                    () => undefined,
                  );
                }}
              >
                <Stack gap={5}>
                  <TextArea
                    id="reply-text"
                    labelText={t('inquiry.reply')}
                    rows={3}
                    value={text}
                    onChange={(e) => setText(e.target.value)}
                  />
                  {replying.error && <ErrorNotice error={replying.error} />}
                  <div>
                    <Button type="submit" disabled={replying.loading || !text.trim()}>
                      {t('inquiry.sendReply')}
                    </Button>
                  </div>
                </Stack>
              </Form>
            </Tile>
          )}
          {writer && open && (
            <div className="cw-row cw-section">
              {inquiry.method !== 'INTERNET' && (
                <Button kind="primary" onClick={() => setRecording(true)}>
                  {t('inquiry.recordAnswer')}
                </Button>
              )}
              <Button
                kind="danger--tertiary"
                disabled={withdrawing.loading}
                onClick={() => void withdraw({ variables: { id } }).catch(() => undefined)}
              >
                {t('inquiry.withdraw')}
              </Button>
              {withdrawing.error && <ErrorNotice error={withdrawing.error} />}
            </div>
          )}
          {recording && <RecordAnswerModal inquiryId={id} onClose={() => setRecording(false)} />}
        </>
      )}
    </div>
  );
}

/** Records an answer that came by email or phone, with the time it arrived (it counts for statistics). */
function RecordAnswerModal({ inquiryId, onClose }: { inquiryId: string; onClose: () => void }) {
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
