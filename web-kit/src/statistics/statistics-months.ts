import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** The R1.9 figures of a period, as `Provider.statistics` returns them. */
export interface StatisticsFigures {
  sentCount: number;
  answeredCount: number;
  unansweredCount: number;
  positiveCount: number;
  positiveShare?: number | null;
  averageHoursToFirstResponse?: number | null;
  medianHoursToFirstResponse?: number | null;
}

/** One entry of Provider.statisticsByMonth: a calendar month (UTC), clipped to the period. */
export interface MonthFigures extends StatisticsFigures {
  /** First instant of the entry (ISO), the month's start or the period's. */
  from: string;
  to: string;
}

/** "Nov 2025" in the chosen language; the month is the UTC calendar month the entry starts in. */
export function useMonthLabel(): (month: MonthFigures) => string {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  const formatter = useMemo(
    () => new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }),
    [locale],
  );
  return useCallback((month: MonthFigures) => formatter.format(new Date(month.from)), [formatter]);
}
