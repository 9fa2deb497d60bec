import { CommunicationMethod, UnlessOmitted } from '@casework/kit';
import { IsISO8601, IsOptional, Length, Matches, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateMessage = (field: string) => `${field} must be a date as YYYY-MM-DD`;

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
