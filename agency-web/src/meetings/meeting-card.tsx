import { ErrorNotice, useFormat } from '@casework/web-kit';
import { useMutation } from '@apollo/client/react';
import { Button, Select, SelectItem, Tag, Tile } from '@carbon/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../gql/index.js';
import { type InvitationResponse, type MeetingFieldsFragment } from '../gql/graphql.js';
import { MEETING_QUERIES } from './meeting-fields.js';

const Answer = graphql(`
  mutation RecordInvitationResponse($inviteeId: ID!, $input: InvitationResponseInput!) {
    recordInvitationResponse(inviteeId: $inviteeId, input: $input) {
      id
      response
    }
  }
`);

const RESPONSES: InvitationResponse[] = ['PENDING', 'ACCEPTED', 'DECLINED', 'TENTATIVE'];
const STATUS_TAG = { SCHEDULED: 'blue', HELD: 'green', CANCELLED: 'gray' } as const;

/** One meeting: when, where, who was invited and their answers; staff record answers (R3.1). */
export function MeetingCard({
  meeting,
  canWrite,
  onHold,
  onCancel,
}: {
  meeting: MeetingFieldsFragment;
  canWrite: boolean;
  onHold?: () => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [answer, answered] = useMutation(Answer, { refetchQueries: MEETING_QUERIES });
  const open = meeting.status === 'SCHEDULED';
  const started = new Date(meeting.startsAt).getTime() <= Date.now();
  return (
    <Tile className="cw-note" data-testid="scheduled-meeting">
      <div className="cw-row">
        <h3 className="cds--type-heading-02">{meeting.subject}</h3>
        <Tag type={STATUS_TAG[meeting.status]}>{t(`meetings.status.${meeting.status}`)}</Tag>
      </div>
      <p>
        {format.dateTime(meeting.startsAt)} – {format.dateTime(meeting.endsAt)} ({meeting.timeZone})
        {meeting.location && ` · ${meeting.location}`}
      </p>
      {meeting.callDetails && <p>{meeting.callDetails}</p>}
      <p className="cw-muted cds--type-helper-text-01">
        {t('meetings.organisedBy', { name: meeting.organiserName })}
        {meeting.cancellationReason && ` · ${meeting.cancellationReason}`}
      </p>
      {answered.error && <ErrorNotice error={answered.error} />}
      <ul aria-label={t('meetings.invitees')}>
        {meeting.invitees.map((i) => (
          <li key={i.id} className="cw-row">
            <span>
              {i.name} ({t(`meetings.kind.${i.kind}`)}){i.email && ` · ${i.email}`}
              {i.attended !== null &&
                i.attended !== undefined &&
                ` · ${t(
                  i.attended
                    ? 'meetings.attended'
                    : // The minutes tell a decliner from someone who just did not come.
                      i.response === 'DECLINED'
                      ? 'meetings.declinedAbsent'
                      : 'meetings.absent',
                )}`}
            </span>
            {canWrite && open ? (
              <Select
                id={`response-${i.id}`}
                size="sm"
                labelText={t('meetings.responseOf', { name: i.name })}
                hideLabel
                value={i.response}
                onChange={(e) =>
                  void answer({
                    variables: {
                      inviteeId: i.id,
                      input: { response: e.target.value as InvitationResponse },
                    },
                  }).catch(() => undefined)
                }
              >
                {RESPONSES.map((r) => (
                  <SelectItem key={r} value={r} text={t(`meetings.response.${r}`)} />
                ))}
              </Select>
            ) : (
              <Tag type="outline">{t(`meetings.response.${i.response}`)}</Tag>
            )}
          </li>
        ))}
      </ul>
      {(meeting.status === 'HELD' || (open && started)) && (
        <Link to={`/meetings/${meeting.id}/minutes`}>
          {t('minutes.openFor', { subject: meeting.subject })}
        </Link>
      )}
      {canWrite && open && (
        <div className="cw-row">
          {started && onHold && (
            <Button size="sm" onClick={onHold}>
              {t('meetings.recordHeld')}
            </Button>
          )}
          {onCancel && (
            <Button size="sm" kind="danger--ghost" onClick={onCancel}>
              {t('meetings.cancel')}
            </Button>
          )}
        </div>
      )}
    </Tile>
  );
}
