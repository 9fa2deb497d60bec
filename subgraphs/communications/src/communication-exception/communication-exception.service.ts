import {
  assertUuid,
  audit,
  type AuditEntry,
  authorize,
  authorizeProviderChange,
  canReadProvider,
  forbidden,
  flushVersioned,
  groupByKeys,
  loadAuditTrail,
  notFound,
  type RequestContext,
  snapshot,
} from '@casework/kit';
import {
  CommunicationException,
  CommunicationExceptionStatus,
  type PartyKey,
  PartyType,
} from './communication-exception.entity.js';
import {
  type CommunicationExceptionInput,
  type UpdateCommunicationExceptionInput,
} from './communication-exception.input.js';
import {
  applyExceptionUpdate,
  cancelException,
  checkExceptionPeriod,
} from './communication-exception.rules.js';

const AUDITED: (keyof CommunicationException & string)[] = [
  'method',
  'reason',
  'fromDate',
  'toDate',
  'comments',
  'status',
];

/**
 * The exceptions of a party in force on `on` (YYYY-MM-DD): active, begun and not ended. A plain
 * query with no permission check and no side effect, for this subgraph's own decisions (letters
 * choose their channel with it, issue 12); callers that answer a user authorize first.
 */
export function exceptionsInForceFor(
  em: RequestContext['em'],
  party: PartyKey,
  on: string,
): Promise<CommunicationException[]> {
  return em.find(
    CommunicationException,
    {
      subjectType: party.type,
      subjectId: party.id,
      status: CommunicationExceptionStatus.ACTIVE,
      fromDate: { $lte: on },
      $or: [{ toDate: null }, { toDate: { $gte: on } }],
    },
    { orderBy: { fromDate: 'desc', createdAt: 'desc' } },
  );
}

/**
 * Communication exceptions of persons and providers (R2.7), with every change audited (R6.3).
 * Who may read and change them follows the party: persons need person:read / person:write;
 * providers are read by staff and their own users, changed by staff with provider:write and
 * the organisation's own provider administrator.
 */
export class CommunicationExceptionService {
  constructor(private readonly ctx: RequestContext) {}

  private authorizeRead(party: PartyKey): void {
    if (party.type === PartyType.PERSON) {
      authorize(this.ctx.identity, 'person:read', 'read communication exceptions of persons');
    } else if (!canReadProvider(this.ctx.identity, party.id)) {
      throw forbidden('read communication exceptions of this provider');
    }
  }

  private authorizeChange(party: PartyKey, action: string): void {
    if (party.type === PartyType.PERSON) {
      authorize(this.ctx.identity, 'person:write', action);
    } else {
      authorizeProviderChange(this.ctx.identity, party.id, action);
    }
  }

  async add(party: PartyKey, input: CommunicationExceptionInput): Promise<CommunicationException> {
    this.authorizeChange(party, 'record communication exceptions');
    assertUuid(party.id, party.type === PartyType.PERSON ? 'personId' : 'providerId');
    checkExceptionPeriod(input.fromDate, input.toDate);
    const exception = this.ctx.em.create(CommunicationException, {
      subjectType: party.type,
      subjectId: party.id,
      method: input.method,
      reason: input.reason.trim(),
      fromDate: input.fromDate,
      toDate: input.toDate ?? null,
      comments: input.comments?.trim() || null,
      createdBy: this.ctx.identity.name,
    });
    this.audit(exception, 'CREATED');
    await this.ctx.em.flush();
    return exception;
  }

  /** One exception the caller may change; `only` narrows it to one party type (older mutations). */
  private async getForChange(
    id: string,
    action: string,
    only?: PartyType,
  ): Promise<CommunicationException> {
    assertUuid(id, 'id');
    const exception = await this.ctx.em.findOne(CommunicationException, { id });
    if (!exception || (only && exception.subjectType !== only))
      throw notFound('CommunicationException', id);
    this.authorizeChange({ type: exception.subjectType, id: exception.subjectId }, action);
    return exception;
  }

  async update(
    id: string,
    input: UpdateCommunicationExceptionInput,
    only?: PartyType,
  ): Promise<CommunicationException> {
    const exception = await this.getForChange(id, 'change communication exceptions', only);
    const before = snapshot(exception, AUDITED);
    applyExceptionUpdate(exception, input);
    this.audit(exception, 'UPDATED', before);
    await flushVersioned(this.ctx.em, exception, 'CommunicationException', input.version);
    return exception;
  }

  async cancel(id: string, only?: PartyType): Promise<CommunicationException> {
    const exception = await this.getForChange(id, 'cancel communication exceptions', only);
    const before = snapshot(exception, AUDITED);
    cancelException(exception, this.ctx.identity.name);
    this.audit(exception, 'CANCELLED', before);
    await flushVersioned(this.ctx.em, exception, 'CommunicationException', exception.version);
    return exception;
  }

  /** The audit entry is flushed with the change itself, never one without the other (R6.3). */
  private audit(
    exception: CommunicationException,
    action: string,
    before?: Record<string, string | null>,
  ): void {
    audit(this.ctx, {
      subjectId: exception.subjectId,
      entityType: 'CommunicationException',
      entityId: exception.id,
      action,
      before,
      after: snapshot(exception, AUDITED),
    });
  }

  /** Exceptions of each party of one type, newest period first, for a DataLoader batch. */
  async ofParties(type: PartyType, ids: readonly string[]): Promise<CommunicationException[][]> {
    const rows = await this.ctx.em.find(
      CommunicationException,
      { subjectType: type, subjectId: { $in: [...ids] } },
      { orderBy: { fromDate: 'desc', createdAt: 'desc' } },
    );
    return groupByKeys(ids, rows, (r) => r.subjectId);
  }

  /** All exceptions of a party (cancelled ones included), batched per request. */
  load(party: PartyKey): Promise<CommunicationException[]> {
    this.authorizeRead(party);
    return this.ctx.loaders
      .get<string, CommunicationException[]>(`exceptionsOf${party.type}`, (ids) =>
        this.ofParties(party.type, ids),
      )
      .load(party.id);
  }

  /** The exceptions of a party in force on a date, for a caller who may read them. */
  inForce(party: PartyKey, on: string): Promise<CommunicationException[]> {
    this.authorizeRead(party);
    return exceptionsInForceFor(this.ctx.em, party, on);
  }

  /** The changes to one exception, newest first (R6.3). */
  async auditTrail(exception: CommunicationException): Promise<AuditEntry[]> {
    this.authorizeRead({ type: exception.subjectType, id: exception.subjectId });
    const trail = await loadAuditTrail(this.ctx, exception.subjectId);
    return trail.filter(
      (e) => e.entityType === 'CommunicationException' && e.entityId === exception.id,
    );
  }

  static active(exceptions: CommunicationException[]): CommunicationException[] {
    return exceptions.filter((e) => e.status === CommunicationExceptionStatus.ACTIVE);
  }
}
