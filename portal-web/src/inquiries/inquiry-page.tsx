import { ErrorNotice, type InquiryFact, InquiryLayout, useFormat } from '@casework/web-kit';
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { Button, Form, RadioButton, RadioButtonGroup, Stack, TextArea, Tile } from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { graphql } from '../gql/index.js';
import { type InquiryAnswer } from '../gql/graphql.js';

const InquiryQuery = graphql(`
  query PortalInquiry($id: ID!) {
    inquiry(id: $id) {
      id
      reference
      status
      sentAt
      periodFrom
      periodTo
      details
      createdBy
      answer
      answerComment
      answeredBy
      answeredAt
      client {
        name
      }
      service {
        name
        code
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

// The agency's replies and withdrawals (R6.1); Apollo's cache merges the inquiry by id, so the open page updates.
const InquiryActivity = graphql(`
  subscription PortalInquiryPageActivity {
    inquiryActivity {
      kind
      inquiry {
        id
        status
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

const Answer = graphql(`
  mutation PortalAnswerInquiry($id: ID!, $input: AnswerInquiryInput!) {
    answerInquiry(id: $id, input: $input) {
      id
      status
    }
  }
`);

const Ask = graphql(`
  mutation PortalAskInquiry($id: ID!, $input: InquiryMessageInput!) {
    requestMoreInformation(id: $id, input: $input) {
      id
      status
    }
  }
`);

const refetch = { refetchQueries: ['PortalInquiry', 'PortalInquiries'], awaitRefetchQueries: true };

/** One inquiry: what the agency asks, the thread, and the answer form while it is open (R1.5). */
export function InquiryPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading, error } = useQuery(InquiryQuery, { variables: { id } });
  useSubscription(InquiryActivity);
  const [answerInquiry, answering] = useMutation(Answer, refetch);
  const [ask, asking] = useMutation(Ask, refetch);
  const [answer, setAnswer] = useState<InquiryAnswer>('CAN_DELIVER');
  const [comment, setComment] = useState('');
  const [question, setQuestion] = useState('');
  const inquiry = data?.inquiry;
  const open = inquiry?.status === 'SENT' || inquiry?.status === 'MORE_INFORMATION_REQUESTED';
  const facts: InquiryFact[] = inquiry
    ? [
        {
          label: t('inquiry.client'),
          value: inquiry.client?.name ?? '—',
          testId: 'inquiry-client',
        },
        { label: t('inquiry.service'), value: `${inquiry.service.name} (${inquiry.service.code})` },
        {
          label: t('inquiry.period'),
          value: `${format.date(inquiry.periodFrom)} – ${format.date(inquiry.periodTo)}`,
        },
        { label: t('inquiry.from'), value: inquiry.createdBy },
        { label: t('inquiry.received'), value: format.dateTime(inquiry.sentAt) },
        { label: t('inquiry.details'), value: inquiry.details, className: 'cw-note__text' },
        ...(inquiry.answer
          ? [
              {
                label: t('inquiry.answerLabel'),
                value: `${t(`inquiry.answer.${inquiry.answer}`)}${inquiry.answerComment ? ` – ${inquiry.answerComment}` : ''} (${inquiry.answeredBy})`,
              },
            ]
          : []),
      ]
    : [];
  return (
    <InquiryLayout
      back={{ to: '/inquiries', label: t('inquiries.title') }}
      error={error}
      loading={loading}
      inquiry={inquiry}
      facts={facts}
    >
      {open && (
        <section className="cw-section" aria-labelledby="answer-heading">
          <h2 id="answer-heading" className="cds--type-heading-03">
            {t('inquiry.answerTitle')}
          </h2>
          <Tile>
            <Form
              aria-labelledby="answer-heading"
              onSubmit={(e) => {
                e.preventDefault();
                void answerInquiry({
                  variables: { id, input: { answer, comment: comment || null } },
                }).catch(() => undefined);
              }}
            >
              <Stack gap={5}>
                <RadioButtonGroup
                  legendText={t('inquiry.canYouDeliver')}
                  name="answer"
                  valueSelected={answer}
                  onChange={(v) => setAnswer(v as InquiryAnswer)}
                >
                  <RadioButton
                    id="answer-can"
                    labelText={t('inquiry.answer.CAN_DELIVER')}
                    value="CAN_DELIVER"
                  />
                  <RadioButton
                    id="answer-cannot"
                    labelText={t('inquiry.answer.CANNOT_DELIVER')}
                    value="CANNOT_DELIVER"
                  />
                </RadioButtonGroup>
                <TextArea
                  id="answer-comment"
                  labelText={t('inquiry.comment')}
                  rows={3}
                  value={comment}
                  onChange={(e) => setComment(e.target.value)}
                />
                {answering.error && <ErrorNotice error={answering.error} />}
                <div>
                  <Button type="submit" disabled={answering.loading}>
                    {t('inquiry.sendAnswer')}
                  </Button>
                </div>
              </Stack>
            </Form>
          </Tile>
          <Tile className="cw-section">
            <Form
              aria-label={t('inquiry.askTitle')}
              onSubmit={(e) => {
                e.preventDefault();
                void ask({ variables: { id, input: { text: question } } }).then(
                  () => setQuestion(''),
                  () => undefined,
                );
              }}
            >
              <Stack gap={5}>
                <TextArea
                  id="ask-text"
                  labelText={t('inquiry.askTitle')}
                  rows={3}
                  value={question}
                  onChange={(e) => setQuestion(e.target.value)}
                />
                {asking.error && <ErrorNotice error={asking.error} />}
                <div>
                  <Button
                    type="submit"
                    kind="secondary"
                    disabled={asking.loading || !question.trim()}
                  >
                    {t('inquiry.ask')}
                  </Button>
                </div>
              </Stack>
            </Form>
          </Tile>
        </section>
      )}
    </InquiryLayout>
  );
}
