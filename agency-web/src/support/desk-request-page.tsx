import {
  AdminRequestConversation,
  AdminRequestHistoryList,
  AdminRequestStatusTag,
  ErrorNotice,
  LoadingState,
  useAuth,
  useFormat,
  requestCategoryName,
} from '@casework/web-kit';
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { Breadcrumb, BreadcrumbItem, Button, Select, SelectItem, Stack } from '@carbon/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { graphql } from '../gql/index.js';
import { type AdministrativeRequestStatus } from '../gql/graphql.js';
import { DeskWriteBox } from './desk-write-box.js';

const DeskRequestQuery = graphql(`
  query DeskRequest($id: ID!) {
    administrativeRequest(id: $id) {
      id
      version
      reference
      status
      subject
      accountName
      referenceNumber
      createdBy
      createdAt
      assigneeId
      provider {
        id
        name
      }
      category {
        nameEn
        nameDe
        nameIt
      }
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
      internalNotes {
        id
        author
        text
        createdAt
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
    supportDeskMembers {
      accountId
      name
    }
  }
`);

const Activity = graphql(`
  subscription DeskRequestActivity($requestId: ID) {
    administrativeRequestActivity(requestId: $requestId) {
      eventId
    }
  }
`);

const Assign = graphql(`
  mutation DeskAssign($id: ID!, $version: Int!, $assigneeId: ID) {
    assignAdministrativeRequest(id: $id, version: $version, assigneeId: $assigneeId) {
      id
      version
      assigneeId
    }
  }
`);

const ChangeStatus = graphql(`
  mutation DeskChangeStatus($id: ID!, $input: ChangeAdministrativeRequestStatusInput!) {
    changeAdministrativeRequestStatus(id: $id, input: $input) {
      id
      version
      status
    }
  }
`);

/** Where the desk can move a request from each status (the server checks the same). */
const NEXT: Record<AdministrativeRequestStatus, AdministrativeRequestStatus[]> = {
  NEW: ['IN_PROGRESS', 'WAITING_FOR_PROVIDER', 'RESOLVED'],
  IN_PROGRESS: ['WAITING_FOR_PROVIDER', 'RESOLVED'],
  WAITING_FOR_PROVIDER: ['IN_PROGRESS', 'RESOLVED'],
  RESOLVED: ['CLOSED', 'IN_PROGRESS'],
  CLOSED: ['IN_PROGRESS'],
};

const refetch = { refetchQueries: ['DeskRequest'], awaitRefetchQueries: true };

/** One request at the support desk: assign, move along, reply to the provider, keep internal notes. */
export function DeskRequestPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { user } = useAuth();
  const {
    data,
    loading,
    error,
    refetch: reload,
  } = useQuery(DeskRequestQuery, { variables: { id } });
  useSubscription(Activity, { variables: { requestId: id }, onData: () => void reload() });
  const [assign, assigning] = useMutation(Assign, refetch);
  const [changeStatus, changing] = useMutation(ChangeStatus, refetch);
  const request = data?.administrativeRequest;
  const ignore = () => undefined;
  return (
    <div className="cw-page">
      <Breadcrumb noTrailingSlash>
        <BreadcrumbItem>
          <Link to="/support">{t('desk.title')}</Link>
        </BreadcrumbItem>
      </Breadcrumb>
      {error && <ErrorNotice error={error} />}
      {loading && !request && <LoadingState />}
      {request && (
        <Stack gap={6}>
          <div className="cw-page__header">
            <h1 className="cw-page__title cds--type-heading-05">{`${request.reference}: ${request.subject}`}</h1>
            <AdminRequestStatusTag status={request.status} />
          </div>
          <dl className="cw-facts">
            <dt>{t('desk.provider')}</dt>
            <dd>
              <Link to={`/providers/${request.provider.id}`}>{request.provider.name}</Link>
              {` · ${request.accountName}`}
            </dd>
            <dt>{t('desk.category')}</dt>
            <dd>{requestCategoryName(request.category, i18n.language)}</dd>
            {request.referenceNumber && (
              <>
                <dt>{t('desk.number')}</dt>
                <dd>{request.referenceNumber}</dd>
              </>
            )}
            <dt>{t('desk.created')}</dt>
            <dd>{`${format.dateTime(request.createdAt)} · ${request.createdBy}`}</dd>
          </dl>
          {(assigning.error ?? changing.error) && (
            <ErrorNotice error={assigning.error ?? changing.error} />
          )}
          <div className="cw-row">
            <Select
              id="desk-assignee"
              labelText={t('desk.assignee')}
              value={request.assigneeId ?? ''}
              disabled={assigning.loading}
              onChange={(e) =>
                void assign({
                  variables: { id, version: request.version, assigneeId: e.target.value || null },
                }).catch(ignore)
              }
            >
              <SelectItem value="" text={t('desk.unassigned')} />
              {(data.supportDeskMembers ?? []).map((m) => (
                <SelectItem key={m.accountId} value={m.accountId} text={m.name} />
              ))}
            </Select>
            {user && request.assigneeId !== user.id && (
              <Button
                kind="tertiary"
                size="md"
                disabled={assigning.loading}
                onClick={() =>
                  void assign({
                    variables: { id, version: request.version, assigneeId: user.id },
                  }).catch(ignore)
                }
              >
                {t('desk.assignToMe')}
              </Button>
            )}
            {NEXT[request.status].map((s) => (
              <Button
                key={s}
                kind="secondary"
                size="md"
                disabled={changing.loading}
                onClick={() =>
                  void changeStatus({
                    variables: { id, input: { version: request.version, status: s } },
                  }).catch(ignore)
                }
              >
                {t(`desk.moveTo.${s}`)}
              </Button>
            ))}
          </div>
          <AdminRequestConversation messages={request.messages} />
          <DeskWriteBox
            requestId={id}
            closed={request.status === 'CLOSED'}
            notes={request.internalNotes ?? []}
          />
          <AdminRequestHistoryList entries={request.history} />
        </Stack>
      )}
    </div>
  );
}
