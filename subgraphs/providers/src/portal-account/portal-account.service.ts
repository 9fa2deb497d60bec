import { can, forbidden, groupByKeys, type RequestContext, Role } from '@casework/kit';
import { PortalAccount, PortalAccountStatus } from './portal-account.entity.js';

/** Portal accounts of provider organisations (the sign-in side lives in the gateway). */
export class PortalAccountService {
  constructor(private readonly ctx: RequestContext) {}

  /** Active accounts per provider, for a DataLoader batch. */
  async activeFor(providerIds: readonly string[]): Promise<PortalAccount[][]> {
    const accounts = await this.ctx.em.find(
      PortalAccount,
      { provider: { $in: [...providerIds] }, status: PortalAccountStatus.ACTIVE },
      { orderBy: { name: 'asc' } },
    );
    return groupByKeys(providerIds, accounts, (a) => a.provider.id);
  }

  /** Agency staff see every organisation's accounts; a provider administrator only their own. */
  async listFor(providerId: string): Promise<PortalAccount[]> {
    const { identity } = this.ctx;
    const own =
      identity.organisationId === providerId && identity.roles.includes(Role.PROVIDER_ADMIN);
    if (!own && !can(identity, 'provider:read')) throw forbidden('see portal accounts');
    return this.ctx.em.find(PortalAccount, { provider: providerId }, { orderBy: { name: 'asc' } });
  }
}
