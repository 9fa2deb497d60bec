import {
  assertUuid,
  can,
  fieldError,
  flushVersioned,
  forbidden,
  groupByKeys,
  isGatewaySystem,
  notFound,
  PROVIDER_ROLES,
  type JobsContext,
  type RequestContext,
  Role,
  userInputError,
  withTransaction,
} from '@casework/kit';
import { ProviderService } from '../provider/provider.service.js';
import { PortalAccount, PortalAccountStatus } from './portal-account.entity.js';
import { type ChangePortalRoleInput, type InvitePortalUserInput } from './portal-account.input.js';
import { PORTAL_ACCOUNT_QUEUES } from './portal-account.jobs.js';
import { hashInvitationToken, INVITATION_DAYS, newInvitationToken } from './portal-invitation.js';

const INVALID_INVITATION =
  'This invitation link is not valid (any more): it was used, replaced by a newer one, or has expired. Ask for a new invitation.';

/** A provider's active portal accounts, batched per request (R1.8 asks whether there is one). */
export function activePortalAccounts(
  ctx: RequestContext,
  providerId: string,
): Promise<PortalAccount[]> {
  return ctx.loaders
    .get<string, PortalAccount[]>('activePortalAccounts', async (providerIds) => {
      const accounts = await ctx.em.find(
        PortalAccount,
        { provider: { $in: [...providerIds] }, status: PortalAccountStatus.ACTIVE },
        { orderBy: { name: 'asc' } },
      );
      return groupByKeys(providerIds, accounts, (a) => a.provider.id);
    })
    .load(providerId);
}

/**
 * The one place that decides whether a caller's portal account is active (the gateway asks the
 * same through `portalAccountStatus`): provider users act only while it is, so disabling takes
 * effect on the next request, not when the session token expires. Cached for the request.
 */
export async function assertPortalCallerActive(ctx: RequestContext): Promise<void> {
  const { identity, loaders } = ctx;
  if (!identity.roles.some((role) => PROVIDER_ROLES.includes(role))) return;
  const status = await loaders
    .get<string, PortalAccountStatus | null>('callerPortalStatus', async (ids) => {
      const valid = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
      const found = await ctx.em.find(PortalAccount, { id: { $in: valid } });
      return ids.map((id) => found.find((a) => a.id === id)?.status ?? null);
    })
    .load(identity.id);
  if (status !== PortalAccountStatus.ACTIVE)
    throw forbidden('use the portal with this account: it is disabled or unknown');
}

/** Portal accounts of provider organisations (the password side lives in the gateway). */
export class PortalAccountService {
  constructor(private readonly ctx: JobsContext) {}

  /** Agency staff see every organisation's accounts; a provider administrator only their own. */
  async listFor(providerId: string): Promise<PortalAccount[]> {
    const { identity } = this.ctx;
    if (!this.administers(providerId) && !can(identity, 'provider:read'))
      throw forbidden('see portal accounts');
    return this.ctx.em.find(PortalAccount, { provider: providerId }, { orderBy: { name: 'asc' } });
  }

  /** Agency administrators manage every organisation's users; provider administrators their own. */
  private administers(providerId: string): boolean {
    const { identity } = this.ctx;
    if (can(identity, 'portal-account:manage')) return true;
    return identity.roles.includes(Role.PROVIDER_ADMIN) && identity.organisationId === providerId;
  }

  private async manageable(id: string, action: string): Promise<PortalAccount> {
    assertUuid(id, 'id');
    const account = await this.ctx.em.findOne(PortalAccount, id);
    if (!account) throw notFound('PortalAccount', id);
    if (!this.administers(account.provider.id)) throw forbidden(action);
    return account;
  }

  /** A new invitation replaces any earlier one, whose link stops working. */
  private async sendInvitation(account: PortalAccount): Promise<PortalAccount> {
    const { token, hash } = newInvitationToken();
    account.invitationTokenHash = hash;
    account.invitationExpiresAt = new Date(Date.now() + INVITATION_DAYS * 24 * 3600 * 1000);
    account.invitedBy = this.ctx.identity.name;
    const { em } = this.ctx;
    await withTransaction(em, async () => {
      await em.flush();
      await this.ctx.jobs.enqueue(em, PORTAL_ACCOUNT_QUEUES.invitationEmail, {
        accountId: account.id,
        token,
      });
    });
    return account;
  }

  async invite(providerId: string, input: InvitePortalUserInput): Promise<PortalAccount> {
    const provider = await new ProviderService(this.ctx).get(providerId);
    if (!this.administers(provider.id)) throw forbidden('invite users of this provider');
    const email = input.email.trim().toLowerCase();
    if (await this.ctx.em.count(PortalAccount, { email }))
      throw fieldError('input.email', `${email} already has a portal account`);
    const account = this.ctx.em.create(PortalAccount, {
      provider,
      email,
      name: input.name.trim(),
      role: input.role,
      status: PortalAccountStatus.INVITED,
    });
    this.ctx.logger.info({ providerId, accountId: account.id }, 'portal user invited');
    return this.sendInvitation(account);
  }

  async resendInvitation(id: string): Promise<PortalAccount> {
    const account = await this.manageable(id, 'invite users of this provider');
    if (account.status !== PortalAccountStatus.INVITED)
      throw fieldError('id', `the account is ${account.status}; only INVITED accounts get one`);
    return this.sendInvitation(account);
  }

  async changeRole(id: string, input: ChangePortalRoleInput): Promise<PortalAccount> {
    const account = await this.manageable(id, 'change roles of this provider’s users');
    if (account.id === this.ctx.identity.id && input.role !== account.role)
      throw fieldError('input.role', 'you cannot change your own role; ask another administrator');
    account.role = input.role;
    await flushVersioned(this.ctx.em, account, 'PortalAccount', input.version);
    return account;
  }

  /** A disabled account cannot sign in, and its open sessions are refused at once. */
  async disable(id: string): Promise<PortalAccount> {
    const account = await this.manageable(id, 'disable users of this provider');
    if (account.id === this.ctx.identity.id)
      throw fieldError('id', 'you cannot disable your own account');
    if (account.status === PortalAccountStatus.DISABLED)
      throw fieldError('id', 'the account is already disabled');
    account.status = PortalAccountStatus.DISABLED;
    account.invitationTokenHash = null;
    account.invitationExpiresAt = null;
    await this.ctx.em.flush();
    this.ctx.logger.info({ accountId: id }, 'portal account disabled');
    return account;
  }

  /** Back to ACTIVE if the user had set a password; otherwise INVITED (send a new invitation). */
  async enable(id: string): Promise<PortalAccount> {
    const account = await this.manageable(id, 'enable users of this provider');
    if (account.status !== PortalAccountStatus.DISABLED)
      throw fieldError('id', `the account is ${account.status}, not DISABLED`);
    account.status = account.activatedAt ? PortalAccountStatus.ACTIVE : PortalAccountStatus.INVITED;
    await this.ctx.em.flush();
    return account;
  }

  /** Only the gateway, for itself (the fields are @inaccessible to clients). */
  private assertGateway() {
    if (!isGatewaySystem(this.ctx.identity)) throw forbidden('use internal fields');
  }

  /** The open invitation a token belongs to, for the gateway's set-password step. */
  async invitation(token: string): Promise<PortalAccount> {
    this.assertGateway();
    const account = await this.ctx.em.findOne(
      PortalAccount,
      {
        invitationTokenHash: hashInvitationToken(token),
        status: PortalAccountStatus.INVITED,
        invitationExpiresAt: { $gt: new Date() },
      },
      { populate: ['provider'] },
    );
    if (!account) throw userInputError([{ field: 'token', message: INVALID_INVITATION }]);
    return account;
  }

  /** The user set a password: the invitation is used up and the account active. */
  async acceptInvitation(token: string): Promise<PortalAccount> {
    const account = await this.invitation(token);
    account.status = PortalAccountStatus.ACTIVE;
    account.activatedAt = new Date();
    account.invitationTokenHash = null;
    account.invitationExpiresAt = null;
    await this.ctx.em.flush();
    return account;
  }

  /** The account's status for the gateway's sign-in check; null when there is none. */
  async statusOf(id: string): Promise<PortalAccountStatus | null> {
    this.assertGateway();
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    return (await this.ctx.em.findOne(PortalAccount, id))?.status ?? null;
  }
}
