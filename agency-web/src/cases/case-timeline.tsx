import { useFormat } from '@casework/web-kit';
import { useTranslation } from 'react-i18next';
import { type IntegratedCaseQuery } from '../gql/graphql.js';

type CaseHistoryEntry = NonNullable<IntegratedCaseQuery['integratedCase']>['history'][number];

/** The case's life cycle, oldest first: created, members, deliveries, closed, reopened (R4.7). */
export function CaseTimeline({ history }: { history: CaseHistoryEntry[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="cw-section" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="cds--type-heading-04">
        {t('casePage.timeline')}
      </h2>
      <ol className="cw-timeline">
        {history.map((h) => (
          <li key={h.id} data-testid="timeline-entry">
            <strong>{t(`enums.CaseEvent.${h.event}`)}</strong> · {format.dateTime(h.at)} · {h.by}
            {h.reason && ` · ${t('casePage.reason')}: ${h.reason}`}
            {h.detail && ` · ${h.detail}`}
          </li>
        ))}
      </ol>
    </section>
  );
}
