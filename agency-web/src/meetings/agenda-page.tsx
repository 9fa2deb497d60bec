import { EmptyState, ErrorNotice, LoadingState, useFormat } from '@casework/web-kit';
import { useQuery } from '@apollo/client/react';
import { Button, ContentSwitcher, Switch } from '@carbon/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../gql/index.js';
import { MeetingCard } from './meeting-card.js';

const MyMeetings = graphql(`
  query MyMeetings($from: DateTimeISO!, $to: DateTimeISO!) {
    myMeetings(from: $from, to: $to) {
      ...MeetingFields
    }
  }
`);

type View = 'day' | 'week';

/** Monday 00:00 (local) of the week of a day, or the day's start. */
function periodStart(day: Date, view: View): Date {
  const start = new Date(day);
  start.setHours(0, 0, 0, 0);
  if (view === 'week') start.setDate(start.getDate() - ((start.getDay() + 6) % 7));
  return start;
}

/** A caseworker's agenda (R3.1): their meetings by day or week, grouped by day. */
export function AgendaPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [view, setView] = useState<View>('week');
  const [anchor, setAnchor] = useState(() => new Date());
  const from = useMemo(() => periodStart(anchor, view), [anchor, view]);
  const to = useMemo(() => {
    const end = new Date(from);
    end.setDate(end.getDate() + (view === 'week' ? 7 : 1));
    return end;
  }, [from, view]);
  const { data, loading, error } = useQuery(MyMeetings, {
    variables: { from: from.toISOString(), to: to.toISOString() },
  });
  const step = (direction: number) => {
    const next = new Date(from);
    next.setDate(next.getDate() + direction * (view === 'week' ? 7 : 1));
    setAnchor(next);
  };
  const meetings = data?.myMeetings;
  const days = new Map<string, NonNullable<typeof meetings>>();
  for (const m of meetings ?? []) {
    const day = format.day(m.startsAt);
    days.set(day, [...(days.get(day) ?? []), m]);
  }

  return (
    <div className="cw-page">
      <div className="cw-page__header">
        <h1 className="cw-page__title cds--type-heading-05">{t('meetings.agenda')}</h1>
      </div>
      <div className="cw-row">
        <ContentSwitcher
          size="sm"
          selectedIndex={view === 'day' ? 0 : 1}
          onChange={({ name }) => setView(name === 'day' ? 'day' : 'week')}
          aria-label={t('meetings.view')}
        >
          <Switch name="day" text={t('meetings.day')} />
          <Switch name="week" text={t('meetings.week')} />
        </ContentSwitcher>
        <Button kind="ghost" size="sm" onClick={() => step(-1)}>
          {t('meetings.previous')}
        </Button>
        <Button kind="ghost" size="sm" onClick={() => setAnchor(new Date())}>
          {t('meetings.today')}
        </Button>
        <Button kind="ghost" size="sm" onClick={() => step(1)}>
          {t('meetings.next')}
        </Button>
      </div>
      <p>
        {format.day(from)} – {format.day(new Date(to.getTime() - 1))}
      </p>
      {error && <ErrorNotice error={error} />}
      {loading && !meetings && <LoadingState />}
      {meetings && meetings.length === 0 && <EmptyState title={t('meetings.noneInPeriod')} />}
      {[...days.entries()].map(([day, list]) => (
        <section key={day} className="cw-section" aria-label={day}>
          <h2 className="cds--type-heading-03">{day}</h2>
          <ul className="cw-stack">
            {list.map((m) => (
              <li key={m.id}>
                <MeetingCard meeting={m} canWrite={false} />
                <Link
                  to={
                    m.caseType === 'APPLICATION_CASE'
                      ? `/applications/${m.caseId}`
                      : `/cases/${m.caseId}`
                  }
                >
                  {t('meetings.openCase')}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
