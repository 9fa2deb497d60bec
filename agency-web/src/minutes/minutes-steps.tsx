import { Button, RadioButton, RadioButtonGroup, Stack, TextArea, TextInput } from '@carbon/react';
import { useTranslation } from 'react-i18next';
import { type Attendance, type MeetingFieldsFragment } from '../gql/graphql.js';
import { type MinutesDraft } from './minutes-draft.js';

export interface StepProps {
  draft: MinutesDraft;
  change: (patch: Partial<MinutesDraft>) => void;
}

const ATTENDANCE: Attendance[] = ['ATTENDED', 'DECLINED', 'ABSENT'];

/** General details: date, times, location, chair and minute taker. */
export function DetailsStep({ draft, change }: StepProps) {
  const { t } = useTranslation();
  return (
    <Stack gap={5}>
      <div className="cw-row">
        <TextInput
          id="minutes-held-on"
          type="date"
          labelText={t('minutes.heldOn')}
          value={draft.heldOn}
          onChange={(e) => change({ heldOn: e.target.value })}
        />
        <TextInput
          id="minutes-start"
          type="time"
          labelText={t('minutes.startTime')}
          value={draft.startTime}
          onChange={(e) => change({ startTime: e.target.value })}
        />
        <TextInput
          id="minutes-end"
          type="time"
          labelText={t('minutes.endTime')}
          value={draft.endTime}
          onChange={(e) => change({ endTime: e.target.value })}
        />
      </div>
      <TextInput
        id="minutes-location"
        labelText={t('minutes.location')}
        value={draft.location}
        maxLength={500}
        onChange={(e) => change({ location: e.target.value })}
      />
      <div className="cw-row">
        <TextInput
          id="minutes-chair"
          labelText={t('minutes.chair')}
          value={draft.chair}
          maxLength={200}
          onChange={(e) => change({ chair: e.target.value })}
        />
        <TextInput
          id="minutes-taker"
          labelText={t('minutes.minuteTaker')}
          value={draft.minuteTaker}
          maxLength={200}
          onChange={(e) => change({ minuteTaker: e.target.value })}
        />
      </div>
    </Stack>
  );
}

/** Free text of one step: the notes, or the decisions. */
export function TextStep({ draft, change, part }: StepProps & { part: 'notes' | 'decisions' }) {
  const { t } = useTranslation();
  return (
    <TextArea
      id={`minutes-${part}`}
      labelText={t(`minutes.${part}`)}
      rows={8}
      maxCount={20000}
      value={draft[part]}
      onChange={(e) => change({ [part]: e.target.value })}
    />
  );
}

/** Each invitee attended, declined or was absent; plus people who came uninvited. */
export function AttendanceStep({
  draft,
  change,
  meeting,
}: StepProps & { meeting: MeetingFieldsFragment }) {
  const { t } = useTranslation();
  const setGuest = (n: number, patch: Partial<{ name: string; email: string }>) =>
    change({ uninvited: draft.uninvited.map((u, k) => (k === n ? { ...u, ...patch } : u)) });
  return (
    <Stack gap={6}>
      {meeting.invitees.map((invitee) => (
        <RadioButtonGroup
          key={invitee.id}
          name={`attendance-${invitee.id}`}
          legendText={`${invitee.name} (${t(`meetings.kind.${invitee.kind}`)})`}
          valueSelected={draft.attendance[invitee.id]}
          onChange={(value) =>
            change({ attendance: { ...draft.attendance, [invitee.id]: value as Attendance } })
          }
        >
          {ATTENDANCE.map((a) => (
            <RadioButton
              key={a}
              id={`attendance-${invitee.id}-${a}`}
              value={a}
              labelText={t(`minutes.attendanceValue.${a}`)}
            />
          ))}
        </RadioButtonGroup>
      ))}
      <fieldset className="cw-stack">
        <legend className="cds--label">{t('minutes.uninvited')}</legend>
        {draft.uninvited.map((guest, n) => (
          <div className="cw-row" key={n}>
            <TextInput
              id={`guest-name-${n}`}
              labelText={t('minutes.guestName', { n: n + 1 })}
              value={guest.name}
              maxLength={200}
              onChange={(e) => setGuest(n, { name: e.target.value })}
            />
            <TextInput
              id={`guest-email-${n}`}
              type="email"
              labelText={t('minutes.guestEmail', { n: n + 1 })}
              value={guest.email}
              maxLength={254}
              onChange={(e) => setGuest(n, { email: e.target.value })}
            />
            <Button
              kind="ghost"
              size="sm"
              onClick={() => change({ uninvited: draft.uninvited.filter((_, k) => k !== n) })}
            >
              {t('minutes.remove')}
            </Button>
          </div>
        ))}
        <div>
          <Button
            kind="tertiary"
            size="sm"
            onClick={() => change({ uninvited: [...draft.uninvited, { name: '', email: '' }] })}
          >
            {t('minutes.addGuest')}
          </Button>
        </div>
      </fieldset>
    </Stack>
  );
}
