import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Dates and numbers formatted for the chosen language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const day = new Intl.DateTimeFormat(locale, { dateStyle: 'full' });
    const number = new Intl.NumberFormat(locale);
    return {
      dateTime: (value: string | Date) => dateTime.format(new Date(value)),
      /** A calendar date (YYYY-MM-DD) without a time zone shift. */
      date: (value: string) => date.format(new Date(`${value}T00:00:00Z`)),
      /** The day of an instant in the browser's zone (an agenda's days). */
      day: (value: string | Date) => day.format(new Date(value)),
      number: (value: number) => number.format(value),
    };
  }, [locale]);
}
