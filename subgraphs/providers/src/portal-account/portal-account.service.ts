import {
  assertUuid,
  can,
  refuse,
  flushVersioned,
  forbidden,
  groupByKeys,
  isGatewaySystem,
  notFound,
  PROVIDER_ROLES,
  publishEvent,
  type JobsContext,
  type RequestContext,
  withTransaction,
} from '@casework/kit';
import { ACCOUNT_SESSION_EVENTS, type AccountSessionEvent } from '@casework/contracts';
import { ProviderService } from '../provider/provider.service.js';
import { PortalAccount, PortalAccountStatus } from './portal-account.entity.js';
import { type ChangePortalRoleInput, type InvitePortalUserInput } from './portal-account.input.js';
import { PORTAL_ACCOUNT_QUEUES } from './portal-account.jobs.js';
import { hashInvitationToken, INVITATION_DAYS, newInvitationToken } from './portal-invitation.js';

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
    return can(identity, 'provider:administer-own') && identity.organisationId === providerId;
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
      throw refuse('PORTAL_EMAIL_TAKEN', { field: 'input.email', params: { email } });
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
      throw refuse('INVITATION_NOT_OPEN', { field: 'id', params: { status: account.status } });
    return this.sendInvitation(account);
  }

  async changeRole(id: string, input: ChangePortalRoleInput): Promise<PortalAccount> {
    const account = await this.manageable(id, 'change roles of this provider’s users');
    if (account.id === this.ctx.identity.id && input.role !== account.role)
      throw refuse('OWN_ROLE', { field: 'input.role' });
    const changed = account.role !== input.role;
    account.role = input.role;
    await flushVersioned(this.ctx.em, account, 'PortalAccount', input.version);
    // The role is in the user's token: their sessions end so the next sign-in carries the new one.
    if (changed) await this.endSessions(account.id, 'role-changed');
    return account;
  }

  /** A disabled account cannot sign in, and its open sessions are refused at once. */
  async disable(id: string): Promise<PortalAccount> {
    const account = await this.manageable(id, 'disable users of this provider');
    if (account.id === this.ctx.identity.id) throw refuse('OWN_ACCOUNT', { field: 'id' });
    if (account.status === PortalAccountStatus.DISABLED)
      throw refuse('ACCOUNT_ALREADY_DISABLED', { field: 'id' });
    account.status = PortalAccountStatus.DISABLED;
    account.invitationTokenHash = null;
    account.invitationExpiresAt = null;
    await this.ctx.em.flush();
    await this.endSessions(account.id, 'disabled');
    this.ctx.logger.info({ accountId: id }, 'portal account disabled');
    return account;
  }

  /** The gateway owns sessions: every replica that hears this revokes the account's sessions. */
  private async endSessions(accountId: string, reason: AccountSessionEvent['reason']) {
    const event: AccountSessionEvent = { accountId, reason };
    await publishEvent(this.ctx.em, ACCOUNT_SESSION_EVENTS, event);
  }

  /** Back to ACTIVE if the user had set a password; otherwise INVITED (send a new invitation). */
  async enable(id: string): Promise<PortalAccount> {
    const account = await this.manageable(id, 'enable users of this provider');
    if (account.status !== PortalAccountStatus.DISABLED)
      throw refuse('ACCOUNT_NOT_DISABLED', { field: 'id', params: { status: account.status } });
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
    if (!account) throw refuse('INVALID_INVITATION', { field: 'token' });
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
