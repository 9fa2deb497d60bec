import {
  ErrorNotice,
  type InquiryFact,
  InquiryLayout,
  useAuth,
  useFormat,
} from '@casework/web-kit';
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { Button, Form, Stack, TextArea, Tile } from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { graphql } from '../gql/index.js';
import { RecordAnswerModal } from './record-answer-modal.js';

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
  const { can } = useAuth();
  const writer = can('inquiry:write');
  const { data, loading, error } = useQuery(InquiryQuery, { variables: { id } });
  useSubscription(InquiryActivity);
  const [reply, replying] = useMutation(Reply, refetch);
  const [withdraw, withdrawing] = useMutation(Withdraw, refetch);
  const [text, setText] = useState('');
  const [recording, setRecording] = useState(false);
  const inquiry = data?.inquiry;
  const open = inquiry?.status === 'SENT' || inquiry?.status === 'MORE_INFORMATION_REQUESTED';
  const facts: InquiryFact[] = inquiry
    ? [
        {
          label: t('inquiry.client'),
          value: inquiry.client?.name ? (
            <Link to={`/persons/${inquiry.client.id}`}>{inquiry.client.name}</Link>
          ) : (
            '—'
          ),
        },
        {
          label: t('inquiry.provider'),
          value: <Link to={`/providers/${inquiry.provider.id}`}>{inquiry.provider.name}</Link>,
        },
        { label: t('inquiry.service'), value: inquiry.service.name },
        {
          label: t('inquiry.period'),
          value: `${format.date(inquiry.periodFrom)} – ${format.date(inquiry.periodTo)}`,
        },
        {
          label: t('inquiry.method'),
          value: `${t(`provider.InquiryMethod.${inquiry.method}`)}${
            inquiry.spokeWith ? ` (${t('inquiry.spokeWith', { who: inquiry.spokeWith })})` : ''
          }`,
        },
        {
          label: t('inquiry.sent'),
          value: `${format.dateTime(inquiry.sentAt)} · ${inquiry.createdBy}`,
        },
        { label: t('inquiry.details'), value: inquiry.details, className: 'cw-note__text' },
        ...(inquiry.answer
          ? [
              {
                label: t('inquiry.answerLabel'),
                value: `${t(`inquiry.answer.${inquiry.answer}`)}${inquiry.answerComment ? ` – ${inquiry.answerComment}` : ''} (${inquiry.answeredBy}, ${inquiry.answeredAt ? format.dateTime(inquiry.answeredAt) : ''})`,
                testId: 'inquiry-answer',
              },
            ]
          : []),
      ]
    : [];
  return (
    <InquiryLayout
      back={{ to: '/inquiries', label: t('inquiries.mine') }}
      error={error}
      loading={loading}
      inquiry={inquiry}
      facts={facts}
    >
      {writer && inquiry?.status === 'MORE_INFORMATION_REQUESTED' && (
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
          {inquiry?.method !== 'INTERNET' && (
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
    </InquiryLayout>
  );
}
