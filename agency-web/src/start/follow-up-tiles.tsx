import { useFormat } from '@casework/web-kit';
import { useTranslation } from 'react-i18next';
import { type AgencyStartPageQuery } from '../gql/graphql.js';
import { StartTile } from './start-tile.js';

/** Shown per tile; the tile's count says how many there are in all. */
const FIRST = 5;

/**
 * The caseworker's follow-ups: actions assigned to them in meeting minutes (R3.2), soonest due
 * first with the overdue marked, and letters waiting to be printed (R2.5).
 */
export function FollowUpTiles({
  actions,
  letters,
}: {
  actions: AgencyStartPageQuery['myActions'];
  letters: AgencyStartPageQuery['printQueue'];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const today = new Date().toLocaleDateString('sv-SE');
  return (
    <>
      {actions && (
        <StartTile
          testId="tile-my-actions"
          title={t('start.myActions')}
          count={actions.length}
          empty={t('start.noActions')}
          rows={actions.slice(0, FIRST).map((a) => ({
            id: `${a.meetingId}-${a.id}`,
            to: `/meetings/${a.meetingId}/minutes`,
            label: `${a.what} (${a.meetingSubject})`,
            detail:
              a.dueOn < today
                ? t('start.overdue', { date: format.date(a.dueOn) })
                : t('start.due', { date: format.date(a.dueOn) }),
          }))}
        />
      )}
      {letters && (
        <StartTile
          testId="tile-print-queue"
          title={t('start.printQueue')}
          count={letters.length}
          empty={t('start.empty')}
          more={{ to: '/print-queue', label: t('start.all') }}
          rows={letters.slice(0, FIRST).map((l) => ({
            id: l.id,
            to: '/print-queue',
            label: `${l.subject} (${l.correspondentName})`,
            detail: format.dateTime(l.createdAt),
          }))}
        />
      )}
    </>
  );
}
