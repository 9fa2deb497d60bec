import { ArrayMaxSize, ArrayMinSize, IsEnum, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsDate } from '../shared/dates.js';
import { ApplicationProblemKind } from './application-problem.entity.js';

@InputType({ description: 'An application by persons for programmes' })
export class CreateApplicationInput {
  @Field(() => [ID], {
    description: 'The applying persons or prospects; the first is the primary client',
  })
  @ArrayMinSize(1, { message: 'personIds must name at least one person' })
  @ArrayMaxSize(20)
  @IsUUID(undefined, { each: true, message: 'personIds must be ids of persons' })
  personIds!: string[];

  @Field(() => [ID])
  @ArrayMinSize(1, { message: 'programmeIds must name at least one programme' })
  @ArrayMaxSize(20)
  @IsUUID(undefined, { each: true, message: 'programmeIds must be ids of programmes' })
  programmeIds!: string[];
}

@InputType({ description: 'A supervisor approves or denies one programme of an application' })
export class ProgrammeDecisionInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'programmeId must be the id of a programme' })
  programmeId!: string;

  @Field({ description: 'Why; required for approvals and denials' })
  @Length(1, 2000, { message: 'reason must be 1 to 2000 characters' })
  reason!: string;
}

@InputType({ description: 'A meeting held with the clients (R3.1)' })
export class MeetingHeldInput {
  @Field({ description: 'YYYY-MM-DD, not in the future' })
  @IsDate('heldOn')
  heldOn!: string;

  @Field({ description: 'Who attended' })
  @Length(1, 2000, { message: 'attendees must be 1 to 2000 characters' })
  attendees!: string;
}

@InputType({ description: 'Missing or conflicting information found on an application (R3.1)' })
export class ApplicationProblemInput {
  @Field(() => ApplicationProblemKind)
  @IsEnum(ApplicationProblemKind)
  kind!: ApplicationProblemKind;

  @Field({ description: 'What is missing or conflicting (1 to 2000 characters)' })
  @Length(1, 2000, { message: 'description must be 1 to 2000 characters' })
  description!: string;
}
