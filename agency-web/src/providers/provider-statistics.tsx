import { useFormat } from '@casework/web-kit';
import { ProgressBar, Tile } from '@carbon/react';
import { useTranslation } from 'react-i18next';
import { type ProviderQuery } from '../gql/graphql.js';

type Figures = NonNullable<NonNullable<ProviderQuery['provider']>['statistics']>;

/** A provider's answer statistics (R1.9) as figures and bars: answered share and positive share. */
export function ProviderStatistics({ statistics }: { statistics: Figures }) {
  const { t } = useTranslation();
  const format = useFormat();
  const hours = (value: number | null | undefined) =>
    value === null || value === undefined
      ? t('providerPage.none')
      : t('providerPage.hours', { value: format.number(Math.round(value * 10) / 10) });
  const share = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 100) : 0);
  return (
    <Tile className="cw-section" data-testid="provider-statistics">
      <h2 className="cds--type-heading-03">{t('providerPage.statistics')}</h2>
      <dl className="cw-details">
        <dt>{t('providerPage.sent')}</dt>
        <dd>{format.number(statistics.sentCount)}</dd>
        <dt>{t('providerPage.answered')}</dt>
        <dd>{format.number(statistics.answeredCount)}</dd>
        <dt>{t('providerPage.unanswered')}</dt>
        <dd>{format.number(statistics.unansweredCount)}</dd>
        <dt>{t('providerPage.median')}</dt>
        <dd>{hours(statistics.medianHoursToFirstResponse)}</dd>
        <dt>{t('providerPage.average')}</dt>
        <dd>{hours(statistics.averageHoursToFirstResponse)}</dd>
      </dl>
      <div className="cw-stack cw-section">
        <ProgressBar
          label={`${t('providerPage.answered')}: ${share(statistics.answeredCount, statistics.sentCount)} %`}
          value={share(statistics.answeredCount, statistics.sentCount)}
          max={100}
        />
        <ProgressBar
          label={`${t('providerPage.positive')}: ${share(statistics.positiveCount, statistics.answeredCount)} %`}
          value={share(statistics.positiveCount, statistics.answeredCount)}
          max={100}
        />
      </div>
    </Tile>
  );
}
