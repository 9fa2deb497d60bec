import { Entity, Enum, Property } from '@mikro-orm/decorators/legacy';
import { IsISO8601, IsOptional, Length, Matches, Min } from 'class-validator';
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { fieldError } from '../errors/errors.js';
import { CommunicationMethod } from './communication-method.js';
import { StoredRecord } from './record.js';
import { UnlessOmitted } from './validation.js';

/**
 * Communication exceptions (R2.7): a method that must not be used to contact a party (person or
 * provider) for a period. One model for every party: each subgraph extends the entity base with
 * the owner relation and names its GraphQL type; the rules below are shared.
 */
export enum CommunicationExceptionStatus {
  ACTIVE = 'ACTIVE',
  CANCELLED = 'CANCELLED',
}

registerEnumType(CommunicationExceptionStatus, {
  name: 'CommunicationExceptionStatus',
  description: 'A cancelled exception no longer forbids its method; it is kept for the record',
});

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
    throw fieldError('on', 'on must be a date as YYYY-MM-DD');
  return exceptedMethodsOn(exceptions, on ?? todayIso());
}

/** Refuses a period whose last day comes before its first (`prefix` names the input, e.g. `input`). */
export function checkExceptionPeriod(
  fromDate: string,
  toDate: string | null | undefined,
  prefix = 'input',
): void {
  if (toDate != null && toDate < fromDate) {
    throw fieldError(
      `${prefix}.toDate`,
      `toDate (${toDate}) must not be before fromDate (${fromDate})`,
    );
  }
}

/** Today in UTC as YYYY-MM-DD, the default date for `exceptedMethodsOn`. */
export const todayIso = (): string => new Date().toISOString().slice(0, 10);

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateMessage = (field: string) => `${field} must be a date as YYYY-MM-DD`;

/**
 * Stored columns and GraphQL fields of an exception. Subclass it with the owner relation:
 * `@Entity({ tableName: 'communication_exception' }) @ObjectType('CommunicationException')
 * class CommunicationException extends CommunicationExceptionRecord { @ManyToOne(() => Person) person }`
 * and list `CommunicationExceptionRecord` among the subgraph's entities (like `StoredRecord`).
 */
@Entity({ abstract: true })
@ObjectType({ description: 'A communication exception' })
export abstract class CommunicationExceptionRecord extends StoredRecord<'status'> {
  @Enum({ items: () => CommunicationMethod, nativeEnumName: 'communication_method' })
  @Field(() => CommunicationMethod, { description: 'The method that must not be used' })
  method!: CommunicationMethod;

  @Property({ type: 'string', length: 200 })
  @Field({ description: 'Why the method must not be used' })
  reason!: string;

  @Property({ type: 'date' })
  @Field({ description: 'First day the exception applies, YYYY-MM-DD' })
  fromDate!: string;

  @Property({ type: 'date', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Last day the exception applies (inclusive), YYYY-MM-DD; open-ended when null',
  })
  toDate?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  comments?: string | null;

  @Enum({
    items: () => CommunicationExceptionStatus,
    nativeEnumName: 'communication_exception_status',
  })
  @Field(() => CommunicationExceptionStatus)
  status: CommunicationExceptionStatus = CommunicationExceptionStatus.ACTIVE;

  @Property({ type: 'string', length: 200 })
  @Field({ description: 'Who recorded the exception' })
  createdBy!: string;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  cancelledAt?: Date | null;

  @Property({ type: 'string', length: 200, nullable: true })
  @Field(() => String, { nullable: true })
  cancelledBy?: string | null;
}

/** A new exception; `toDate` must not be before `fromDate` (checked with `checkExceptionPeriod`). */
@InputType({ description: 'A communication exception to record (R2.7)' })
export class CommunicationExceptionInput {
  @Field(() => CommunicationMethod)
  method!: CommunicationMethod;

  @Field()
  @Length(1, 200, { message: 'reason must be 1 to 200 characters' })
  reason!: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Matches(DATE, { message: dateMessage('fromDate') })
  @IsISO8601({ strict: true }, { message: dateMessage('fromDate') })
  fromDate!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, not before fromDate' })
  @IsOptional()
  @Matches(DATE, { message: dateMessage('toDate') })
  @IsISO8601({ strict: true }, { message: dateMessage('toDate') })
  toDate?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 2000)
  comments?: string | null;
}

@InputType({ description: 'Changes to an exception; omitted fields stay, null clears toDate' })
export class UpdateCommunicationExceptionInput {
  @Field(() => Int, { description: 'The version you edited (optimistic locking)' })
  @Min(1)
  version!: number;

  @Field(() => CommunicationMethod, { nullable: true })
  @UnlessOmitted()
  method?: CommunicationMethod;

  @Field(() => String, { nullable: true })
  @UnlessOmitted()
  @Length(1, 200, { message: 'reason must be 1 to 200 characters' })
  reason?: string;

  @Field(() => String, { nullable: true })
  @UnlessOmitted()
  @Matches(DATE, { message: dateMessage('fromDate') })
  @IsISO8601({ strict: true }, { message: dateMessage('fromDate') })
  fromDate?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DATE, { message: dateMessage('toDate') })
  @IsISO8601({ strict: true }, { message: dateMessage('toDate') })
  toDate?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 2000)
  comments?: string | null;
}

/** Applies an update to an active exception after checking the resulting period. */
export function applyExceptionUpdate(
  exception: CommunicationExceptionRecord,
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
    throw fieldError('id', 'the exception is cancelled; record a new one instead');
  }
  for (const [key, value] of Object.entries(changes)) {
    if (value !== undefined)
      Object.assign(exception, { [key]: typeof value === 'string' ? value.trim() : value });
  }
  if (exception.comments === '') exception.comments = null;
}

/** Cancels an active exception, keeping it on record; a second cancel is refused. */
export function cancelException(exception: CommunicationExceptionRecord, by: string): void {
  if (exception.status === CommunicationExceptionStatus.CANCELLED) {
    throw fieldError('id', 'the exception is already cancelled');
  }
  exception.status = CommunicationExceptionStatus.CANCELLED;
  exception.cancelledAt = new Date();
  exception.cancelledBy = by;
}
