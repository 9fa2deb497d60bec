import { IsOptional, Length, Min } from 'class-validator';
import { UnlessOmitted } from '@casework/kit';
import { Field, InputType, Int } from 'type-graphql';
import { IntakeStrategy } from './agency-settings.entity.js';
import { CaseReasonKind } from './case-reason.entity.js';
import { MeetingRequirement } from './meeting-requirement.js';

@InputType()
export class ProgrammeInput {
  @Field()
  @Length(1, 100, { message: 'name must be 1 to 100 characters' })
  name!: string;

  @Field({
    description:
      'A client meeting is always required before authorisation (R3.1); meetingRequirement, when given, wins',
  })
  meetingRequired!: boolean;

  @Field(() => MeetingRequirement, { nullable: true })
  @IsOptional()
  meetingRequirement?: MeetingRequirement | null;

  @Field({ description: 'The product a successful application delivers' })
  @Length(1, 100, { message: 'product must be 1 to 100 characters' })
  product!: string;
}

@InputType({ description: 'Changes to a programme; omitted fields stay' })
export class UpdateProgrammeInput {
  @Field(() => Int)
  @Min(1)
  version!: number;

  @Field(() => String, { nullable: true })
  @UnlessOmitted()
  @Length(1, 100, { message: 'name must be 1 to 100 characters' })
  name?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  meetingRequired?: boolean;

  @Field(() => MeetingRequirement, { nullable: true, description: 'Wins over meetingRequired' })
  @IsOptional()
  meetingRequirement?: MeetingRequirement | null;

  @Field(() => String, { nullable: true })
  @UnlessOmitted()
  @Length(1, 100, { message: 'product must be 1 to 100 characters' })
  product?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  active?: boolean;
}

@InputType({ description: 'A case type or reason: its name' })
export class NamedInput {
  @Field()
  @Length(1, 100, { message: 'name must be 1 to 100 characters' })
  name!: string;
}

@InputType({ description: 'Changes to a case type or reason; omitted fields stay' })
export class UpdateNamedInput {
  @Field(() => Int)
  @Min(1)
  version!: number;

  @Field(() => String, { nullable: true })
  @UnlessOmitted()
  @Length(1, 100, { message: 'name must be 1 to 100 characters' })
  name?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  active?: boolean;
}

@InputType()
export class CaseReasonInput extends NamedInput {
  @Field(() => CaseReasonKind)
  kind!: CaseReasonKind;
}

@InputType({ description: 'Changes to the agency settings; omitted fields stay' })
export class UpdateAgencySettingsInput {
  @Field(() => Int)
  @Min(1)
  version!: number;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  intakeProcessDefined?: boolean;

  @Field(() => IntakeStrategy, { nullable: true })
  @IsOptional()
  intakeStrategy?: IntakeStrategy;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  allowClosingWithActiveDeliveries?: boolean;
}
