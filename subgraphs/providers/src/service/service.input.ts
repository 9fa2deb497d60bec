import { IsOptional, Length, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType({ description: 'A new service in the catalogue' })
export class CreateServiceInput {
  @Field({ description: 'Upper-case letters, digits and dashes, such as HOME-CARE' })
  @Matches(/^[A-Z0-9][A-Z0-9-]{1,39}$/, {
    message: 'code must be 2 to 40 upper-case letters, digits or dashes, such as HOME-CARE',
  })
  code!: string;

  @Field()
  @Length(1, 200)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 2000)
  description?: string | null;
}
