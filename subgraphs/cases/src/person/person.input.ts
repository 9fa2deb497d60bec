import {
  AddressInput,
  CommunicationMethod,
  OptionalEmail,
  OptionalPhone,
  UnlessOmitted,
} from '@casework/kit';
import { IsISO8601, IsOptional, Length, Matches, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';

@InputType({ description: 'A person to register' })
export class RegisterPersonInput {
  @Field()
  @Length(1, 100)
  givenName!: string;

  @Field()
  @Length(1, 100)
  familyName!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, not in the future' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'dateOfBirth must be a date as YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dateOfBirth must be a date as YYYY-MM-DD' })
  dateOfBirth?: string | null;

  @Field(() => AddressInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  address?: AddressInput | null;

  @Field(() => String, { nullable: true })
  @OptionalPhone()
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalEmail('email must be an email address such as name@example.org')
  email?: string | null;

  @Field(() => CommunicationMethod, { nullable: true })
  @IsOptional()
  preferredCommunicationMethod?: CommunicationMethod | null;
}

@InputType({ description: 'Changes to a person; omitted fields stay as they are, null clears' })
export class UpdatePersonInput {
  @Field(() => Int, { description: 'The version you edited (optimistic locking)' })
  @Min(1)
  version!: number;

  @Field(() => String, { nullable: true })
  @UnlessOmitted()
  @Length(1, 100)
  givenName?: string;

  @Field(() => String, { nullable: true })
  @UnlessOmitted()
  @Length(1, 100)
  familyName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'dateOfBirth must be a date as YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dateOfBirth must be a date as YYYY-MM-DD' })
  dateOfBirth?: string | null;

  @Field(() => AddressInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  address?: AddressInput | null;

  @Field(() => String, { nullable: true })
  @OptionalPhone()
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalEmail('email must be an email address such as name@example.org')
  email?: string | null;

  @Field(() => CommunicationMethod, { nullable: true })
  @IsOptional()
  preferredCommunicationMethod?: CommunicationMethod | null;
}

@InputType({
  description: 'A prospect person: minimal details, completed later (R4.5)',
})
export class RegisterProspectPersonInput {
  @Field()
  @Length(1, 100)
  givenName!: string;

  @Field()
  @Length(1, 100)
  familyName!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, not in the future' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'dateOfBirth must be a date as YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dateOfBirth must be a date as YYYY-MM-DD' })
  dateOfBirth?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalPhone()
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalEmail('email must be an email address such as name@example.org')
  email?: string | null;
}
