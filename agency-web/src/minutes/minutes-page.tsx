import { ErrorNotice, LoadingState, useAuth, useFormat } from '@casework/web-kit';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Modal, Tag, TextArea } from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  CorrectMinutes,
  MeetingMinutesQuery,
  MINUTES_QUERIES,
  StartMinutes,
} from './minutes-documents.js';
import { MinutesIssuePanel } from './minutes-issue-panel.js';
import { MinutesSummary } from './minutes-summary.js';
import { MinutesWizard } from './minutes-wizard.js';

/**
 * The minutes of one meeting (R3.2): start them, walk the wizard, then the final version with
 * issuing by email, corrections as new versions and the earlier versions as history.
 */
export function MinutesPage() {
  const { meetingId = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const { can } = useAuth();
  const writer = can('case:write');
  const refetch = { refetchQueries: MINUTES_QUERIES, awaitRefetchQueries: true };
  const { data, loading, error } = useQuery(MeetingMinutesQuery, { variables: { id: meetingId } });
  const [start, started] = useMutation(StartMinutes, refetch);
  const [correct, corrected] = useMutation(CorrectMinutes, refetch);
  const [correcting, setCorrecting] = useState(false);
  const [reason, setReason] = useState('');
  const meeting = data?.meeting;
  const [current, ...earlier] = meeting?.minutes ?? [];
  const caseLink =
    meeting?.caseType === 'APPLICATION_CASE'
      ? `/applications/${meeting.caseId}`
      : `/cases/${meeting?.caseId}`;

  return (
    <div className="cw-page">
      {error && <ErrorNotice error={error} />}
      {loading && !meeting && <LoadingState />}
      {meeting && (
        <>
          <div className="cw-page__header">
            <h1 className="cw-page__title cds--type-heading-05">
              {t('minutes.pageTitle', { subject: meeting.subject })}
            </h1>
            {current && (
              <Tag type={current.status === 'FINAL' ? 'green' : 'blue'}>
                {t(`minutes.status.${current.status}`, { number: current.number })}
              </Tag>
            )}
          </div>
          <p>
            {format.dateTime(meeting.startsAt)} ·{' '}
            <Link to={caseLink}>{t('meetings.openCase')}</Link>
          </p>
          {current?.correctionReason && (
            <p>{t('minutes.correctionOf', { reason: current.correctionReason })}</p>
          )}
          {(started.error ?? corrected.error) && (
            <ErrorNotice error={started.error ?? corrected.error} />
          )}
          {!current && writer && (
            <Button
              id="minutes-start"
              disabled={started.loading}
              onClick={() => void start({ variables: { meetingId } }).catch(() => undefined)}
            >
              {t('minutes.start')}
            </Button>
          )}
          {current?.status === 'DRAFT' && writer && (
            <MinutesWizard key={current.id} meeting={meeting} minutes={current} />
          )}
          {current?.status === 'FINAL' && (
            <>
              <p>
                {t('minutes.finalisedBy', {
                  name: current.finalisedBy,
                  date: current.finalisedAt ? format.dateTime(current.finalisedAt) : '',
                })}
              </p>
              <MinutesSummary minutes={current} />
              {writer && <MinutesIssuePanel meetingId={meetingId} minutes={current} />}
              {writer && (
                <Button kind="tertiary" className="cw-section" onClick={() => setCorrecting(true)}>
                  {t('minutes.correct')}
                </Button>
              )}
            </>
          )}
          {earlier.length > 0 && (
            <section className="cw-section" aria-labelledby="minutes-history-heading">
              <h2 id="minutes-history-heading" className="cds--type-heading-03">
                {t('minutes.history')}
              </h2>
              <ul>
                {earlier.map((v) => (
                  <li key={v.id} data-testid="minutes-version">
                    {t('minutes.versionLine', {
                      number: v.number,
                      name: v.finalisedBy ?? v.createdBy,
                      date: v.finalisedAt ? format.dateTime(v.finalisedAt) : '',
                    })}
                    {v.correctionReason && ` · ${v.correctionReason}`}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {correcting && current && (
            <Modal
              open
              modalHeading={t('minutes.correct')}
              primaryButtonText={t('minutes.startCorrection')}
              secondaryButtonText={t('common.cancel')}
              primaryButtonDisabled={corrected.loading || !reason.trim()}
              onRequestClose={() => setCorrecting(false)}
              onRequestSubmit={() =>
                void correct({
                  variables: { id: current.id, input: { version: current.version, reason } },
                }).then(
                  () => setCorrecting(false),
                  () => undefined,
                )
              }
            >
              <TextArea
                id="minutes-correction-reason"
                labelText={t('minutes.correctionReason')}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                data-modal-primary-focus
              />
            </Modal>
          )}
        </>
      )}
    </div>
  );
}
