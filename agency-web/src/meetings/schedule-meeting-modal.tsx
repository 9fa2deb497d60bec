import { ErrorNotice } from '@casework/web-kit';
import { useMutation } from '@apollo/client/react';
import {
  Button,
  Checkbox,
  Modal,
  Select,
  SelectItem,
  Stack,
  TextArea,
  TextInput,
} from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql/index.js';
import { type CaseKind, type InviteeKind, type LetterLanguage } from '../gql/graphql.js';
import { fromLocalInput, localTimeZone, MEETING_QUERIES, toLocalInput } from './meeting-fields.js';

const Schedule = graphql(`
  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {
    scheduleMeeting(input: $input) {
      id
    }
  }
`);

export interface InviteeDraft {
  kind: InviteeKind;
  personId?: string;
  name: string;
  email: string;
  receivesMail: boolean;
  /** The language of their mails, calendar entry and answer page (R6.4). */
  language: LetterLanguage;
}

const LANGUAGES: LetterLanguage[] = ['EN', 'DE', 'IT'];

/** Schedules a meeting on a case with its clients and other people; invitations go by mail (R3.1). */
export function ScheduleMeetingModal({
  caseType,
  caseId,
  clients,
  onClose,
}: {
  caseType: CaseKind;
  caseId: string;
  clients: { id: string; name: string; email?: string | null }[];
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  // Each invitee's mail starts in the caseworker's language; the row changes it per person.
  const uiLanguage = i18n.resolvedLanguage?.toUpperCase() as LetterLanguage | undefined;
  const language = uiLanguage && LANGUAGES.includes(uiLanguage) ? uiLanguage : 'EN';
  const tomorrow = new Date(Date.now() + 86_400_000);
  tomorrow.setMinutes(0, 0, 0);
  const [subject, setSubject] = useState('');
  const [startsAt, setStartsAt] = useState(toLocalInput(tomorrow));
  const [endsAt, setEndsAt] = useState(toLocalInput(new Date(tomorrow.getTime() + 3_600_000)));
  const [location, setLocation] = useState('');
  const [callDetails, setCallDetails] = useState('');
  const [invitees, setInvitees] = useState<InviteeDraft[]>(
    clients.map((c) => ({
      kind: 'CLIENT',
      personId: c.id,
      name: c.name,
      email: c.email ?? '',
      receivesMail: !!c.email,
      language,
    })),
  );
  const [schedule, { loading, error }] = useMutation(Schedule, {
    refetchQueries: MEETING_QUERIES,
    awaitRefetchQueries: true,
  });
  const change = (n: number, patch: Partial<InviteeDraft>) =>
    setInvitees(invitees.map((i, k) => (k === n ? { ...i, ...patch } : i)));
  const submit = () =>
    void schedule({
      variables: {
        input: {
          caseType,
          caseId,
          subject,
          startsAt: fromLocalInput(startsAt),
          endsAt: fromLocalInput(endsAt),
          timeZone: localTimeZone(),
          location: location || null,
          callDetails: callDetails || null,
          invitees: invitees.map((i) => ({
            kind: i.kind,
            personId: i.personId ?? null,
            name: i.name,
            email: i.email || null,
            receivesMail: i.receivesMail,
            language: i.language,
          })),
        },
      },
    }).then(onClose, () => undefined);

  return (
    <Modal
      open
      modalHeading={t('meetings.schedule')}
      primaryButtonText={t('meetings.scheduleAndInvite')}
      secondaryButtonText={t('common.cancel')}
      primaryButtonDisabled={loading || !subject.trim()}
      onRequestClose={onClose}
      onRequestSubmit={submit}
    >
      <Stack gap={5}>
        {error && <ErrorNotice error={error} />}
        <TextInput
          id="meeting-subject"
          labelText={t('meetings.subject')}
          value={subject}
          onChange={(e) => setSubject(e.target.value)}
          data-modal-primary-focus
        />
        <div className="cw-row">
          <TextInput
            id="meeting-starts"
            type="datetime-local"
            labelText={t('meetings.startsAt')}
            value={startsAt}
            onChange={(e) => setStartsAt(e.target.value)}
          />
          <TextInput
            id="meeting-ends"
            type="datetime-local"
            labelText={t('meetings.endsAt')}
            value={endsAt}
            onChange={(e) => setEndsAt(e.target.value)}
          />
        </div>
        <p className="cw-muted cds--type-helper-text-01">
          {t('meetings.timeZone', { zone: localTimeZone() })}
        </p>
        <TextInput
          id="meeting-location"
          labelText={t('meetings.location')}
          value={location}
          onChange={(e) => setLocation(e.target.value)}
        />
        <TextArea
          id="meeting-call"
          labelText={t('meetings.callDetails')}
          rows={2}
          value={callDetails}
          onChange={(e) => setCallDetails(e.target.value)}
        />
        <fieldset className="cw-stack">
          <legend className="cds--label">{t('meetings.invitees')}</legend>
          {invitees.map((invitee, n) => (
            <div key={n} className="cw-row" data-testid="invitee-row">
              <TextInput
                id={`invitee-name-${n}`}
                labelText={`${t(`meetings.kind.${invitee.kind}`)}: ${t('meetings.name')}`}
                value={invitee.name}
                readOnly={invitee.kind === 'CLIENT'}
                onChange={(e) => change(n, { name: e.target.value })}
              />
              <TextInput
                id={`invitee-email-${n}`}
                type="email"
                labelText={t('meetings.email')}
                value={invitee.email}
                onChange={(e) => change(n, { email: e.target.value })}
              />
              <Select
                id={`invitee-language-${n}`}
                labelText={t('meetings.mailLanguage')}
                value={invitee.language}
                onChange={(e) => change(n, { language: e.target.value as LetterLanguage })}
              >
                {LANGUAGES.map((l) => (
                  <SelectItem key={l} value={l} text={t(`minutes.languageValue.${l}`)} />
                ))}
              </Select>
              <Checkbox
                id={`invitee-mail-${n}`}
                labelText={t('meetings.sendMail')}
                checked={invitee.receivesMail}
                onChange={(_e, { checked }) => change(n, { receivesMail: checked })}
              />
            </div>
          ))}
          <div>
            <Button
              kind="ghost"
              size="sm"
              onClick={() =>
                setInvitees([
                  ...invitees,
                  { kind: 'OTHER', name: '', email: '', receivesMail: true, language },
                ])
              }
            >
              {t('meetings.addInvitee')}
            </Button>
          </div>
        </fieldset>
      </Stack>
    </Modal>
  );
}
