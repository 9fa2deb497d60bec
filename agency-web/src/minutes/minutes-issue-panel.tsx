import { ErrorNotice, useFormat } from '@casework/web-kit';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  Select,
  SelectItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  Tag,
  TextInput,
} from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type LetterLanguage, type MinutesFieldsFragment } from '../gql/graphql.js';
import {
  IssueMinutes,
  MeetingMinutesQuery,
  MINUTES_QUERIES,
  RetryMinutesDelivery,
} from './minutes-documents.js';

const LANGUAGES: LetterLanguage[] = ['EN', 'DE', 'IT'];
const STATUS_TAG = { SENT: 'green', FAILED: 'red' } as const;

/**
 * Issues final minutes by email (R3.2): attendees and invitees who declined get them, plus the
 * interested people added here; the table shows who was sent what, when, and failed mails.
 */
export function MinutesIssuePanel({
  meetingId,
  minutes,
}: {
  meetingId: string;
  minutes: MinutesFieldsFragment;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [language, setLanguage] = useState<LetterLanguage>(
    (i18n.resolvedLanguage?.toUpperCase() as LetterLanguage) ?? 'EN',
  );
  const [interested, setInterested] = useState<{ name: string; email: string }[]>([]);
  const refetch = { refetchQueries: MINUTES_QUERIES, awaitRefetchQueries: true };
  const [issue, issued] = useMutation(IssueMinutes, refetch);
  const [retry, retried] = useMutation(RetryMinutesDelivery, refetch);
  // While mails are on their way, the page follows the mail job (sent, or failed and retried).
  const sending = minutes.deliveries.some((d) => d.status === 'SENDING');
  useQuery(MeetingMinutesQuery, {
    variables: { id: meetingId },
    pollInterval: sending ? 2000 : 0,
    skip: !sending,
  });
  const set = (n: number, patch: Partial<{ name: string; email: string }>) =>
    setInterested(interested.map((p, k) => (k === n ? { ...p, ...patch } : p)));
  return (
    <section className="cw-section" aria-labelledby="minutes-issue-heading">
      <h2 id="minutes-issue-heading" className="cds--type-heading-03">
        {t('minutes.issueTitle')}
      </h2>
      <Stack gap={5}>
        <p>{t('minutes.issueHelp')}</p>
        <Select
          id="minutes-language"
          labelText={t('minutes.language')}
          value={LANGUAGES.includes(language) ? language : 'EN'}
          onChange={(e) => setLanguage(e.target.value as LetterLanguage)}
        >
          {LANGUAGES.map((l) => (
            <SelectItem key={l} value={l} text={t(`minutes.languageValue.${l}`)} />
          ))}
        </Select>
        {interested.map((p, n) => (
          <div key={n} className="cw-row">
            <TextInput
              id={`interested-name-${n}`}
              labelText={t('minutes.interestedName', { n: n + 1 })}
              value={p.name}
              maxLength={200}
              onChange={(e) => set(n, { name: e.target.value })}
            />
            <TextInput
              id={`interested-email-${n}`}
              type="email"
              labelText={t('minutes.interestedEmail', { n: n + 1 })}
              value={p.email}
              maxLength={254}
              onChange={(e) => set(n, { email: e.target.value })}
            />
          </div>
        ))}
        <div className="cw-row">
          <Button
            id="minutes-add-interested"
            kind="tertiary"
            size="sm"
            onClick={() => setInterested([...interested, { name: '', email: '' }])}
          >
            {t('minutes.addInterested')}
          </Button>
          <Button
            id="minutes-issue"
            disabled={issued.loading}
            onClick={() =>
              void issue({
                variables: {
                  id: minutes.id,
                  input: {
                    version: minutes.version,
                    language: LANGUAGES.includes(language) ? language : 'EN',
                    interested: interested.filter((p) => p.name.trim() || p.email.trim()),
                  },
                },
              }).then(
                () => setInterested([]),
                () => undefined,
              )
            }
          >
            {t('minutes.issue')}
          </Button>
        </div>
        {(issued.error ?? retried.error) && <ErrorNotice error={issued.error ?? retried.error} />}
        {minutes.deliveries.length > 0 && (
          <Table aria-label={t('minutes.deliveries')} size="sm">
            <TableHead>
              <TableRow>
                <TableHeader>{t('minutes.recipient')}</TableHeader>
                <TableHeader>{t('minutes.reason')}</TableHeader>
                <TableHeader>{t('minutes.deliveryStatus')}</TableHeader>
                <TableHeader>{t('minutes.sentAt')}</TableHeader>
                <TableHeader>{t('minutes.actionsColumn')}</TableHeader>
              </TableRow>
            </TableHead>
            <TableBody>
              {minutes.deliveries.map((d) => (
                <TableRow key={d.id} data-testid="minutes-delivery">
                  <TableCell>
                    {d.name} · {d.email}
                  </TableCell>
                  <TableCell>{t(`minutes.reasonValue.${d.reason}`)}</TableCell>
                  <TableCell>
                    <Tag
                      type={
                        d.status === 'SENT' || d.status === 'FAILED' ? STATUS_TAG[d.status] : 'blue'
                      }
                    >
                      {t(
                        `minutes.deliveryValue.${d.status === 'SENT' || d.status === 'FAILED' ? d.status : 'SENDING'}`,
                      )}
                    </Tag>
                    {d.lastError && ` ${d.lastError}`}
                  </TableCell>
                  <TableCell>{d.sentAt ? format.dateTime(d.sentAt) : '—'}</TableCell>
                  <TableCell>
                    {d.status === 'FAILED' && (
                      <Button
                        kind="ghost"
                        size="sm"
                        onClick={() =>
                          void retry({ variables: { deliveryId: d.id } }).catch(() => undefined)
                        }
                      >
                        {t('minutes.retry', { name: d.name })}
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Stack>
    </section>
  );
}
