import { useFormat } from '../i18n/use-format.js';
import { LoadingState } from '../ui/states.js';
import {
  Accordion,
  AccordionItem,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  Tile,
} from '@carbon/react';
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
          <Table
            size="sm"
            aria-label={t('providerStatistics.chart.title')}
            data-testid="statistics-table"
          >
            <TableHead>
              <TableRow>
                <TableHeader scope="col">{t('providerStatistics.chart.month')}</TableHeader>
                <TableHeader scope="col">{t('providerStatistics.sent')}</TableHeader>
                <TableHeader scope="col">{t('providerStatistics.chart.positive')}</TableHeader>
                <TableHeader scope="col">{t('providerStatistics.chart.negative')}</TableHeader>
                <TableHeader scope="col">{t('providerStatistics.chart.unanswered')}</TableHeader>
                <TableHeader scope="col">{t('providerStatistics.median')}</TableHeader>
              </TableRow>
            </TableHead>
            <TableBody>
              {months.map((m) => (
                <TableRow key={m.from}>
                  <TableCell>{label(m)}</TableCell>
                  <TableCell>{format.number(m.sentCount)}</TableCell>
                  <TableCell>{format.number(m.positiveCount)}</TableCell>
                  <TableCell>{format.number(m.answeredCount - m.positiveCount)}</TableCell>
                  <TableCell>{format.number(m.unansweredCount)}</TableCell>
                  <TableCell>{hours(m.medianHoursToFirstResponse)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </AccordionItem>
      </Accordion>
    </Tile>
  );
}
