import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type ProviderQuery } from '../gql/graphql.js';

/** One entry of Provider.statisticsByMonth: a calendar month (UTC), clipped to the period. */
export type MonthFigures = NonNullable<
  NonNullable<ProviderQuery['provider']>['statisticsByMonth']
>[number];

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
