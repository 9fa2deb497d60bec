import { ErrorNotice, LoadingState, notificationText, useAuth, useFormat } from '@casework/web-kit';
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { Button } from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type AgencyStartPageQuery } from '../gql/graphql.js';
import { FollowUpTiles } from './follow-up-tiles.js';
import { StartTile } from './start-tile.js';
import {
  MarkNewsSeen,
  StartDeskActivity,
  StartInquiryActivity,
  StartNotificationAdded,
  StartPageQuery,
} from './start-query.js';

type DeskQueue = NonNullable<AgencyStartPageQuery['deskNew']>;

const DAY = 24 * 60 * 60 * 1000;

/** Monday 00:00 of this week and of the next, in the browser's time zone (the agenda's week). */
function thisWeek(): { weekFrom: string; weekTo: string } {
  const from = new Date();
  from.setHours(0, 0, 0, 0);
  from.setDate(from.getDate() - ((from.getDay() + 6) % 7));
  const to = new Date(from);
  to.setDate(to.getDate() + 7);
  return { weekFrom: from.toISOString(), weekTo: to.toISOString() };
}
/** Notification links are gateway paths (/agency/...); the router works below its basename. */
const appPath = (link: string) => link.replace(/^\/agency(?=\/)/, '');

/**
 * What waits for the signed-in member of staff (issue 16), by role: caseworker tiles (also for
 * supervisors), applications to decide, support desk queues, administration. One query; live
 * events refetch it (R6.1).
 */
export function StartPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { user, can } = useAuth();
  const roles = {
    caseworker: can('inquiry:write'),
    decide: can('application:decide'),
    desk: can('admin-request:handle'),
    admin: can('portal-account:manage'),
    letters: can('communication:write'),
  };
  const [week] = useState(thisWeek);
  const { data, previousData, error, refetch } = useQuery(StartPageQuery, {
    variables: { ...roles, ...week },
  });
  const refresh = () => void refetch();
  useSubscription(StartInquiryActivity, { skip: !roles.caseworker, onData: refresh });
  useSubscription(StartNotificationAdded, { onData: refresh });
  useSubscription(StartDeskActivity, { skip: !roles.desk, onData: refresh });
  const [markSeen, marking] = useMutation(MarkNewsSeen, { onCompleted: refresh });
  const start = data ?? previousData;
  const now = Date.now();
  const desk = (queue: DeskQueue | null | undefined, key: string, title: string) =>
    queue && (
      <StartTile
        testId={`tile-${key}`}
        title={title}
        count={queue.totalCount}
        empty={t('start.empty')}
        more={{ to: '/support', label: t('start.all') }}
        rows={queue.nodes.map((r) => ({
          id: r.id,
          to: `/support/requests/${r.id}`,
          label: `${r.reference} ${r.subject}`,
          detail: format.date(r.createdAt),
        }))}
      />
    );
  return (
    <div className="cw-page">
      <div className="cw-page__header">
        <h1 className="cw-page__title cds--type-heading-05">
          {t('start.title', { name: user?.name ?? '' })}
        </h1>
      </div>
      {error && <ErrorNotice error={error} />}
      {!start && !error && <LoadingState />}
      {start && (
        <div className="cw-tiles">
          {start.waitingInquiries && (
            <StartTile
              testId="tile-waiting-inquiries"
              title={t('start.waitingInquiries')}
              count={start.waitingInquiries.totalCount}
              empty={t('start.empty')}
              more={{ to: '/inquiries', label: t('start.all') }}
              rows={start.waitingInquiries.nodes.map((i) => ({
                id: i.id,
                to: `/inquiries/${i.id}`,
                label: `${i.reference} ${i.provider.name}`,
                detail: t(`inquiry.status.${i.status}`),
              }))}
            />
          )}
          {start.myInquiryNews && (
            <StartTile
              testId="tile-inquiry-news"
              title={t('start.inquiryNews')}
              count={start.myInquiryNews.answeredCount}
              empty={
                start.myInquiryNews.lookedAt
                  ? t('start.nothingSince', {
                      time: format.dateTime(start.myInquiryNews.lookedAt),
                    })
                  : t('start.empty')
              }
              rows={start.myInquiryNews.answered.map((i) => ({
                id: i.id,
                to: `/inquiries/${i.id}`,
                label: `${i.reference} ${i.provider.name}`,
                detail: t(`inquiry.status.${i.status}`),
              }))}
              action={
                start.myInquiryNews.answeredCount > 0 && (
                  <Button
                    kind="tertiary"
                    size="sm"
                    disabled={marking.loading}
                    onClick={() => void markSeen()}
                  >
                    {t('start.markSeen')}
                  </Button>
                )
              }
            />
          )}
          {start.weekMeetings && (
            <StartTile
              testId="tile-week-meetings"
              title={t('start.weekMeetings')}
              count={start.weekMeetings.filter((m) => m.status !== 'CANCELLED').length}
              empty={t('start.noMeetings')}
              more={{ to: '/agenda', label: t('start.agenda') }}
              rows={start.weekMeetings
                .filter((m) => m.status !== 'CANCELLED')
                .slice(0, 5)
                .map((m) => ({
                  id: m.id,
                  to:
                    m.caseType === 'APPLICATION_CASE'
                      ? `/applications/${m.caseId}`
                      : `/cases/${m.caseId}`,
                  label: m.subject,
                  detail: format.dateTime(m.startsAt),
                }))}
            />
          )}
          {start.toDecide && (
            <StartTile
              testId="tile-to-decide"
              title={t('start.toDecide')}
              count={start.toDecide.totalCount}
              empty={t('start.empty')}
              rows={start.toDecide.nodes.map((a) => ({
                id: a.id,
                to: `/applications/${a.id}`,
                label: `${a.reference} ${a.clients.map((c) => c.name).join(', ')}`,
                detail: t('start.age', {
                  count: Math.max(0, Math.floor((now - new Date(a.createdAt).getTime()) / DAY)),
                }),
              }))}
            />
          )}
          {start.myCases && (
            <StartTile
              testId="tile-my-cases"
              title={t('start.myCases')}
              count={start.myCases.totalCount}
              empty={t('start.empty')}
              more={{ to: '/cases', label: t('start.all') }}
              rows={start.myCases.nodes.map((c) => ({
                id: c.id,
                to: `/cases/${c.id}`,
                label: `${c.reference} ${c.primaryClient.name}`,
              }))}
            />
          )}
          {start.myApplications && (
            <StartTile
              testId="tile-my-applications"
              title={t('start.myApplications')}
              count={start.myApplications.totalCount}
              empty={t('start.empty')}
              rows={start.myApplications.nodes.map((a) => ({
                id: a.id,
                to: `/applications/${a.id}`,
                label: `${a.reference} ${a.clients.map((c) => c.name).join(', ')}`,
                detail: t(`enums.ApplicationStatus.${a.status}`),
              }))}
            />
          )}
          <FollowUpTiles actions={start.myActions} letters={start.printQueue} />
          {start.unread && (
            <StartTile
              testId="tile-unread"
              title={t('start.unread')}
              count={start.unread.totalCount}
              empty={t('start.empty')}
              rows={start.unread.nodes.map((n) => ({
                id: n.id,
                to: appPath(n.link),
                label: notificationText(t, n).title,
                detail: format.dateTime(n.createdAt),
              }))}
            />
          )}
          {desk(start.deskNew, 'desk-new', t('start.deskNew'))}
          {desk(start.deskMine, 'desk-mine', t('start.deskMine'))}
          {desk(start.deskWaiting, 'desk-waiting', t('start.deskWaiting'))}
          {start.invitations && (
            <StartTile
              testId="tile-invitations"
              title={t('start.invitations')}
              count={start.invitations.totalCount}
              empty={t('start.empty')}
              rows={start.invitations.nodes.map((a) => ({
                id: a.id,
                to: `/providers/${a.provider.id}`,
                label: `${a.name} (${a.provider.name})`,
                detail: format.date(a.createdAt),
              }))}
            />
          )}
          {can('case:configure') && (
            <StartTile
              testId="tile-configuration"
              title={t('start.configuration')}
              count={3}
              empty=""
              rows={[
                { id: 'config', to: '/configuration', label: t('nav.configuration') },
                { id: 'categories', to: '/support/categories', label: t('start.categories') },
                { id: 'providers', to: '/providers', label: t('nav.providers') },
              ]}
            />
          )}
        </div>
      )}
      {start && !roles.caseworker && !roles.desk && !roles.admin && (
        <p className="cw-section">
          <Link to="/providers">{t('nav.providers')}</Link>
        </p>
      )}
    </div>
  );
}
