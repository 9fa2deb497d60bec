import {
  assertUuid,
  authorize,
  can,
  type Connection,
  forbidden,
  newReference,
  notFound,
  paginate,
  refuse,
  type RequestContext,
  searchTerms,
  withTransaction,
} from '@casework/kit';
import { type FilterQuery } from '@mikro-orm/core';
import { ProviderLookupError, providerAccounts } from '../provider/provider-accounts.js';
import {
  AdminRequestCategoryService,
  checkReferenceNumber,
} from './admin-request-category.service.js';
import {
  AdminRequestEventKind,
  AdminRequestSide,
  AdminRequestStatus,
} from './admin-request-enums.js';
import { raiseAdminRequestEvent } from './admin-request-events.js';
import { attachFiles, checkFileInputs } from './admin-request-files.js';
import { AdminRequestHistory } from './admin-request-history.entity.js';
import { AdminRequestMessage } from './admin-request-message.entity.js';
import {
  recordAdminRequestEvent,
  rememberDeskMember,
  requestText,
} from './admin-request-records.js';
import { AdminRequest } from './admin-request.entity.js';
import { type CreateAdminRequestInput } from './admin-request.input.js';

/** The support desk's queue views (R5, issue 13). */
export enum AdminRequestView {
  NEW = 'NEW',
  MINE = 'MINE',
  WAITING = 'WAITING',
  OPEN = 'OPEN',
  ALL = 'ALL',
}

export interface AdminRequestFilter {
  view?: AdminRequestView | null;
  status?: AdminRequestStatus | null;
  categoryId?: string | null;
  search?: string | null;
}

/**
 * Administrative requests (R5): who sees which (the caller's side), the queues, raising a request,
 * and reading its conversation and history. Replies and status changes are in
 * `admin-request-conversation.service.ts`, the desk's assignments and internal notes in
 * `admin-request-desk.service.ts`.
 */
export class AdminRequestService {
  constructor(private readonly ctx: RequestContext) {}

  /** Which side the caller is on; FORBIDDEN for everyone else (caseworkers, integrators). */
  side(): AdminRequestSide {
    const { identity } = this.ctx;
    if (can(identity, 'admin-request:handle')) return AdminRequestSide.AGENCY;
    if (can(identity, 'admin-request:read-own') && identity.organisationId)
      return AdminRequestSide.PROVIDER;
    throw forbidden('see administrative requests');
  }

  private scope(): FilterQuery<AdminRequest> {
    return this.side() === AdminRequestSide.AGENCY
      ? {}
      : { providerId: this.ctx.identity.organisationId! };
  }

  async get(id: string, field = 'id'): Promise<AdminRequest> {
    const scope = this.scope();
    assertUuid(id, field);
    const found = await this.ctx.em.findOne(
      AdminRequest,
      { $and: [{ id }, scope] },
      {
        populate: ['category'],
      },
    );
    if (!found) throw notFound('AdministrativeRequest', id);
    return found;
  }

  async list(
    filter: AdminRequestFilter,
    page: { first: number; after?: string | null },
  ): Promise<Connection<AdminRequest>> {
    const where: FilterQuery<AdminRequest>[] = [this.scope()];
    const agency = this.side() === AdminRequestSide.AGENCY;
    if (agency) await rememberDeskMember(this.ctx);
    switch (filter.view) {
      case AdminRequestView.NEW:
        where.push({ status: AdminRequestStatus.NEW });
        break;
      case AdminRequestView.MINE:
        where.push({
          assigneeId: this.ctx.identity.id,
          status: { $ne: AdminRequestStatus.CLOSED },
        });
        break;
      case AdminRequestView.WAITING:
        where.push({ status: AdminRequestStatus.WAITING_FOR_PROVIDER });
        break;
      case AdminRequestView.OPEN:
        where.push({ status: { $nin: [AdminRequestStatus.RESOLVED, AdminRequestStatus.CLOSED] } });
        break;
      default:
    }
    if (filter.status) where.push({ status: filter.status });
    if (filter.categoryId) {
      assertUuid(filter.categoryId, 'filter.categoryId');
      where.push({ category: filter.categoryId });
    }
    for (const term of searchTerms(filter.search)) {
      where.push({
        $or: [
          { reference: { $ilike: term } },
          { subject: { $ilike: term } },
          { description: { $ilike: term } },
          { referenceNumber: { $ilike: term } },
          { accountName: { $ilike: term } },
        ],
      });
    }
    const connection = await paginate(
      this.ctx.em,
      AdminRequest,
      { $and: where },
      { lastActivityAt: 'desc', id: 'desc' },
      page,
    );
    await this.ctx.em.populate(connection.nodes, ['category']);
    return connection;
  }

  /** R5.1-R5.7: a provider administrator raises a request for the organisation or one of its accounts. */
  async create(input: CreateAdminRequestInput): Promise<AdminRequest> {
    const { em, identity } = this.ctx;
    authorize(identity, 'admin-request:create', 'create administrative requests (R5.1)');
    const providerId = identity.organisationId;
    if (!providerId) throw forbidden('create administrative requests without an organisation');
    const subject = requestText(input.subject, 'input.subject');
    const description = requestText(input.description, 'input.description');
    const category = await new AdminRequestCategoryService(this.ctx).get(
      input.categoryId,
      'input.categoryId',
    );
    if (!category.active)
      throw refuse('CATEGORY_INACTIVE', {
        field: 'input.categoryId',
        params: { name: category.nameEn },
      });
    const referenceNumber = checkReferenceNumber(
      category,
      input.referenceNumber,
      'input.referenceNumber',
    );
    checkFileInputs(input.files, 'input.files');
    const account = await this.account(providerId, input.accountId ?? null);
    const jobs = this.ctx.jobs;
    if (!jobs) throw new Error('the communications subgraph runs without its job queue');
    return withTransaction(em, async () => {
      const request = em.create(AdminRequest, {
        reference: newReference('AR'),
        type: input.type,
        channel: input.channel,
        providerId,
        accountId: account.id,
        accountName: account.name,
        category,
        referenceNumber,
        subject,
        description,
        createdById: identity.id,
        createdBy: identity.name,
        createdByEmail: identity.email,
        lastActivityAt: new Date(),
      });
      const message = em.create(AdminRequestMessage, {
        request,
        side: AdminRequestSide.PROVIDER,
        authorId: identity.id,
        author: identity.name,
        authorEmail: identity.email,
        text: description,
      });
      await attachFiles(this.ctx, message, input.files, 'input.files');
      const entry = recordAdminRequestEvent(this.ctx, request, AdminRequestEventKind.CREATED, {
        toStatus: AdminRequestStatus.NEW,
      });
      await em.flush();
      await raiseAdminRequestEvent(em, jobs, request, entry, true);
      this.ctx.logger.info({ requestId: request.id }, 'administrative request created');
      return request;
    });
  }

  /**
   * R5.4: with active branches or subsidiaries the account is required and must be one of them;
   * without, the request is for the organisation itself. Another organisation's branch is refused.
   */
  private async account(
    providerId: string,
    accountId: string | null,
  ): Promise<{ id: string | null; name: string }> {
    let organisation;
    try {
      organisation = await providerAccounts(this.ctx.identity, providerId);
    } catch (error) {
      if (error instanceof ProviderLookupError && error.code === 'FORBIDDEN')
        throw forbidden('create administrative requests for this organisation');
      throw error;
    }
    const active = organisation.branches.filter((b) => b.active);
    if (!accountId) {
      if (active.length) throw refuse('ACCOUNT_REQUIRED', { field: 'input.accountId' });
      return { id: null, name: organisation.name };
    }
    const branch = active.find((b) => b.id === accountId);
    if (!branch)
      throw refuse('NOT_OWN_BRANCH', {
        field: 'input.accountId',
        params: { property: 'accountId' },
      });
    return { id: branch.id, name: branch.name };
  }

  messages(request: AdminRequest): Promise<AdminRequestMessage[]> {
    return this.ctx.em.find(
      AdminRequestMessage,
      { request },
      { orderBy: { createdAt: 'asc', id: 'asc' }, populate: ['files'] },
    );
  }

  /** The audit trail; the provider sees only what is not internal. */
  history(request: AdminRequest): Promise<AdminRequestHistory[]> {
    const internal = this.side() === AdminRequestSide.AGENCY ? {} : { internal: false };
    return this.ctx.em.find(
      AdminRequestHistory,
      { $and: [{ request }, internal] },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    );
  }
}
