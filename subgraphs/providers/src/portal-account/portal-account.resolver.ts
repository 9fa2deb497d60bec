import { type JobsContext } from '@casework/kit';
import {
  Arg,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Provider } from '../provider/provider.entity.js';
import { type ProviderFields } from '../provider/provider-row.js';
import { PortalAccount, PortalAccountStatus, PortalRole } from './portal-account.entity.js';
import { ChangePortalRoleInput, InvitePortalUserInput } from './portal-account.input.js';
import { activePortalAccounts, PortalAccountService } from './portal-account.service.js';

/** What the gateway needs to create the sign-in of an invited user. */
@ObjectType({ description: 'An open portal invitation (gateway only)' })
@Directive('@inaccessible')
export class PortalInvitation {
  @Field(() => ID)
  accountId!: string;

  @Field()
  email!: string;

  @Field()
  name!: string;

  @Field(() => PortalRole)
  role!: PortalRole;

  @Field(() => ID)
  providerId!: string;

  @Field()
  providerName!: string;
}

const invitationOf = (account: PortalAccount): PortalInvitation => ({
  accountId: account.id,
  email: account.email,
  name: account.name,
  role: account.role,
  providerId: account.provider.id,
  providerName: account.provider.name,
});

@Resolver(() => Provider)
export class ProviderPortalAccountsResolver {
  @FieldResolver(() => Boolean, {
    description: 'Whether the organisation has an active provider-portal account (R1.8c)',
  })
  async hasPortalAccount(
    @Root() provider: ProviderFields,
    @Ctx() ctx: JobsContext,
  ): Promise<boolean> {
    return (await activePortalAccounts(ctx, provider.id)).length > 0;
  }

  @FieldResolver(() => [PortalAccount], {
    description: "Portal accounts (agency staff and the organisation's administrators)",
  })
  portalAccounts(
    @Root() provider: ProviderFields,
    @Ctx() ctx: JobsContext,
  ): Promise<PortalAccount[]> {
    return new PortalAccountService(ctx).listFor(provider.id);
  }
}

@Resolver(() => PortalAccount)
export class PortalAccountResolver {
  @Mutation(() => PortalAccount, {
    description:
      'Invites a provider user by email with a set-password link valid for 7 days (agency administrators, or the organisation’s provider administrators)',
  })
  invitePortalUser(
    @Arg('providerId', () => ID) providerId: string,
    @Arg('input', () => InvitePortalUserInput) input: InvitePortalUserInput,
    @Ctx() ctx: JobsContext,
  ) {
    return new PortalAccountService(ctx).invite(providerId, input);
  }

  @Mutation(() => PortalAccount, {
    description: 'Sends a new invitation to an INVITED account; the earlier link stops working',
  })
  resendPortalInvitation(@Arg('id', () => ID) id: string, @Ctx() ctx: JobsContext) {
    return new PortalAccountService(ctx).resendInvitation(id);
  }

  @Mutation(() => PortalAccount, { description: 'Makes a portal user a user or an administrator' })
  changePortalAccountRole(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ChangePortalRoleInput) input: ChangePortalRoleInput,
    @Ctx() ctx: JobsContext,
  ) {
    return new PortalAccountService(ctx).changeRole(id, input);
  }

  @Mutation(() => PortalAccount, {
    description: 'Disables a portal account: no sign-in, and open sessions are refused at once',
  })
  disablePortalAccount(@Arg('id', () => ID) id: string, @Ctx() ctx: JobsContext) {
    return new PortalAccountService(ctx).disable(id);
  }

  @Mutation(() => PortalAccount, {
    description: 'Enables a disabled account (ACTIVE again, or INVITED if it never set a password)',
  })
  enablePortalAccount(@Arg('id', () => ID) id: string, @Ctx() ctx: JobsContext) {
    return new PortalAccountService(ctx).enable(id);
  }

  @Query(() => PortalInvitation, { nullable: true })
  @Directive('@inaccessible')
  async portalInvitation(@Arg('token') token: string, @Ctx() ctx: JobsContext) {
    return invitationOf(await new PortalAccountService(ctx).invitation(token));
  }

  @Mutation(() => PortalInvitation)
  @Directive('@inaccessible')
  async acceptPortalInvitation(@Arg('token') token: string, @Ctx() ctx: JobsContext) {
    return invitationOf(await new PortalAccountService(ctx).acceptInvitation(token));
  }

  @Query(() => PortalAccountStatus, { nullable: true })
  @Directive('@inaccessible')
  portalAccountStatus(@Arg('id', () => ID) id: string, @Ctx() ctx: JobsContext) {
    return new PortalAccountService(ctx).statusOf(id);
  }
}
