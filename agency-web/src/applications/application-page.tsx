import { ErrorNotice, LoadingState, useAuth, useFormat } from '@casework/web-kit';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Breadcrumb,
  BreadcrumbItem,
  Button,
  Modal,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableHeader,
  TableRow,
  Tag,
  TextArea,
  TextInput,
} from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AuditTrail } from '../audit/audit-trail.js';
import { graphql } from '../gql/index.js';

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
        id
        at
        actor
        entityType
        action
        changes {
          field
          oldValue
          newValue
        }
      }
    }
  }
`);

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

const RecordMeeting = graphql(`
  mutation RecordApplicationMeeting($id: ID!, $input: MeetingHeldInput!) {
    recordApplicationMeeting(id: $id, input: $input) {
      id
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

/** An application: its clients, programmes with decisions (supervisors), meetings held (R3.1). */
export function ApplicationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const { can } = useAuth();
  const { data, loading, error } = useQuery(ApplicationQuery, { variables: { id } });
  const [deciding, setDeciding] = useState<{
    programmeId: string;
    name: string;
    approve: boolean;
  } | null>(null);
  const [meeting, setMeeting] = useState(false);
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
          <TableContainer title={t('application.programmes')}>
            <Table aria-label={t('application.programmes')}>
              <TableHead>
                <TableRow>
                  <TableHeader>{t('application.programme')}</TableHeader>
                  <TableHeader>{t('application.decision')}</TableHeader>
                  <TableHeader>{t('application.reason')}</TableHeader>
                  <TableHeader>{t('application.result')}</TableHeader>
                  <TableHeader>
                    <span className="cds--visually-hidden">{t('exceptions.actions')}</span>
                  </TableHeader>
                </TableRow>
              </TableHead>
              <TableBody>
                {application.programmes.map((line) => (
                  <TableRow key={line.id} data-testid="application-programme">
                    <TableCell>
                      {line.programme.name}
                      {line.programme.meetingRequired && (
                        <Tag type="purple" size="sm">
                          {t('config.meetingRequired')}
                        </Tag>
                      )}
                    </TableCell>
                    <TableCell>
                      <Tag
                        type={
                          line.decision === 'APPROVED'
                            ? 'green'
                            : line.decision === 'DENIED'
                              ? 'red'
                              : 'gray'
                        }
                      >
                        {t(`enums.ProgrammeDecision.${line.decision}`)}
                      </Tag>
                    </TableCell>
                    <TableCell>
                      {line.reason ?? '—'}
                      {line.decidedBy && line.decidedAt
                        ? ` (${line.decidedBy}, ${format.dateTime(line.decidedAt)})`
                        : ''}
                    </TableCell>
                    <TableCell>
                      {line.integratedCase ? (
                        <Link to={`/cases/${line.integratedCase.id}`}>
                          {line.integratedCase.reference}
                          {line.productDelivery ? ` · ${line.productDelivery.reference}` : ''}
                        </Link>
                      ) : (
                        '—'
                      )}
                    </TableCell>
                    <TableCell>
                      {decider && line.decision === 'PENDING' && (
                        <>
                          <Button
                            size="sm"
                            kind="primary"
                            onClick={() =>
                              setDeciding({
                                programmeId: line.programme.id,
                                name: line.programme.name,
                                approve: true,
                              })
                            }
                          >
                            {t('application.approve')}
                          </Button>{' '}
                          <Button
                            size="sm"
                            kind="danger--tertiary"
                            onClick={() =>
                              setDeciding({
                                programmeId: line.programme.id,
                                name: line.programme.name,
                                approve: false,
                              })
                            }
                          >
                            {t('application.deny')}
                          </Button>
                        </>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          <section className="cw-section" aria-labelledby="meetings-heading">
            <div className="cw-page__header">
              <h2 id="meetings-heading" className="cds--type-heading-04">
                {t('application.meetings')}
              </h2>
              {writer && (
                <Button onClick={() => setMeeting(true)}>{t('application.recordMeeting')}</Button>
              )}
            </div>
            {application.meetings.length === 0 ? (
              <p>{t('application.noMeetings')}</p>
            ) : (
              <ul>
                {application.meetings.map((m) => (
                  <li key={m.id} data-testid="meeting">
                    {format.date(m.heldOn)}: {m.attendees} ({t(`enums.MeetingSource.${m.source}`)},{' '}
                    {m.recordedBy})
                  </li>
                ))}
              </ul>
            )}
          </section>
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
          {meeting && (
            <MeetingModal applicationId={application.id} onClose={() => setMeeting(false)} />
          )}
        </>
      )}
    </div>
  );
}

function DecisionModal({
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

function MeetingModal({ applicationId, onClose }: { applicationId: string; onClose: () => void }) {
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
