import {
  authorize,
  flushVersioned,
  refuse,
  type RequestContext,
  withTransaction,
} from '@casework/kit';
import { AdminRequestEventKind } from './admin-request-enums.js';
import { raiseAdminRequestEvent } from './admin-request-events.js';
import { AdminRequestInternalNote } from './admin-request-internal-note.entity.js';
import {
  recordAdminRequestEvent,
  rememberDeskMember,
  requestText,
} from './admin-request-records.js';
import { type AdminRequest } from './admin-request.entity.js';
import { AdminRequestService } from './admin-request.service.js';
import { SupportDeskMember } from './support-desk-member.entity.js';

/** The support desk's own work on requests (R5): assignments, internal notes and its members. */
export class AdminRequestDeskService {
  private readonly requests: AdminRequestService;

  constructor(private readonly ctx: RequestContext) {
    this.requests = new AdminRequestService(ctx);
  }

  /** The desk assigns a request to the caller or a colleague who has used the desk; null unassigns. */
  async assign(id: string, version: number, assigneeId: string | null): Promise<AdminRequest> {
    const { em } = this.ctx;
    authorize(this.ctx.identity, 'admin-request:handle', 'assign administrative requests');
    await rememberDeskMember(this.ctx);
    const request = await this.requests.get(id);
    let name: string | null = null;
    if (assigneeId) {
      const member = await em.findOne(SupportDeskMember, { accountId: assigneeId });
      if (!member)
        throw refuse('NOT_DESK_MEMBER', {
          field: 'assigneeId',
          params: { property: 'assigneeId' },
        });
      name = member.name;
    }
    const jobs = this.ctx.jobs!;
    return withTransaction(em, async () => {
      request.assigneeId = assigneeId;
      request.assigneeName = name;
      const entry = recordAdminRequestEvent(this.ctx, request, AdminRequestEventKind.ASSIGNED, {
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
    const body = requestText(value, 'text');
    const request = await this.requests.get(id);
    const jobs = this.ctx.jobs!;
    return withTransaction(em, async () => {
      const note = em.create(AdminRequestInternalNote, {
        request,
        authorId: identity.id,
        author: identity.name,
        text: body,
      });
      const entry = recordAdminRequestEvent(
        this.ctx,
        request,
        AdminRequestEventKind.INTERNAL_NOTE,
        { internal: true },
      );
      await rememberDeskMember(this.ctx);
      await em.flush();
      await raiseAdminRequestEvent(em, jobs, request, entry, false);
      return note;
    });
  }

  async deskMembers(): Promise<SupportDeskMember[]> {
    authorize(this.ctx.identity, 'admin-request:handle', 'see the support desk');
    await rememberDeskMember(this.ctx);
    return this.ctx.em.find(SupportDeskMember, {}, { orderBy: { name: 'asc' } });
  }

  internalNotes(request: AdminRequest): Promise<AdminRequestInternalNote[]> {
    authorize(this.ctx.identity, 'admin-request:handle', 'read internal notes');
    return this.ctx.em.find(
      AdminRequestInternalNote,
      { request },
      { orderBy: { createdAt: 'asc' } },
    );
  }
}
