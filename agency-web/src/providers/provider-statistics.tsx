import { LoadingState, useFormat } from '@casework/web-kit';
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
import { type ProviderQuery } from '../gql/graphql.js';
import { type MonthFigures, useMonthLabel } from './statistics-months.js';

type Figures = NonNullable<NonNullable<ProviderQuery['provider']>['statistics']>;

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
  statistics: Figures;
  months: MonthFigures[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useMonthLabel();
  const hours = (value: number | null | undefined) =>
    value === null || value === undefined
      ? t('providerPage.none')
      : t('providerPage.hours', { value: format.number(Math.round(value * 10) / 10) });
  const percent = (share: number | null | undefined) =>
    share === null || share === undefined
      ? t('providerPage.none')
      : t('providerPage.percent', { value: format.number(Math.round(share * 100)) });
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
        <dt>{t('providerPage.positive')}</dt>
        <dd data-testid="positive-share">{percent(statistics.positiveShare)}</dd>
        <dt>{t('providerPage.median')}</dt>
        <dd>{hours(statistics.medianHoursToFirstResponse)}</dd>
        <dt>{t('providerPage.average')}</dt>
        <dd>{hours(statistics.averageHoursToFirstResponse)}</dd>
      </dl>
      <div className="cw-section">
        <Suspense fallback={<LoadingState />}>
          <StatisticsChart months={months} />
        </Suspense>
      </div>
      <Accordion className="cw-section">
        <AccordionItem title={t('providerPage.chart.table')}>
          <Table
            size="sm"
            aria-label={t('providerPage.chart.title')}
            data-testid="statistics-table"
          >
            <TableHead>
              <TableRow>
                <TableHeader scope="col">{t('providerPage.chart.month')}</TableHeader>
                <TableHeader scope="col">{t('providerPage.sent')}</TableHeader>
                <TableHeader scope="col">{t('providerPage.chart.positive')}</TableHeader>
                <TableHeader scope="col">{t('providerPage.chart.negative')}</TableHeader>
                <TableHeader scope="col">{t('providerPage.chart.unanswered')}</TableHeader>
                <TableHeader scope="col">{t('providerPage.median')}</TableHeader>
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
