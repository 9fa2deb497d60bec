import { authorize, ConnectionType, paginate, type RequestContext } from '@casework/kit';
import {
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Provider } from '../provider/provider.entity.js';
import { PortalAccount, PortalAccountStatus } from './portal-account.entity.js';

@ObjectType({ description: 'A page of portal accounts' })
class PortalAccountConnection extends ConnectionType(PortalAccount) {}

@ArgsType()
class PendingInvitationsArgs {
  @Field(() => Int, { defaultValue: 20 })
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

/** Agency administrators' start page (issue 16): invitations not yet accepted, oldest first. */
@Resolver(() => PortalAccount)
export class PendingInvitationsResolver {
  @Query(() => PortalAccountConnection, {
    nullable: true,
    description: 'Agency administrators: portal invitations not yet accepted, oldest first',
  })
  pendingPortalInvitations(
    @Args(() => PendingInvitationsArgs) args: PendingInvitationsArgs,
    @Ctx() ctx: RequestContext,
  ) {
    authorize(ctx.identity, 'portal-account:manage', 'see portal invitations');
    return paginate(
      ctx.em,
      PortalAccount,
      { status: PortalAccountStatus.INVITED },
      { createdAt: 'asc', id: 'asc' },
      args,
    );
  }

  @FieldResolver(() => Provider, { description: 'The organisation of the account' })
  async provider(@Root() account: PortalAccount, @Ctx() ctx: RequestContext) {
    await ctx.em.populate(account, ['provider']);
    return account.provider;
  }
}
