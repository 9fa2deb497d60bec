import { OptionalEmail, UnlessOmitted } from '@casework/kit';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsOptional,
  IsUUID,
  Length,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { CaseKind } from '../case/case-kind.js';
import { LetterLanguage } from '../letter/letter-kinds.js';
import { InvitationResponse, InviteeKind } from './meeting-enums.js';

@InputType({ description: 'Someone to invite: a client, a colleague or another person' })
export class MeetingInviteeInput {
  @Field(() => InviteeKind)
  kind!: InviteeKind;

  @Field(() => ID, { nullable: true, description: 'Required for CLIENT: the Person' })
  @IsOptional()
  @IsUUID(undefined, { message: 'personId must be the id of a person' })
  personId?: string | null;

  @Field(() => String, { nullable: true, description: 'Required for STAFF: the account id' })
  @IsOptional()
  @Length(1, 100, { message: 'accountId must be 1 to 100 characters' })
  accountId?: string | null;

  @Field({ description: 'Name as shown in the invitation (1 to 200 characters)' })
  @Length(1, 200, { message: 'name must be 1 to 200 characters' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Email address (at most 200 characters)' })
  @OptionalEmail()
  email?: string | null;

  @Field({ defaultValue: true, description: 'Mail the invitation, updates and cancellation' })
  receivesMail!: boolean;

  @Field(() => LetterLanguage, {
    nullable: true,
    description:
      "The language of their mails, calendar entry and answer page; English when not given (the letters' fallback)",
  })
  @IsOptional()
  language?: LetterLanguage | null;
}

@InputType({ description: 'A new meeting on an application or integrated case (R3.1)' })
export class ScheduleMeetingInput {
  @Field(() => CaseKind)
  caseType!: CaseKind;

  @Field(() => ID)
  @IsUUID(undefined, { message: 'caseId must be the id of a case' })
  caseId!: string;

  @Field({ description: 'What the meeting is about (1 to 200 characters)' })
  @Length(1, 200, { message: 'subject must be 1 to 200 characters' })
  subject!: string;

  @Field({ description: 'Start, with its offset (ISO 8601); must be in the future' })
  startsAt!: Date;

  @Field({ description: 'End, after the start' })
  endsAt!: Date;

  @Field({ description: 'IANA time zone, such as Europe/Rome (at most 100 characters)' })
  @Length(1, 100, { message: 'timeZone must be 1 to 100 characters' })
  timeZone!: string;

  @Field(() => String, { nullable: true, description: 'Where (at most 500 characters)' })
  @IsOptional()
  @MaxLength(500, { message: 'location must be at most 500 characters' })
  location?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Phone or video call details (at most 2000 characters)',
  })
  @IsOptional()
  @MaxLength(2000, { message: 'callDetails must be at most 2000 characters' })
  callDetails?: string | null;

  @Field(() => [MeetingInviteeInput])
  @ArrayMinSize(1, { message: 'invitees must name at least one client' })
  @ArrayMaxSize(100, { message: 'at most 100 invitees' })
  @ValidateNested({ each: true })
  invitees!: MeetingInviteeInput[];
}

@InputType({ description: 'Moves a meeting; invitees get an update (same UID, higher SEQUENCE)' })
export class RescheduleMeetingInput {
  @Field(() => Int, { description: 'The version you saw (optimistic locking)' })
  @Min(1)
  version!: number;

  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;

  @Field(() => String, { nullable: true, description: 'IANA time zone (at most 100 characters)' })
  @UnlessOmitted()
  @Length(1, 100, { message: 'timeZone must be 1 to 100 characters' })
  timeZone?: string;

  @Field(() => String, { nullable: true, description: 'Where (at most 500 characters)' })
  @IsOptional()
  @MaxLength(500, { message: 'location must be at most 500 characters' })
  location?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Phone or video call details (at most 2000 characters)',
  })
  @IsOptional()
  @MaxLength(2000, { message: 'callDetails must be at most 2000 characters' })
  callDetails?: string | null;
}

@InputType({ description: 'Cancels a meeting; it is kept, and invitees get a cancellation' })
export class CancelMeetingInput {
  @Field(() => Int, { description: 'The version you saw (optimistic locking)' })
  @Min(1)
  version!: number;

  @Field({ description: 'Why (1 to 2000 characters)' })
  @Length(1, 2000, { message: 'reason must be 1 to 2000 characters' })
  reason!: string;
}

@InputType({ description: 'Records that the meeting took place and who attended (R3.1)' })
export class HoldMeetingInput {
  @Field(() => Int, { description: 'The version you saw (optimistic locking)' })
  @Min(1)
  version!: number;

  @Field(() => [ID], { description: 'The invitees who attended; at least one client' })
  @ArrayMaxSize(100)
  @IsUUID(undefined, { each: true, message: 'attendedInviteeIds must be ids of invitees' })
  attendedInviteeIds!: string[];
}

@InputType({ description: "An invitee's answer" })
export class InvitationResponseInput {
  @Field(() => InvitationResponse)
  response!: InvitationResponse;
}
