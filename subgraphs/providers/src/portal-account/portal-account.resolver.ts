import { type RequestContext } from '@casework/kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Provider } from '../provider/provider.entity.js';
import { PortalAccount } from './portal-account.entity.js';
import { PortalAccountService } from './portal-account.service.js';

export function activePortalAccounts(
  ctx: RequestContext,
  providerId: string,
): Promise<PortalAccount[]> {
  return ctx.loaders
    .get<string, PortalAccount[]>('activePortalAccounts', (ids) =>
      new PortalAccountService(ctx).activeFor(ids),
    )
    .load(providerId);
}

@Resolver(() => Provider)
export class ProviderPortalAccountsResolver {
  @FieldResolver(() => Boolean, {
    description: 'Whether the organisation has an active provider-portal account (R1.8c)',
  })
  async hasPortalAccount(@Root() provider: Provider, @Ctx() ctx: RequestContext): Promise<boolean> {
    return (await activePortalAccounts(ctx, provider.id)).length > 0;
  }

  @FieldResolver(() => [PortalAccount], {
    description: "Portal accounts (agency staff and the organisation's administrators)",
  })
  portalAccounts(@Root() provider: Provider, @Ctx() ctx: RequestContext): Promise<PortalAccount[]> {
    return new PortalAccountService(ctx).listFor(provider.id);
  }
}
