import { IsEmail, Length, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { PortalRole } from './portal-account.entity.js';

@InputType({ description: 'A provider user to invite to the portal' })
export class InvitePortalUserInput {
  @Field()
  @IsEmail({}, { message: 'email must be an email address such as anna@provider.example' })
  email!: string;

  @Field()
  @Length(1, 200)
  name!: string;

  @Field(() => PortalRole)
  role!: PortalRole;
}

@InputType({ description: 'A new role for a portal account' })
export class ChangePortalRoleInput {
  @Field(() => Int, { description: 'The version you edited (optimistic locking)' })
  @Min(1)
  version!: number;

  @Field(() => PortalRole)
  role!: PortalRole;
}
