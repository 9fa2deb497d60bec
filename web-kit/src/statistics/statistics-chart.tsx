import {
  ChartTheme,
  ScaleTypes,
  StackedBarChart,
  TruncationTypes,
  type StackedBarChartOptions,
} from '@carbon/charts-react';
import '@carbon/charts-react/styles.css';
import { useFormat } from '../i18n/use-format.js';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type MonthFigures, useMonthLabel } from './statistics-months.js';

/**
 * Inquiries per month as stacked bars: answered "can deliver", "cannot deliver", unanswered
 * (R1.9). Loaded lazily: the chart library is large and only this page needs it. The same
 * figures are in the table beside it, which is what assistive technology should read.
 */
export function StatisticsChart({ months }: { months: MonthFigures[] }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const label = useMonthLabel();
  const data = useMemo(
    () =>
      months.flatMap((m) => [
        { group: t('providerStatistics.chart.positive'), key: label(m), value: m.positiveCount },
        {
          group: t('providerStatistics.chart.negative'),
          key: label(m),
          value: m.answeredCount - m.positiveCount,
        },
        {
          group: t('providerStatistics.chart.unanswered'),
          key: label(m),
          value: m.unansweredCount,
        },
      ]),
    [months, label, t],
  );
  // Whole inquiries only: below five, one tick per count (the default would show 0.2, 0.4, ...).
  const highest = Math.max(...months.map((m) => m.sentCount), 1);
  const ticks = highest < 5 ? { values: [...Array(highest + 1).keys()] } : {};
  // `ruler` is read by the library but missing from its option types. Its hover line is drawn as a
  // <g aria-label> without a role, which axe reports as a serious violation (a test that left the
  // pointer over the chart failed on it); each bar keeps its own tooltip.
  const options: StackedBarChartOptions & { ruler: { enabled: boolean } } = {
    ruler: { enabled: false },
    title: t('providerStatistics.chart.title'),
    accessibility: { svgAriaLabel: t('providerStatistics.chart.description') },
    axes: {
      left: {
        mapsTo: 'value',
        stacked: true,
        title: t('providerStatistics.chart.inquiries'),
        ticks,
      },
      bottom: {
        mapsTo: 'key',
        scaleType: ScaleTypes.LABELS,
        title: t('providerStatistics.chart.month'),
      },
    },
    locale: {
      code: i18n.resolvedLanguage ?? 'en',
      number: (value) => format.number(value),
      translations: {
        group: t('providerStatistics.chart.group'),
        total: t('providerStatistics.chart.total'),
      },
    },
    animations: false,
    toolbar: { enabled: false },
    legend: { clickable: false, truncation: { type: TruncationTypes.NONE } },
    // Blue, red and grey stay apart for the common colour-vision deficiencies; each keeps 3:1
    // contrast with the white background (WCAG 1.4.11). Legend, tooltips and table carry the words.
    color: {
      scale: {
        [t('providerStatistics.chart.positive')]: '#0f62fe',
        [t('providerStatistics.chart.negative')]: '#da1e28',
        [t('providerStatistics.chart.unanswered')]: '#8d8d8d',
      },
    },
    height: '320px',
    theme: ChartTheme.WHITE,
  };
  return (
    <div data-testid="statistics-chart">
      <StackedBarChart data={data} options={options} />
    </div>
  );
}
