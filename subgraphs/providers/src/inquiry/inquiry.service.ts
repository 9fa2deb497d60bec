import {
  assertUuid,
  authorize,
  can,
  refuse,
  flushVersioned,
  forbidden,
  newReference,
  notFound,
  type JobsContext,
  type PageRequest,
  rowPage,
  sqlConditions,
  type RowConnection,
  type SelectionTree,
  timestampReader,
  withTransaction,
} from '@casework/kit';
import { type FilterQuery } from '@mikro-orm/core';
import { InquiryMethod } from '../provider/inquiry-method.js';
import { ProviderService } from '../provider/provider.service.js';
import { Service } from '../service/service.entity.js';
import { allowedInquiryMethods } from './allowed-inquiry-methods.js';
import { inquiryMethodFacts } from './inquiry-method-facts.js';
import { InquiryEvent, InquiryStatus, nextInquiryStatus } from './inquiry-status.js';
import { InquiryMessage, MessageSide } from './inquiry-message.entity.js';
import { AnswerChannel, Inquiry } from './inquiry.entity.js';
import {
  InquiryAnswer,
  type AnswerInquiryInput,
  type CreateInquiryInput,
  type InquiryMessageInput,
  type RecordInquiryAnswerInput,
} from './inquiry.input.js';
import { InquiryActivityKind, raiseInquiryEvent } from './inquiry-events.js';
import { INQUIRY_QUEUES } from './inquiry.jobs.js';
import { type InquiryFields, inquiryPageQuery } from './inquiry-rows.js';

export interface InquiryFilter {
  providerId?: string | null;
  personId?: string | null;
  caseId?: string | null;
  mine?: boolean | null;
  status?: InquiryStatus | null;
  /** Only inquiries waiting for someone (SENT or MORE_INFORMATION_REQUESTED). */
  open?: boolean | null;
}

const today = () => new Date().toISOString().slice(0, 10);

/** Inquiries to providers (R1): sending by the allowed method, answers, and who may see what. */
export class InquiryService {
  constructor(private readonly ctx: JobsContext) {}

  /** Agency staff see all inquiries; provider users only their organisation's portal inquiries (R1.3). */
  private visibleProvider(): { providerId: string } | 'all' {
    const { identity } = this.ctx;
    if (can(identity, 'inquiry:read')) return 'all';
    if (can(identity, 'inquiry:answer') && identity.organisationId) {
      return { providerId: identity.organisationId };
    }
    throw forbidden('see inquiries');
  }

  private scope(): FilterQuery<Inquiry> {
    const visible = this.visibleProvider();
    if (visible === 'all') return {};
    return { provider: visible.providerId, method: InquiryMethod.INTERNET };
  }

  async get(id: string): Promise<Inquiry> {
    const scope = this.scope();
    assertUuid(id, 'id');
    const inquiry = await this.ctx.em.findOne(
      Inquiry,
      { $and: [{ id }, scope] },
      { populate: ['provider', 'service'] },
    );
    if (!inquiry) throw notFound('Inquiry', id);
    return inquiry;
  }

  /**
   * A page of inquiries, newest first, read as plain rows in one statement with their providers
   * and services (issue 15): `nodes` is what the request selects of them (null: everything);
   * `total` counts all matches in the same statement.
   */
  async list(
    filter: InquiryFilter,
    page: PageRequest,
    { total, nodes }: { total: boolean; nodes: SelectionTree | null },
  ): Promise<RowConnection<InquiryFields>> {
    const visible = this.visibleProvider();
    for (const [field, value] of Object.entries(filter)) {
      if (field.endsWith('Id') && typeof value === 'string') assertUuid(value, `filter.${field}`);
    }
    const { where, params, holds } = sqlConditions();
    if (visible !== 'all')
      holds('i.provider_id = ? and i.method = ?', visible.providerId, InquiryMethod.INTERNET);
    if (filter.providerId) holds('i.provider_id = ?', filter.providerId);
    if (filter.personId) holds('i.person_id = ?', filter.personId);
    if (filter.caseId) holds('i.case_id = ?', filter.caseId);
    if (filter.status) holds('i.status = ?', filter.status);
    if (filter.mine) holds('i.created_by_id = ?', this.ctx.identity.id);
    if (filter.open)
      holds('i.status in (?, ?)', InquiryStatus.SENT, InquiryStatus.MORE_INFORMATION_REQUESTED);
    const query = inquiryPageQuery(where, params, timestampReader(this.ctx.em), nodes);
    return rowPage(this.ctx.em, query, page, { total });
  }

  async create(input: CreateInquiryInput): Promise<Inquiry> {
    authorize(this.ctx.identity, 'inquiry:write', 'send inquiries');
    const { em, identity } = this.ctx;
    if (input.periodTo < input.periodFrom)
      throw refuse('PERIOD_ENDS_BEFORE_START', {
        field: 'input.periodTo',
        params: {
          endField: 'periodTo',
          end: input.periodTo,
          startField: 'periodFrom',
          start: input.periodFrom,
        },
      });
    if (input.periodTo < today()) throw refuse('PERIOD_ALREADY_ENDED', { field: 'input.periodTo' });
    // The client and case belong to the cases subgraph (issue 14 item 11).
    await this.ctx.references?.assertExist([
      { type: 'Person', id: input.personId, field: 'input.personId' },
      input.caseId ? { type: 'IntegratedCase', id: input.caseId, field: 'input.caseId' } : null,
    ]);
    const provider = await new ProviderService(this.ctx).get(input.providerId);
    await em.populate(provider, ['services']);
    const service = provider.services.getItems().find((s) => s.id === input.serviceId && s.active);
    if (!service) {
      const known = await em.count(Service, { id: input.serviceId });
      throw known
        ? refuse('SERVICE_NOT_OFFERED', {
            field: 'input.serviceId',
            params: { provider: provider.name },
          })
        : refuse('NO_SUCH_SERVICE', { field: 'input.serviceId' });
    }
    const decisions = allowedInquiryMethods(await inquiryMethodFacts(this.ctx, provider));
    const chosen = decisions.find((d) => d.method === input.method);
    if (!chosen?.allowed) {
      const allowed = decisions.filter((d) => d.allowed).map((d) => d.method);
      throw refuse('METHOD_NOT_ALLOWED', {
        field: 'input.method',
        params: {
          method: input.method,
          provider: provider.name,
          rule: chosen?.refusal?.rule ?? 'R1.8',
          methodRefusal: chosen?.refusal?.code ?? 'UNKNOWN_METHOD',
          refusal: chosen?.refusal?.message ?? `${input.method} is not an inquiry method`,
          allowed,
        },
        extensions: { allowedMethods: allowed },
      });
    }
    if (input.method === InquiryMethod.PHONE && !input.spokeWith?.trim()) {
      throw refuse('SPOKE_WITH_REQUIRED', { field: 'input.spokeWith' });
    }
    const jobs = this.ctx.jobs;
    return withTransaction(em, async () => {
      const inquiry = em.create(Inquiry, {
        reference: newReference('IQ'),
        provider,
        service,
        personId: input.personId,
        caseId: input.caseId ?? null,
        periodFrom: input.periodFrom,
        periodTo: input.periodTo,
        details: input.details,
        method: input.method,
        createdById: identity.id,
        createdBy: identity.name,
        createdByEmail: identity.email,
        spokeWith: input.method === InquiryMethod.PHONE ? input.spokeWith!.trim() : null,
      });
      await em.flush();
      // Mail goes out from a job, committed with the inquiry (R1.2, R1.3); a phone inquiry is the call itself (R1.4).
      if (input.method === InquiryMethod.EMAIL)
        await jobs.enqueue(em, INQUIRY_QUEUES.sendByEmail, { inquiryId: inquiry.id });
      if (input.method === InquiryMethod.INTERNET) {
        await jobs.enqueue(em, INQUIRY_QUEUES.tellPortalWaiting, { inquiryId: inquiry.id });
        // The provider's open portal shows it at once (R6.1).
        await raiseInquiryEvent(em, jobs, InquiryActivityKind.SENT, inquiry);
      }
      this.ctx.logger.info({ inquiryId: inquiry.id, method: inquiry.method }, 'inquiry sent');
      return inquiry;
    });
  }

  private transition(inquiry: Inquiry, event: InquiryEvent, what: string): InquiryStatus {
    const next = nextInquiryStatus(inquiry.status, event);
    if (!next) {
      throw refuse('INQUIRY_STATUS', {
        field: 'id',
        params: { status: inquiry.status, reference: inquiry.reference, action: what },
        extensions: { status: inquiry.status },
      });
    }
    return next;
  }

  /** A provider user answers an internet inquiry in the portal (R1.5, R1.7). */
  async answer(id: string, input: AnswerInquiryInput): Promise<Inquiry> {
    authorize(this.ctx.identity, 'inquiry:answer', 'answer inquiries');
    const inquiry = await this.get(id);
    const event =
      input.answer === InquiryAnswer.CAN_DELIVER
        ? InquiryEvent.ANSWER_AVAILABLE
        : InquiryEvent.ANSWER_NOT_AVAILABLE;
    inquiry.status = this.transition(inquiry, event, 'answered');
    const now = new Date();
    Object.assign(inquiry, {
      answeredAt: now,
      firstResponseAt: inquiry.firstResponseAt ?? now,
      answerChannel: AnswerChannel.PORTAL,
      answerComment: input.comment?.trim() || null,
      answeredBy: this.ctx.identity.name,
    });
    return this.commitAnswer(inquiry);
  }

  /** The caseworker records an answer that came by email or phone, with when it came (R1.6). */
  async recordAnswer(id: string, input: RecordInquiryAnswerInput): Promise<Inquiry> {
    authorize(this.ctx.identity, 'inquiry:write', 'record answers');
    const inquiry = await this.get(id);
    if (inquiry.method === InquiryMethod.INTERNET) {
      throw refuse('ANSWER_IN_PORTAL', { field: 'id' });
    }
    if (input.receivedAt.getTime() > Date.now() + 60_000)
      throw refuse('DATE_IN_FUTURE', {
        field: 'input.receivedAt',
        params: { property: 'receivedAt' },
      });
    if (input.receivedAt < inquiry.sentAt)
      throw refuse('RECEIVED_BEFORE_SENT', { field: 'input.receivedAt' });
    const event =
      input.answer === InquiryAnswer.CAN_DELIVER
        ? InquiryEvent.ANSWER_AVAILABLE
        : InquiryEvent.ANSWER_NOT_AVAILABLE;
    inquiry.status = this.transition(inquiry, event, 'answered');
    Object.assign(inquiry, {
      answeredAt: input.receivedAt,
      firstResponseAt:
        inquiry.firstResponseAt && inquiry.firstResponseAt < input.receivedAt
          ? inquiry.firstResponseAt
          : input.receivedAt,
      answerChannel:
        inquiry.method === InquiryMethod.EMAIL ? AnswerChannel.EMAIL : AnswerChannel.PHONE,
      answerComment: input.comment?.trim() || null,
      answeredBy: this.ctx.identity.name,
    });
    await flushVersioned(this.ctx.em, inquiry, 'Inquiry', inquiry.version);
    return inquiry;
  }

  async withdraw(id: string): Promise<Inquiry> {
    authorize(this.ctx.identity, 'inquiry:write', 'withdraw inquiries');
    const inquiry = await this.get(id);
    inquiry.status = this.transition(inquiry, InquiryEvent.WITHDRAW, 'withdrawn');
    inquiry.withdrawnAt = new Date();
    const { em, jobs } = this.ctx;
    await withTransaction(em, async () => {
      await flushVersioned(em, inquiry, 'Inquiry', inquiry.version);
      await raiseInquiryEvent(em, jobs, InquiryActivityKind.WITHDRAWN, inquiry);
    });
    return inquiry;
  }

  /**
   * Saves a portal answer and raises the live event with its domain event, from which the
   * communications subgraph makes the caseworker's inbox entry and email (R1.7, R6.1), in one
   * transaction: all or nothing, each once.
   */
  private async commitAnswer(inquiry: Inquiry): Promise<Inquiry> {
    const jobs = this.ctx.jobs;
    const { em } = this.ctx;
    await withTransaction(em, async () => {
      await flushVersioned(em, inquiry, 'Inquiry', inquiry.version);
      await raiseInquiryEvent(em, jobs, InquiryActivityKind.ANSWERED, inquiry);
    });
    return inquiry;
  }

  /** Messages of the inquiry's thread, oldest first, for a DataLoader batch. */
  async messagesOf(inquiryIds: readonly string[]): Promise<InquiryMessage[][]> {
    const messages = await this.ctx.em.find(
      InquiryMessage,
      { inquiry: { $in: [...inquiryIds] } },
      { orderBy: { createdAt: 'asc' } },
    );
    return inquiryIds.map((id) => messages.filter((m) => m.inquiry.id === id));
  }

  /** The provider asks for more information in the portal (R1.5); the caseworker is told. */
  async requestMoreInformation(id: string, input: InquiryMessageInput): Promise<Inquiry> {
    authorize(this.ctx.identity, 'inquiry:answer', 'ask about inquiries');
    const inquiry = await this.get(id);
    inquiry.status = this.transition(inquiry, InquiryEvent.REQUEST_MORE_INFORMATION, 'asked about');
    inquiry.firstResponseAt ??= new Date();
    return this.addMessage(
      inquiry,
      MessageSide.PROVIDER,
      input.text,
      InquiryActivityKind.MORE_INFORMATION_REQUESTED,
    );
  }

  /** The caseworker answers the provider's question; the inquiry waits for the provider again. */
  async provideMoreInformation(id: string, input: InquiryMessageInput): Promise<Inquiry> {
    authorize(this.ctx.identity, 'inquiry:write', 'reply to providers');
    const inquiry = await this.get(id);
    inquiry.status = this.transition(inquiry, InquiryEvent.PROVIDE_MORE_INFORMATION, 'replied to');
    return this.addMessage(
      inquiry,
      MessageSide.AGENCY,
      input.text,
      InquiryActivityKind.MORE_INFORMATION_PROVIDED,
    );
  }

  private async addMessage(
    inquiry: Inquiry,
    side: MessageSide,
    text: string,
    kind: InquiryActivityKind,
  ): Promise<Inquiry> {
    const { em } = this.ctx;
    const jobs = this.ctx.jobs;
    await withTransaction(em, async () => {
      const message = em.create(InquiryMessage, {
        inquiry,
        side,
        author: this.ctx.identity.name,
        text: text.trim(),
      });
      await flushVersioned(em, inquiry, 'Inquiry', inquiry.version);
      // The provider's question reaches the caseworker through communications (the fact below).
      if (side === MessageSide.AGENCY)
        await jobs.enqueue(em, INQUIRY_QUEUES.tellThreadMessage, {
          inquiryId: inquiry.id,
          messageId: message.id,
        });
      await raiseInquiryEvent(em, jobs, kind, inquiry, message);
    });
    return inquiry;
  }
}
