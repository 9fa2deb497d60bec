import {
  AdminRequestConversation,
  AdminRequestHistoryList,
  AdminRequestStatusTag,
  ErrorNotice,
  LoadingState,
  useAuth,
  useFieldErrors,
  useFormat,
} from '@casework/web-kit';
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { Breadcrumb, BreadcrumbItem, Button, Form, Stack, TextArea } from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { graphql } from '../gql/index.js';
import { categoryName } from './request-draft.js';

const RequestQuery = graphql(`
  query PortalRequest($id: ID!) {
    administrativeRequest(id: $id) {
      ...PortalRequestFields
      description
      createdBy
      resolvedAt
      closedAt
      messages {
        id
        side
        author
        text
        createdAt
        files {
          fileId
          fileName
          contentType
          size
          downloadUrl
        }
      }
      history {
        id
        kind
        toStatus
        actor
        detail
        createdAt
      }
    }
  }
`);

// Replies and status changes from the support desk (R6.1): refetching shows them without reloading.
const Activity = graphql(`
  subscription PortalRequestActivity($requestId: ID) {
    administrativeRequestActivity(requestId: $requestId) {
      eventId
      kind
    }
  }
`);

const Reply = graphql(`
  mutation PortalReplyToRequest($id: ID!, $input: ReplyToAdministrativeRequestInput!) {
    replyToAdministrativeRequest(id: $id, input: $input) {
      id
    }
  }
`);

const ChangeStatus = graphql(`
  mutation PortalChangeRequestStatus($id: ID!, $input: ChangeAdministrativeRequestStatusInput!) {
    changeAdministrativeRequestStatus(id: $id, input: $input) {
      id
      status
      version
    }
  }
`);

const refetch = { refetchQueries: ['PortalRequest'], awaitRefetchQueries: true };

/** One administrative request: details, conversation, status history; administrators reply, close and reopen. */
export function SupportRequestPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { can } = useAuth();
  const admin = can('admin-request:create');
  const { data, loading, error, refetch: reload } = useQuery(RequestQuery, { variables: { id } });
  useSubscription(Activity, { variables: { requestId: id }, onData: () => void reload() });
  const [reply, replying] = useMutation(Reply, refetch);
  const [changeStatus, changing] = useMutation(ChangeStatus, refetch);
  const [text, setText] = useState('');
  const invalid = useFieldErrors(replying.error);
  const request = data?.administrativeRequest;
  const settled = request?.status === 'RESOLVED' || request?.status === 'CLOSED';
  const move = (status: 'CLOSED' | 'IN_PROGRESS') =>
    request &&
    void changeStatus({ variables: { id, input: { version: request.version, status } } }).catch(
      () => undefined,
    );
  return (
    <div className="cw-page">
      <Breadcrumb noTrailingSlash>
        <BreadcrumbItem>
          <Link to="/support">{t('support.title')}</Link>
        </BreadcrumbItem>
      </Breadcrumb>
      {error && <ErrorNotice error={error} />}
      {loading && !request && <LoadingState />}
      {request && (
        <Stack gap={6}>
          <div className="cw-page__header">
            <h1 className="cw-page__title cds--type-heading-05">
              {t('supportRequest.title', { reference: request.reference })}
            </h1>
            <AdminRequestStatusTag status={request.status} />
          </div>
          <dl className="cw-facts">
            <dt>{t('request.subject')}</dt>
            <dd>{request.subject}</dd>
            <dt>{t('request.category')}</dt>
            <dd>{categoryName(request.category, i18n.language)}</dd>
            <dt>{t('request.account')}</dt>
            <dd>{request.accountName}</dd>
            {request.referenceNumber && (
              <>
                <dt>{t('supportRequest.number')}</dt>
                <dd>{request.referenceNumber}</dd>
              </>
            )}
            <dt>{t('support.created')}</dt>
            <dd>{`${format.dateTime(request.createdAt)} · ${request.createdBy}`}</dd>
          </dl>
          {changing.error && <ErrorNotice error={changing.error} />}
          {admin && (
            <div className="cw-row">
              {!settled || request.status === 'RESOLVED' ? (
                <Button
                  kind="secondary"
                  size="md"
                  disabled={changing.loading}
                  onClick={() => move('CLOSED')}
                >
                  {t('supportRequest.close')}
                </Button>
              ) : null}
              {settled && (
                <Button
                  kind="tertiary"
                  size="md"
                  disabled={changing.loading}
                  onClick={() => move('IN_PROGRESS')}
                >
                  {t('supportRequest.reopen')}
                </Button>
              )}
            </div>
          )}
          <AdminRequestConversation messages={request.messages} />
          {admin && request.status !== 'CLOSED' && (
            <Form
              aria-label={t('supportRequest.reply')}
              onSubmit={(e) => {
                e.preventDefault();
                void reply({ variables: { id, input: { text } } }).then(
                  () => setText(''),
                  () => undefined,
                );
              }}
            >
              <Stack gap={4}>
                <TextArea
                  id="request-reply"
                  labelText={t('supportRequest.reply')}
                  rows={4}
                  value={text}
                  onChange={(e) => setText(e.target.value)}
                  {...invalid('text')}
                />
                {replying.error && <ErrorNotice error={replying.error} />}
                <div>
                  <Button type="submit" size="md" disabled={replying.loading || !text.trim()}>
                    {t('supportRequest.send')}
                  </Button>
                </div>
              </Stack>
            </Form>
          )}
          {!admin && <p className="cw-muted">{t('supportRequest.readOnly')}</p>}
          <AdminRequestHistoryList entries={request.history} />
        </Stack>
      )}
    </div>
  );
}
