import {
  authorize,
  flushVersioned,
  refuse,
  type RequestContext,
  withTransaction,
} from '@casework/kit';
import {
  AdminRequestEventKind,
  AdminRequestSide,
  AdminRequestStatus,
} from './admin-request-enums.js';
import { raiseAdminRequestEvent } from './admin-request-events.js';
import { attachFiles, checkFileInputs } from './admin-request-files.js';
import { AdminRequestMessage } from './admin-request-message.entity.js';
import {
  recordAdminRequestEvent,
  rememberDeskMember,
  requestText,
} from './admin-request-records.js';
import { checkTransition, statusAfterReply } from './admin-request-status.js';
import { type AdminRequest } from './admin-request.entity.js';
import {
  type ChangeAdminRequestStatusInput,
  type ReplyToAdminRequestInput,
} from './admin-request.input.js';
import { AdminRequestService } from './admin-request.service.js';

/** The conversation on a request (R5): replies from either side and status changes by hand. */
export class AdminRequestConversationService {
  private readonly requests: AdminRequestService;

  constructor(private readonly ctx: RequestContext) {
    this.requests = new AdminRequestService(ctx);
  }

  /** A reply from either side; refused on a closed request. Replies move the status on (see statusAfterReply). */
  async reply(id: string, input: ReplyToAdminRequestInput): Promise<AdminRequestMessage> {
    const { em, identity } = this.ctx;
    const side = this.requests.side();
    if (side === AdminRequestSide.PROVIDER)
      authorize(identity, 'admin-request:create', 'reply to administrative requests (R5.1)');
    const body = requestText(input.text, 'input.text');
    checkFileInputs(input.files, 'input.files');
    const request = await this.requests.get(id);
    if (request.status === AdminRequestStatus.CLOSED)
      throw refuse('REQUEST_CLOSED', { field: 'id', params: { reference: request.reference } });
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
        await rememberDeskMember(this.ctx);
      }
      request.lastActivityAt = now;
      const next = statusAfterReply(side, request.status);
      const entry = recordAdminRequestEvent(this.ctx, request, AdminRequestEventKind.REPLIED, {
        messageId: message.id,
      });
      if (next !== request.status) {
        recordAdminRequestEvent(this.ctx, request, AdminRequestEventKind.STATUS_CHANGED, {
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
    const side = this.requests.side();
    if (side === AdminRequestSide.PROVIDER)
      authorize(identity, 'admin-request:create', 'close or reopen administrative requests (R5.1)');
    const request = await this.requests.get(id);
    const from = request.status;
    const refusal = checkTransition(
      side,
      from,
      input.status,
      request.closedAt ?? request.resolvedAt,
    );
    const extensions = { status: from };
    if (refusal === 'REOPEN_PERIOD_OVER')
      throw refuse(refusal, { field: 'input.status', extensions });
    if (refusal)
      throw refuse(refusal, {
        field: 'input.status',
        params: { from, to: input.status },
        extensions,
      });
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
      const entry = recordAdminRequestEvent(
        this.ctx,
        request,
        AdminRequestEventKind.STATUS_CHANGED,
        {
          fromStatus: from,
          toStatus: input.status,
        },
      );
      if (side === AdminRequestSide.AGENCY) await rememberDeskMember(this.ctx);
      await flushVersioned(em, request, 'AdministrativeRequest', input.version);
      await raiseAdminRequestEvent(em, jobs, request, entry, side === AdminRequestSide.AGENCY);
      return request;
    });
  }
}
