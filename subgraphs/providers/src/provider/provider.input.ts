import {
  AddressInput,
  CommunicationMethod,
  OptionalEmail,
  OptionalPhone,
  UnlessOmitted,
} from '@casework/kit';
import { IsOptional, Length, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { EmailStatus } from './email-status.js';
import { InquiryMethod } from './inquiry-method.js';

@InputType({ description: 'A provider organisation to register' })
export class RegisterProviderInput {
  @Field()
  @Length(1, 200)
  name!: string;

  @Field(() => AddressInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  address?: AddressInput | null;

  @Field(() => String, { nullable: true })
  @OptionalPhone()
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalEmail()
  email?: string | null;

  @Field(() => InquiryMethod, { nullable: true })
  @IsOptional()
  preferredInquiryMethod?: InquiryMethod | null;

  @Field(() => CommunicationMethod, { nullable: true })
  @IsOptional()
  preferredCommunicationMethod?: CommunicationMethod | null;

  @Field(() => EmailStatus, {
    nullable: true,
    description: 'Mark the email address bounced or invalid (or OK again)',
  })
  @UnlessOmitted()
  emailStatus?: EmailStatus;
}

@InputType({ description: 'Changes to a provider; omitted fields stay as they are, null clears' })
export class UpdateProviderInput {
  @Field(() => Int, { description: 'The version you edited (optimistic locking)' })
  @Min(1)
  version!: number;

  @Field(() => String, { nullable: true })
  @UnlessOmitted()
  @Length(1, 200)
  name?: string;

  @Field(() => AddressInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  address?: AddressInput | null;

  @Field(() => String, { nullable: true })
  @OptionalPhone()
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalEmail()
  email?: string | null;

  @Field(() => InquiryMethod, { nullable: true })
  @IsOptional()
  preferredInquiryMethod?: InquiryMethod | null;

  @Field(() => CommunicationMethod, { nullable: true })
  @IsOptional()
  preferredCommunicationMethod?: CommunicationMethod | null;

  @Field(() => EmailStatus, {
    nullable: true,
    description: 'Mark the email address bounced or invalid (or OK again)',
  })
  @UnlessOmitted()
  emailStatus?: EmailStatus;
}
