import { CommunicationMethod, refuse } from '@casework/kit';
import {
  type CommunicationException,
  CommunicationExceptionStatus,
} from './communication-exception.entity.js';
import { type UpdateCommunicationExceptionInput } from './communication-exception.input.js';

/**
 * The rules of communication exceptions (R2.7), pure: whether one is in force on a date, which
 * methods are excepted, and how an exception may change. One model for persons and providers.
 */

/** What the rules need of an exception; entities and plain objects both fit. */
export interface CommunicationExceptionFacts {
  method: CommunicationMethod;
  status: CommunicationExceptionStatus;
  /** First day, YYYY-MM-DD. */
  fromDate: string;
  /** Last day (inclusive), YYYY-MM-DD; open-ended when absent. */
  toDate?: string | null;
}

/** Whether the exception forbids its method on `date` (YYYY-MM-DD): active and the date within [from, to]. */
export function isExceptionInForce(exception: CommunicationExceptionFacts, date: string): boolean {
  return (
    exception.status === CommunicationExceptionStatus.ACTIVE &&
    exception.fromDate <= date &&
    (exception.toDate == null || date <= exception.toDate)
  );
}

/** The methods that must not be used on `date` (YYYY-MM-DD), each once, in the enum's order. */
export function exceptedMethodsOn(
  exceptions: readonly CommunicationExceptionFacts[],
  date: string,
): CommunicationMethod[] {
  const excepted = new Set(
    exceptions.filter((e) => isExceptionInForce(e, date)).map((e) => e.method),
  );
  return Object.values(CommunicationMethod).filter((m) => excepted.has(m));
}

/**
 * `exceptedMethodsOn` for a GraphQL argument `on` (YYYY-MM-DD, default today), refusing a
 * malformed date by naming the argument.
 */
export function exceptedMethodsOnArgument(
  exceptions: readonly CommunicationExceptionFacts[],
  on: string | null | undefined,
): CommunicationMethod[] {
  if (on != null && !/^\d{4}-\d{2}-\d{2}$/.test(on))
    throw refuse('INVALID_DATE', { field: 'on', params: { property: 'on' } });
  return exceptedMethodsOn(exceptions, on ?? todayIso());
}

/** Refuses a period whose last day comes before its first (`prefix` names the input, e.g. `input`). */
export function checkExceptionPeriod(
  fromDate: string,
  toDate: string | null | undefined,
  prefix = 'input',
): void {
  if (toDate != null && toDate < fromDate) {
    throw refuse('PERIOD_ENDS_BEFORE_START', {
      field: `${prefix}.toDate`,
      params: { endField: 'toDate', end: toDate, startField: 'fromDate', start: fromDate },
    });
  }
}

/** Today in UTC as YYYY-MM-DD, the default date for `exceptedMethodsOn`. */
export const todayIso = (): string => new Date().toISOString().slice(0, 10);

/** The exceptions in force on `date` (YYYY-MM-DD), in the order given. */
export function exceptionsInForce<T extends CommunicationExceptionFacts>(
  exceptions: readonly T[],
  date: string,
): T[] {
  return exceptions.filter((e) => isExceptionInForce(e, date));
}

/** Applies an update to an active exception after checking the resulting period. */
export function applyExceptionUpdate(
  exception: CommunicationException,
  input: UpdateCommunicationExceptionInput,
): void {
  const changes: Partial<UpdateCommunicationExceptionInput> = { ...input };
  delete changes.version;
  const next = {
    fromDate: changes.fromDate ?? exception.fromDate,
    toDate: changes.toDate === undefined ? exception.toDate : changes.toDate,
  };
  checkExceptionPeriod(next.fromDate, next.toDate);
  if (exception.status === CommunicationExceptionStatus.CANCELLED) {
    throw refuse('EXCEPTION_CANCELLED', { field: 'id' });
  }
  for (const [key, value] of Object.entries(changes)) {
    if (value !== undefined)
      Object.assign(exception, { [key]: typeof value === 'string' ? value.trim() : value });
  }
  if (exception.comments === '') exception.comments = null;
}

/** Cancels an active exception, keeping it on record; a second cancel is refused. */
export function cancelException(exception: CommunicationException, by: string): void {
  if (exception.status === CommunicationExceptionStatus.CANCELLED) {
    throw refuse('EXCEPTION_ALREADY_CANCELLED', { field: 'id' });
  }
  exception.status = CommunicationExceptionStatus.CANCELLED;
  exception.cancelledAt = new Date();
  exception.cancelledBy = by;
}
