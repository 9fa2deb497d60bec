import { describeError } from '@casework/web-kit';
import { useTranslation } from 'react-i18next';

/**
 * Carbon `invalid` props from a REST refusal's fields (`name`, `scopes`, `expiresAt`, ...), which
 * the gateway's /auth routes name without GraphQL's `input.` prefix.
 */
export function useRestFieldErrors(error: unknown) {
  const { t } = useTranslation();
  const fields = error ? describeError(error, t).fields : [];
  return (field: string) => {
    const message = fields
      .filter((f) => f.field === field || f.field.startsWith(`${field}.`))
      .map((f) => f.message)
      .join(' ');
    return { invalid: Boolean(message), invalidText: message || undefined };
  };
}

/** A calendar date (YYYY-MM-DD) a number of days from today, for date inputs' defaults. */
export function dateInDays(days: number): string {
  return new Date(Date.now() + days * 24 * 60 * 60_000).toISOString().slice(0, 10);
}

/** The end of a calendar date in UTC, as the gateway's `expiresAt` (an ISO instant). */
export function endOfDay(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T23:59:59Z` : date;
}
