import { ErrorNotice, LoadingState, useAuth } from '@casework/web-kit';
import { useMutation, useQuery } from '@apollo/client/react';
import { Breadcrumb, BreadcrumbItem, Button, Tag } from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AuditTrail } from '../audit/audit-trail.js';
import { AttachmentsPanel } from '../attachments/attachments-panel.js';
import { CommunicationsPanel } from '../communications/communications-panel.js';
import { graphql } from '../gql/index.js';
import { CaseMeetings, CaseMeetingsSection } from '../meetings/case-meetings-section.js';
import { NotesPanel } from '../notes/notes-panel.js';
import { ApplicationMeetingsSection } from './application-meetings-section.js';
import { ApplicationProgrammesTable } from './application-programmes-table.js';
import { DecisionModal } from './programme-decision-modal.js';

const ApplicationQuery = graphql(`
  query Application($id: ID!) {
    application(id: $id) {
      id
      reference
      status
      createdBy
      clients {
        id
        name
        email
      }
      programmes {
        id
        decision
        reason
        decidedBy
        decidedAt
        programme {
          id
          name
          meetingRequired
          product
        }
        integratedCase {
          id
          reference
        }
        productDelivery {
          reference
        }
      }
      meetings {
        id
        heldOn
        attendees
        source
        recordedBy
      }
      auditTrail {
        ...AuditEntryFields
      }
    }
  }
`);

const Withdraw = graphql(`
  mutation WithdrawApplication($id: ID!) {
    withdrawApplication(id: $id) {
      id
      status
    }
  }
`);

const refetch = { refetchQueries: ['Application'], awaitRefetchQueries: true };

/**
 * An application: its clients, programmes with decisions (supervisors), meetings held (R3.1), its
 * audit trail. Each section is its own component; a new one goes in the list below.
 */
export function ApplicationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { can } = useAuth();
  // Shares the meetings section's query (one request): a meeting held there reaches the cases
  // subgraph by a job, so the page polls until the held meeting is listed (R3.1).
  const scheduled = useQuery(CaseMeetings, { variables: { id, application: true } });
  const held = (scheduled.data?.application?.scheduledMeetings ?? []).filter(
    (m) => m.status === 'HELD',
  ).length;
  const [recorded, setRecorded] = useState(0);
  const { data, loading, error } = useQuery(ApplicationQuery, {
    variables: { id },
    pollInterval: held > recorded ? 1500 : 0,
  });
  const fromMeetings =
    data?.application?.meetings.filter((m) => m.source === 'MEETINGS').length ?? 0;
  if (fromMeetings !== recorded) setRecorded(fromMeetings);
  const [deciding, setDeciding] = useState<{
    programmeId: string;
    name: string;
    approve: boolean;
  } | null>(null);
  const [withdraw, withdrawn] = useMutation(Withdraw, refetch);
  const application = data?.application;
  const decider = can('application:decide');
  const writer = can('case:write');

  return (
    <div className="cw-page">
      <Breadcrumb noTrailingSlash>
        <BreadcrumbItem>
          <Link to="/persons">{t('persons.title')}</Link>
        </BreadcrumbItem>
        {application?.clients[0] && (
          <BreadcrumbItem>
            <Link to={`/persons/${application.clients[0].id}`}>{application.clients[0].name}</Link>
          </BreadcrumbItem>
        )}
      </Breadcrumb>
      {error && <ErrorNotice error={error} />}
      {loading && !application && <LoadingState />}
      {application && (
        <>
          <div className="cw-page__header">
            <h1 className="cw-page__title cds--type-heading-05">
              {t('application.title')} {application.reference}
            </h1>
            <Tag type="blue">{t(`enums.ApplicationStatus.${application.status}`)}</Tag>
            {writer && !['WITHDRAWN', 'CLOSED'].includes(application.status) && (
              <Button
                kind="danger--tertiary"
                onClick={() =>
                  void withdraw({ variables: { id: application.id } }).catch(() => undefined)
                }
              >
                {t('application.withdraw')}
              </Button>
            )}
          </div>
          {withdrawn.error && <ErrorNotice error={withdrawn.error} />}
          <p>
            {t('application.clients')}:{' '}
            {application.clients.map((c, i) => (
              <span key={c.id}>
                {i > 0 && ', '}
                <Link to={`/persons/${c.id}`}>{c.name}</Link>
              </span>
            ))}
          </p>
          <ApplicationProgrammesTable
            programmes={application.programmes}
            onDecide={
              decider
                ? (line, approve) =>
                    setDeciding({
                      programmeId: line.programme.id,
                      name: line.programme.name,
                      approve,
                    })
                : undefined
            }
          />
          <ApplicationMeetingsSection
            applicationId={application.id}
            meetings={application.meetings}
            canRecord={writer}
          />
          <CaseMeetingsSection
            caseType="APPLICATION_CASE"
            caseId={application.id}
            clients={application.clients}
          />
          <NotesPanel caseRef={{ caseType: 'APPLICATION_CASE', id: application.id }} />
          <AttachmentsPanel subject="APPLICATION_CASE" subjectId={application.id} />
          <CommunicationsPanel
            personIds={application.clients.map((c) => c.id)}
            caseId={application.id}
            clients={application.clients}
          />
          <section className="cw-section">
            <AuditTrail entries={application.auditTrail} />
          </section>
          {deciding && (
            <DecisionModal
              applicationId={application.id}
              {...deciding}
              onClose={() => setDeciding(null)}
            />
          )}
        </>
      )}
    </div>
  );
}
