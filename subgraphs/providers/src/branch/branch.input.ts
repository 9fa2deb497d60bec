import { AddressInput, OptionalEmail, OptionalPhone, UnlessOmitted } from '@casework/kit';
import { IsIBAN, IsOptional, Length, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { BranchKind } from './branch.entity.js';

const IBAN_MESSAGE = 'iban must be an IBAN such as DE89 3704 0044 0532 0130 00';

@InputType({ description: 'A branch or subsidiary to add to a provider' })
export class AddBranchInput {
  @Field()
  @Length(1, 200)
  name!: string;

  @Field(() => BranchKind)
  kind!: BranchKind;

  @Field(() => AddressInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  address?: AddressInput | null;

  @Field(() => String, { nullable: true })
  @OptionalEmail()
  email?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalPhone()
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Spaces are allowed and removed' })
  @IsOptional()
  @IsIBAN(undefined, { message: IBAN_MESSAGE })
  iban?: string | null;
}

@InputType({ description: 'Changes to a branch; omitted fields stay as they are, null clears' })
export class UpdateBranchInput {
  @Field(() => Int, { description: 'The version you edited (optimistic locking)' })
  @Min(1)
  version!: number;

  @Field(() => String, { nullable: true })
  @UnlessOmitted()
  @Length(1, 200)
  name?: string;

  @Field(() => BranchKind, { nullable: true })
  @UnlessOmitted()
  kind?: BranchKind;

  @Field(() => AddressInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  address?: AddressInput | null;

  @Field(() => String, { nullable: true })
  @OptionalEmail()
  email?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalPhone()
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIBAN(undefined, { message: IBAN_MESSAGE })
  iban?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'false closes the branch' })
  @UnlessOmitted()
  active?: boolean;
}
