import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Dates and numbers formatted for a language. A value that is not a date is shown as it came:
 * formatting must never throw, since a throw while rendering would blank the whole page.
 */
export function createFormat(locale: string) {
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const calendarDate = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const instantDate = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'full' });
  const number = new Intl.NumberFormat(locale);
  const safely = (formatter: Intl.DateTimeFormat, value: string | Date, shown = value) => {
    const parsed = new Date(value);
    return Number.isNaN(parsed.getTime()) ? String(shown) : formatter.format(parsed);
  };
  return {
    dateTime: (value: string | Date) => safely(dateTime, value),
    /**
     * A calendar date (YYYY-MM-DD) without a time zone shift, or the day of an instant (such as a
     * createdAt) in the browser's zone.
     */
    date: (value: string | Date) =>
      typeof value === 'string' && CALENDAR_DATE.test(value)
        ? safely(calendarDate, `${value}T00:00:00Z`, value)
        : safely(instantDate, value),
    /** The day of an instant in the browser's zone (an agenda's days). */
    day: (value: string | Date) => safely(day, value),
    number: (value: number) => number.format(value),
  };
}

/** {@link createFormat} for the chosen language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  return useMemo(() => createFormat(locale), [locale]);
}
