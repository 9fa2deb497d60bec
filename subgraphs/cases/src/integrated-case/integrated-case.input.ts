import { IsOptional, IsUUID, Length, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { RegisterPersonInput } from '../person/person.input.js';
import { IsDate } from '../shared/dates.js';
import { MemberRole } from './case-status.js';

@InputType({ description: 'A client registered while creating the case (R4.5)' })
export class NewClientInput extends RegisterPersonInput {
  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Register as a prospect person (minimal details)',
  })
  prospect!: boolean;
}

@InputType({ description: 'A member to add to a case' })
export class CaseMemberInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'personId must be the id of a person' })
  personId!: string;

  @Field(() => MemberRole, { description: 'Any role but PRIMARY_CLIENT (set by the case)' })
  role!: MemberRole;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; default the case start' })
  @IsOptional()
  @IsDate('startDate')
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, not before the case start' })
  @IsOptional()
  @IsDate('endDate')
  endDate?: string | null;
}

@InputType({ description: 'A standalone integrated case created by hand (R4.1, R4.5, R4.6)' })
export class CreateIntegratedCaseInput {
  @Field(() => ID, { description: 'One of the configured case types (R4.6)' })
  @IsUUID(undefined, { message: 'caseTypeId must be the id of a case type' })
  caseTypeId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'A registered person or prospect; or give newPrimaryClient',
  })
  @IsOptional()
  @IsUUID(undefined, { message: 'primaryClientId must be the id of a person' })
  primaryClientId?: string | null;

  @Field(() => NewClientInput, {
    nullable: true,
    description: 'Registers the primary client in the same step (R4.5)',
  })
  @IsOptional()
  @ValidateNested()
  newPrimaryClient?: NewClientInput | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; default today' })
  @IsOptional()
  @IsDate('startDate')
  startDate?: string | null;

  @Field(() => [CaseMemberInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  members!: CaseMemberInput[];
}

@InputType({ description: "Changes to a member's role or end date" })
export class UpdateCaseMemberInput {
  @Field(() => Int)
  @Min(1)
  version!: number;

  @Field(() => MemberRole, { nullable: true })
  @IsOptional()
  role?: MemberRole | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null: still a member' })
  @IsOptional()
  @IsDate('endDate')
  endDate?: string | null;
}

@InputType({ description: 'Closing a case (R4.7)' })
export class CloseCaseInput {
  @Field(() => Int)
  @Min(1)
  version!: number;

  @Field(() => ID, { description: 'A configured closure reason' })
  @IsUUID(undefined, { message: 'reasonId must be the id of a closure reason' })
  reasonId!: string;

  @Field({ description: 'YYYY-MM-DD, not before the case start' })
  @IsDate('closedOn')
  closedOn!: string;

  @Field({ description: 'What the case achieved' })
  @Length(1, 2000, { message: 'outcome must be 1 to 2000 characters' })
  outcome!: string;
}

@InputType({ description: 'Reopening a closed case (R4.7)' })
export class ReopenCaseInput {
  @Field(() => Int)
  @Min(1)
  version!: number;

  @Field(() => ID, { description: 'A configured reopening reason' })
  @IsUUID(undefined, { message: 'reasonId must be the id of a reopening reason' })
  reasonId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 2000)
  comment?: string | null;
}
