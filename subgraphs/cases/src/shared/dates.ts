import { IsISO8601, Matches } from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date input as YYYY-MM-DD (format and a real day). */
export function IsDate(field: string): PropertyDecorator {
  const message = `${field} must be a date as YYYY-MM-DD`;
  return (target, key) => {
    Matches(DATE, { message })(target, key);
    IsISO8601({ strict: true }, { message })(target, key);
  };
}

export const today = (): string => new Date().toISOString().slice(0, 10);
