import { useFormat } from '../i18n/use-format.js';
import { type Column, DataTable } from '../ui/data-table.js';
import { LoadingState } from '../ui/states.js';
import { Accordion, AccordionItem, Tile } from '@carbon/react';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { type MonthFigures, type StatisticsFigures, useMonthLabel } from './statistics-months.js';

const StatisticsChart = lazy(() =>
  import('./statistics-chart.js').then((m) => ({ default: m.StatisticsChart })),
);

/**
 * A provider's answer statistics (R1.9): the period's figures, a chart of the inquiries per month
 * (can deliver, cannot deliver, unanswered) and the same monthly figures as a table.
 */
export function ProviderStatistics({
  statistics,
  months,
}: {
  statistics: StatisticsFigures;
  months: MonthFigures[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useMonthLabel();
  const hours = (value: number | null | undefined) =>
    value === null || value === undefined
      ? t('providerStatistics.none')
      : t('providerStatistics.hours', { value: format.number(Math.round(value * 10) / 10) });
  const percent = (share: number | null | undefined) =>
    share === null || share === undefined
      ? t('providerStatistics.none')
      : t('providerStatistics.percent', { value: format.number(Math.round(share * 100)) });
  const columns: Column<MonthFigures & { id: string }>[] = [
    { key: 'month', header: t('providerStatistics.chart.month'), cell: (m) => label(m) },
    { key: 'sent', header: t('providerStatistics.sent'), cell: (m) => format.number(m.sentCount) },
    {
      key: 'positive',
      header: t('providerStatistics.chart.positive'),
      cell: (m) => format.number(m.positiveCount),
    },
    {
      key: 'negative',
      header: t('providerStatistics.chart.negative'),
      cell: (m) => format.number(m.answeredCount - m.positiveCount),
    },
    {
      key: 'unanswered',
      header: t('providerStatistics.chart.unanswered'),
      cell: (m) => format.number(m.unansweredCount),
    },
    {
      key: 'median',
      header: t('providerStatistics.median'),
      cell: (m) => hours(m.medianHoursToFirstResponse),
    },
  ];
  return (
    <Tile className="cw-section" data-testid="provider-statistics">
      <h2 className="cds--type-heading-03">{t('providerStatistics.statistics')}</h2>
      <dl className="cw-details">
        <dt>{t('providerStatistics.sent')}</dt>
        <dd>{format.number(statistics.sentCount)}</dd>
        <dt>{t('providerStatistics.answered')}</dt>
        <dd>{format.number(statistics.answeredCount)}</dd>
        <dt>{t('providerStatistics.unanswered')}</dt>
        <dd>{format.number(statistics.unansweredCount)}</dd>
        <dt>{t('providerStatistics.positive')}</dt>
        <dd data-testid="positive-share">{percent(statistics.positiveShare)}</dd>
        <dt>{t('providerStatistics.median')}</dt>
        <dd>{hours(statistics.medianHoursToFirstResponse)}</dd>
        <dt>{t('providerStatistics.average')}</dt>
        <dd>{hours(statistics.averageHoursToFirstResponse)}</dd>
      </dl>
      <div className="cw-section">
        <Suspense fallback={<LoadingState />}>
          <StatisticsChart months={months} />
        </Suspense>
      </div>
      <Accordion className="cw-section">
        <AccordionItem title={t('providerStatistics.chart.table')}>
          <DataTable
            columns={columns}
            rows={months.map((m) => ({ ...m, id: m.from }))}
            label={t('providerStatistics.chart.title')}
            size="sm"
            testId="statistics-table"
          />
        </AccordionItem>
      </Accordion>
    </Tile>
  );
}
