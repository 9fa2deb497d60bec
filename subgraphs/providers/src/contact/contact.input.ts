import { OptionalEmail, OptionalPhone, UnlessOmitted } from '@casework/kit';
import { IsOptional, Length, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'A contact person to add to a provider' })
export class AddContactInput {
  @Field()
  @Length(1, 200)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 200)
  position?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalEmail()
  email?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalPhone()
  phone?: string | null;

  @Field(() => ID, { nullable: true, description: 'A branch of the same provider' })
  @IsOptional()
  branchId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Makes this the primary contact (the previous one stops being primary)',
  })
  @IsOptional()
  primary?: boolean | null;
}

@InputType({ description: 'Changes to a contact; omitted fields stay as they are, null clears' })
export class UpdateContactInput {
  @Field(() => Int, { description: 'The version you edited (optimistic locking)' })
  @Min(1)
  version!: number;

  @Field(() => String, { nullable: true })
  @UnlessOmitted()
  @Length(1, 200)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 200)
  position?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalEmail()
  email?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalPhone()
  phone?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  branchId?: string | null;

  @Field(() => Boolean, { nullable: true })
  @UnlessOmitted()
  primary?: boolean;
}
