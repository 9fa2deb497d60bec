import {
  assertUuid,
  authorize,
  can,
  type Connection,
  fieldError,
  flushVersioned,
  forbidden,
  newReference,
  notFound,
  paginate,
  type RequestContext,
  searchTerms,
  withTransaction,
} from '@casework/kit';
import { type FilterQuery } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
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
import { AdminRequestInternalNote } from './admin-request-internal-note.entity.js';
import { AdminRequestMessage } from './admin-request-message.entity.js';
import { checkTransition, statusAfterReply } from './admin-request-status.js';
import { AdminRequest } from './admin-request.entity.js';
import {
  type ChangeAdminRequestStatusInput,
  type CreateAdminRequestInput,
  type ReplyToAdminRequestInput,
} from './admin-request.input.js';
import { SupportDeskMember } from './support-desk-member.entity.js';

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

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Text a user typed: trimmed, not blank, no NUL or lone surrogates (they cannot be stored or mailed). */
function text(value: string, field: string, what: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw fieldError(field, `${what} must not be blank`);
  if (LONE_SURROGATE.test(trimmed) || trimmed.includes('\u0000'))
    throw fieldError(field, `${what} contains characters that cannot be stored`);
  return trimmed;
}

/**
 * Administrative requests (R5): provider administrators raise and follow them, provider users read
 * them, the agency's support desk answers them. Internal notes live apart and are read only here
 * for the desk.
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
    if (agency) await this.rememberDeskMember();
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
    const subject = text(input.subject, 'input.subject', 'subject');
    const description = text(input.description, 'input.description', 'description');
    const category = await new AdminRequestCategoryService(this.ctx).get(
      input.categoryId,
      'input.categoryId',
    );
    if (!category.active)
      throw fieldError('input.categoryId', 'this category can no longer be chosen');
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
      const entry = this.record(request, AdminRequestEventKind.CREATED, {
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
      if (active.length)
        throw fieldError(
          'input.accountId',
          'choose the branch or subsidiary the request is for (R5.4)',
        );
      return { id: null, name: organisation.name };
    }
    const branch = active.find((b) => b.id === accountId);
    if (!branch)
      throw fieldError(
        'input.accountId',
        'accountId must be an active branch or subsidiary of your organisation (R5.4)',
      );
    return { id: branch.id, name: branch.name };
  }

  /** A reply from either side; refused on a closed request. Replies move the status on (see statusAfterReply). */
  async reply(id: string, input: ReplyToAdminRequestInput): Promise<AdminRequestMessage> {
    const { em, identity } = this.ctx;
    const side = this.side();
    if (side === AdminRequestSide.PROVIDER)
      authorize(identity, 'admin-request:create', 'reply to administrative requests (R5.1)');
    const body = text(input.text, 'input.text', 'text');
    checkFileInputs(input.files, 'input.files');
    const request = await this.get(id);
    if (request.status === AdminRequestStatus.CLOSED)
      throw fieldError('id', `request ${request.reference} is closed; reopen it to reply`);
    const jobs = this.ctx.jobs!;
    return withTransaction(em, async () => {
      const message = em.create(AdminRequestMessage, {
        request,
        side,
        authorId: identity.id,
        author: identity.name,
        authorEmail: identity.email,
        text: body,
      });
      await attachFiles(this.ctx, message, input.files, 'input.files');
      const now = new Date();
      if (side === AdminRequestSide.AGENCY) {
        request.firstResponseAt ??= now;
        await this.rememberDeskMember();
      }
      request.lastActivityAt = now;
      const next = statusAfterReply(side, request.status);
      const entry = this.record(request, AdminRequestEventKind.REPLIED, { messageId: message.id });
      if (next !== request.status) {
        this.record(request, AdminRequestEventKind.STATUS_CHANGED, {
          fromStatus: request.status,
          toStatus: next,
        });
        request.status = next;
      }
      await em.flush();
      await raiseAdminRequestEvent(em, jobs, request, entry, side === AdminRequestSide.AGENCY);
      return message;
    });
  }

  /** Status changes by hand: the desk moves it along; the provider closes or reopens within the period. */
  async changeStatus(id: string, input: ChangeAdminRequestStatusInput): Promise<AdminRequest> {
    const { em, identity } = this.ctx;
    const side = this.side();
    if (side === AdminRequestSide.PROVIDER)
      authorize(identity, 'admin-request:create', 'close or reopen administrative requests (R5.1)');
    const request = await this.get(id);
    const from = request.status;
    const refusal = checkTransition(
      side,
      from,
      input.status,
      request.closedAt ?? request.resolvedAt,
    );
    if (refusal) {
      const message =
        refusal === 'REOPEN_PERIOD_OVER'
          ? 'the period to reopen this request has ended'
          : `a ${from} request cannot become ${input.status}`;
      throw new GraphQLError(`Invalid input: input.status: ${message}`, {
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: [{ field: 'input.status', message }],
          reason: refusal,
          status: from,
        },
      });
    }
    const jobs = this.ctx.jobs!;
    return withTransaction(em, async () => {
      const now = new Date();
      request.status = input.status;
      request.lastActivityAt = now;
      if (input.status === AdminRequestStatus.RESOLVED) request.resolvedAt = now;
      if (input.status === AdminRequestStatus.CLOSED) {
        request.closedAt = now;
        request.resolvedAt ??= now;
      }
      if (
        input.status === AdminRequestStatus.IN_PROGRESS &&
        (from === AdminRequestStatus.RESOLVED || from === AdminRequestStatus.CLOSED)
      ) {
        request.resolvedAt = null;
        request.closedAt = null;
      }
      const entry = this.record(request, AdminRequestEventKind.STATUS_CHANGED, {
        fromStatus: from,
        toStatus: input.status,
      });
      if (side === AdminRequestSide.AGENCY) await this.rememberDeskMember();
      await flushVersioned(em, request, 'AdministrativeRequest', input.version);
      await raiseAdminRequestEvent(em, jobs, request, entry, side === AdminRequestSide.AGENCY);
      return request;
    });
  }

  /** The desk assigns a request to the caller or a colleague who has used the desk; null unassigns. */
  async assign(id: string, version: number, assigneeId: string | null): Promise<AdminRequest> {
    const { em } = this.ctx;
    authorize(this.ctx.identity, 'admin-request:handle', 'assign administrative requests');
    await this.rememberDeskMember();
    const request = await this.get(id);
    let name: string | null = null;
    if (assigneeId) {
      const member = await em.findOne(SupportDeskMember, { accountId: assigneeId });
      if (!member)
        throw fieldError('assigneeId', 'assigneeId must be a member of the support desk');
      name = member.name;
    }
    const jobs = this.ctx.jobs!;
    return withTransaction(em, async () => {
      request.assigneeId = assigneeId;
      request.assigneeName = name;
      const entry = this.record(request, AdminRequestEventKind.ASSIGNED, {
        internal: true,
        detail: name ?? 'nobody',
      });
      await flushVersioned(em, request, 'AdministrativeRequest', version);
      await raiseAdminRequestEvent(em, jobs, request, entry, false);
      return request;
    });
  }

  async addInternalNote(id: string, value: string): Promise<AdminRequestInternalNote> {
    const { em, identity } = this.ctx;
    authorize(identity, 'admin-request:handle', 'keep internal notes on administrative requests');
    const body = text(value, 'text', 'text');
    const request = await this.get(id);
    const jobs = this.ctx.jobs!;
    return withTransaction(em, async () => {
      const note = em.create(AdminRequestInternalNote, {
        request,
        authorId: identity.id,
        author: identity.name,
        text: body,
      });
      const entry = this.record(request, AdminRequestEventKind.INTERNAL_NOTE, { internal: true });
      await this.rememberDeskMember();
      await em.flush();
      await raiseAdminRequestEvent(em, jobs, request, entry, false);
      return note;
    });
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

  internalNotes(request: AdminRequest): Promise<AdminRequestInternalNote[]> {
    authorize(this.ctx.identity, 'admin-request:handle', 'read internal notes');
    return this.ctx.em.find(
      AdminRequestInternalNote,
      { request },
      { orderBy: { createdAt: 'asc' } },
    );
  }

  async deskMembers(): Promise<SupportDeskMember[]> {
    authorize(this.ctx.identity, 'admin-request:handle', 'see the support desk');
    await this.rememberDeskMember();
    return this.ctx.em.find(SupportDeskMember, {}, { orderBy: { name: 'asc' } });
  }

  private record(
    request: AdminRequest,
    kind: AdminRequestEventKind,
    fields: Partial<
      Pick<AdminRequestHistory, 'fromStatus' | 'toStatus' | 'internal' | 'detail' | 'messageId'>
    >,
  ): AdminRequestHistory {
    return this.ctx.em.create(AdminRequestHistory, {
      request,
      kind,
      internal: false,
      actorId: this.ctx.identity.id,
      actor: this.ctx.identity.name,
      ...fields,
    });
  }

  /** Colleagues one can assign to: everyone who has used the support desk (accounts live in the gateway). */
  private async rememberDeskMember(): Promise<void> {
    const { id, name, email } = this.ctx.identity;
    await this.ctx.em.upsert(
      SupportDeskMember,
      { accountId: id, name, email, lastSeenAt: new Date() },
      { onConflictFields: ['accountId'], onConflictAction: 'merge' },
    );
  }
}
