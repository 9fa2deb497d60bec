import { EmptyState, ErrorNotice, LoadingState, useAuth } from '@casework/web-kit';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Modal, TextArea } from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql/index.js';
import { type CaseKind, type MeetingFieldsFragment } from '../gql/graphql.js';
import { HoldMeetingModal } from './hold-meeting-modal.js';
import { MeetingCard } from './meeting-card.js';
import { MEETING_QUERIES } from './meeting-fields.js';
import { ScheduleMeetingModal } from './schedule-meeting-modal.js';

export const CaseMeetings = graphql(`
  query CaseMeetings($id: ID!, $application: Boolean!) {
    application(id: $id) @include(if: $application) {
      id
      scheduledMeetings {
        ...MeetingFields
      }
    }
    integratedCase(id: $id) @skip(if: $application) {
      id
      scheduledMeetings {
        ...MeetingFields
      }
    }
  }
`);

const Cancel = graphql(`
  mutation CancelMeeting($id: ID!, $input: CancelMeetingInput!) {
    cancelMeeting(id: $id, input: $input) {
      id
      status
    }
  }
`);

/** The meetings of an application or integrated case (R3.1): schedule, answers, held, cancel. */
export function CaseMeetingsSection({
  caseType,
  caseId,
  clients,
}: {
  caseType: CaseKind;
  caseId: string;
  clients: { id: string; name: string; email?: string | null }[];
}) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const writer = can('case:write');
  const application = caseType === 'APPLICATION_CASE';
  const { data, loading, error } = useQuery(CaseMeetings, {
    variables: { id: caseId, application },
  });
  const [scheduling, setScheduling] = useState(false);
  const [holding, setHolding] = useState<MeetingFieldsFragment | null>(null);
  const [cancelling, setCancelling] = useState<MeetingFieldsFragment | null>(null);
  const [reason, setReason] = useState('');
  const [cancel, cancelled] = useMutation(Cancel, {
    refetchQueries: MEETING_QUERIES,
    awaitRefetchQueries: true,
  });
  const meetings = application
    ? data?.application?.scheduledMeetings
    : data?.integratedCase?.scheduledMeetings;

  return (
    <section className="cw-section" aria-labelledby="case-meetings-heading">
      <div className="cw-page__header">
        <h2 id="case-meetings-heading" className="cds--type-heading-04">
          {t('meetings.title')}
        </h2>
        {writer && <Button onClick={() => setScheduling(true)}>{t('meetings.schedule')}</Button>}
      </div>
      {error && <ErrorNotice error={error} />}
      {loading && !meetings && <LoadingState />}
      {meetings && meetings.length === 0 && <EmptyState title={t('meetings.none')} />}
      {meetings && meetings.length > 0 && (
        <ul className="cw-stack">
          {meetings.map((m) => (
            <li key={m.id}>
              <MeetingCard
                meeting={m}
                canWrite={writer}
                onHold={() => setHolding(m)}
                onCancel={() => setCancelling(m)}
              />
            </li>
          ))}
        </ul>
      )}
      {scheduling && (
        <ScheduleMeetingModal
          caseType={caseType}
          caseId={caseId}
          clients={clients}
          onClose={() => setScheduling(false)}
        />
      )}
      {holding && <HoldMeetingModal meeting={holding} onClose={() => setHolding(null)} />}
      {cancelling && (
        <Modal
          open
          danger
          modalHeading={t('meetings.cancelHeading', { subject: cancelling.subject })}
          primaryButtonText={t('meetings.cancel')}
          secondaryButtonText={t('common.cancel')}
          primaryButtonDisabled={cancelled.loading || !reason.trim()}
          onRequestClose={() => setCancelling(null)}
          onRequestSubmit={() =>
            void cancel({
              variables: { id: cancelling.id, input: { version: cancelling.version, reason } },
            }).then(
              () => setCancelling(null),
              () => undefined,
            )
          }
        >
          {cancelled.error && <ErrorNotice error={cancelled.error} />}
          <TextArea
            id="meeting-cancel-reason"
            labelText={t('meetings.cancelReason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            data-modal-primary-focus
          />
        </Modal>
      )}
    </section>
  );
}
