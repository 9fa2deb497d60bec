import { useFormat } from '@casework/web-kit';
import { Button } from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApplicationQuery } from '../gql/graphql.js';
import { MeetingModal } from './meeting-modal.js';

type Meeting = NonNullable<ApplicationQuery['application']>['meetings'][number];

/** The meetings held on an application (R3.1); a caseworker records one. */
export function ApplicationMeetingsSection({
  applicationId,
  meetings,
  canRecord,
}: {
  applicationId: string;
  meetings: Meeting[];
  canRecord: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [recording, setRecording] = useState(false);
  return (
    <section className="cw-section" aria-labelledby="meetings-heading">
      <div className="cw-page__header">
        <h2 id="meetings-heading" className="cds--type-heading-04">
          {t('application.meetings')}
        </h2>
        {canRecord && (
          <Button onClick={() => setRecording(true)}>{t('application.recordMeeting')}</Button>
        )}
      </div>
      {meetings.length === 0 ? (
        <p>{t('application.noMeetings')}</p>
      ) : (
        <ul>
          {meetings.map((m) => (
            <li key={m.id} data-testid="meeting">
              {format.date(m.heldOn)}: {m.attendees} ({t(`enums.MeetingSource.${m.source}`)},{' '}
              {m.recordedBy})
            </li>
          ))}
        </ul>
      )}
      {recording && (
        <MeetingModal applicationId={applicationId} onClose={() => setRecording(false)} />
      )}
    </section>
  );
}
