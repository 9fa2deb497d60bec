import { OptionalEmail } from '@casework/kit';
import {
  ArrayMaxSize,
  IsEmail,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { CaseKind } from '../case/case-kind.js';
import { LetterLanguage } from '../letter/letter-kinds.js';
import { Attendance } from './minutes-enums.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

@InputType({ description: 'General details of the meeting as the minutes record them' })
export class MinutesDetailsInput {
  @Field(() => String, { nullable: true, description: 'Date held, YYYY-MM-DD' })
  @IsOptional()
  @Matches(DATE, { message: 'heldOn must be a date YYYY-MM-DD' })
  heldOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Start time, HH:MM' })
  @IsOptional()
  @Matches(TIME, { message: 'startTime must be a time HH:MM' })
  startTime?: string | null;

  @Field(() => String, { nullable: true, description: 'End time, HH:MM' })
  @IsOptional()
  @Matches(TIME, { message: 'endTime must be a time HH:MM' })
  endTime?: string | null;

  @Field(() => String, { nullable: true, description: 'Where (at most 500 characters)' })
  @IsOptional()
  @MaxLength(500)
  location?: string | null;

  @Field(() => String, { nullable: true, description: 'Who chaired (at most 200 characters)' })
  @IsOptional()
  chair?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Who took the minutes (at most 200 characters)',
  })
  @IsOptional()
  minuteTaker?: string | null;
}

@InputType({ description: "One invitee's attendance" })
export class AttendanceInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'inviteeId must be the id of an invitee' })
  inviteeId!: string;

  @Field(() => Attendance)
  attendance!: Attendance;
}

@InputType({ description: 'Someone who attended without an invitation' })
export class UninvitedAttendeeInput {
  @Field({ description: 'Name (1 to 200 characters)' })
  @Length(1, 200)
  name!: string;

  @Field(() => String, { nullable: true, description: 'Email address (at most 254 characters)' })
  @OptionalEmail()
  email?: string | null;
}

@InputType({ description: 'An action agreed in the meeting; assignee and due date are required' })
export class MinutesActionInput {
  @Field(() => ID, { nullable: true, description: 'Keep the id of an action saved before' })
  @IsOptional()
  @IsUUID(undefined, { message: 'id must be the id of an action' })
  id?: string | null;

  @Field({ description: 'What is to be done (1 to 2000 characters)' })
  @Length(1, 2000)
  what!: string;

  @Field(() => String, { nullable: true, description: 'Who does it (at most 200 characters)' })
  @IsOptional()
  assigneeName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Account id when the assignee is agency staff (at most 100 characters)',
  })
  @IsOptional()
  @MaxLength(100)
  assigneeAccountId?: string | null;

  @Field(() => String, { nullable: true, description: 'Due date, YYYY-MM-DD' })
  @IsOptional()
  @Matches(DATE, { message: 'dueOn must be a date YYYY-MM-DD' })
  dueOn?: string | null;
}

@InputType({ description: 'A case discussed in the meeting' })
export class DiscussedCaseInput {
  @Field(() => CaseKind)
  caseType!: CaseKind;

  @Field(() => ID)
  @IsUUID(undefined, { message: 'caseId must be the id of a case' })
  caseId!: string;
}

/**
 * One wizard step saved as a draft (R3.2): only the parts given are replaced, so each step saves
 * on its own and a caseworker can leave and come back.
 */
@InputType({ description: 'Saves one or more steps of the minutes wizard as a draft' })
export class MinutesDraftInput {
  @Field(() => Int, { description: 'The version you saw (optimistic locking)' })
  @Min(1)
  version!: number;

  @Field(() => Int, { nullable: true, description: 'The wizard step saved (0-based)' })
  @IsOptional()
  @Min(0)
  step?: number | null;

  @Field(() => MinutesDetailsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  details?: MinutesDetailsInput | null;

  @Field(() => String, { nullable: true, description: 'Notes (at most 20000 characters)' })
  @IsOptional()
  notes?: string | null;

  @Field(() => String, { nullable: true, description: 'Decisions (at most 20000 characters)' })
  @IsOptional()
  decisions?: string | null;

  @Field(() => [AttendanceInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  attendance?: AttendanceInput[] | null;

  @Field(() => [UninvitedAttendeeInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  uninvited?: UninvitedAttendeeInput[] | null;

  @Field(() => [MinutesActionInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  actions?: MinutesActionInput[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'The files of the minutes: ids kept, and new uploads (purpose MEETING_MINUTES)',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID(undefined, { each: true, message: 'fileIds must be ids of files' })
  fileIds?: string[] | null;

  @Field(() => [DiscussedCaseInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  cases?: DiscussedCaseInput[] | null;
}

@InputType({ description: 'The version you saw (optimistic locking)' })
export class MinutesVersionInput {
  @Field(() => Int)
  @Min(1)
  version!: number;
}

@InputType({ description: 'Starts a correction of finalised minutes: a new version' })
export class CorrectMinutesInput {
  @Field(() => Int, { description: 'The version you saw (optimistic locking)' })
  @Min(1)
  version!: number;

  @Field({ description: 'Why the minutes are corrected (1 to 2000 characters)' })
  @Length(1, 2000)
  reason!: string;
}

@InputType({ description: 'Another person who receives the minutes' })
export class InterestedPersonInput {
  @Field({ description: 'Name (1 to 200 characters)' })
  @Length(1, 200)
  name!: string;

  @Field({ description: 'Email address (at most 254 characters)' })
  @IsEmail({}, { message: 'email must be an email address' })
  email!: string;
}

@InputType({ description: 'Mails finalised minutes as a PDF (R3.2)' })
export class IssueMinutesInput {
  @Field(() => Int, { description: 'The version you saw (optimistic locking)' })
  @Min(1)
  version!: number;

  @Field(() => LetterLanguage, { defaultValue: LetterLanguage.EN })
  language!: LetterLanguage;

  @Field(() => [InterestedPersonInput], {
    defaultValue: [],
    description: 'Other interested people chosen by the caseworker',
  })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  interested!: InterestedPersonInput[];
}
