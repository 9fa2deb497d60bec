import {
  applyExceptionUpdate,
  assertUuid,
  authorize,
  cancelException,
  checkExceptionPeriod,
  type CommunicationExceptionInput,
  CommunicationExceptionStatus,
  flushVersioned,
  groupByKeys,
  notFound,
  type RequestContext,
  type UpdateCommunicationExceptionInput,
} from '@casework/kit';
import { audit, snapshot } from '../audit/audit.js';
import { PersonService } from '../person/person.service.js';
import { CommunicationException } from './communication-exception.entity.js';

const AUDITED: (keyof CommunicationException & string)[] = [
  'method',
  'reason',
  'fromDate',
  'toDate',
  'comments',
  'status',
];

/** A person's communication exceptions (R2.7), with every change audited (R6.3). */
export class CommunicationExceptionService {
  constructor(private readonly ctx: RequestContext) {}

  async add(personId: string, input: CommunicationExceptionInput): Promise<CommunicationException> {
    authorize(this.ctx.identity, 'person:write', 'record communication exceptions');
    checkExceptionPeriod(input.fromDate, input.toDate);
    const person = await new PersonService(this.ctx).get(personId);
    const exception = this.ctx.em.create(CommunicationException, {
      person,
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

  async get(id: string): Promise<CommunicationException> {
    authorize(this.ctx.identity, 'person:read', 'read persons');
    assertUuid(id, 'id');
    const exception = await this.ctx.em.findOne(CommunicationException, { id });
    if (!exception) throw notFound('CommunicationException', id);
    return exception;
  }

  async update(
    id: string,
    input: UpdateCommunicationExceptionInput,
  ): Promise<CommunicationException> {
    authorize(this.ctx.identity, 'person:write', 'change communication exceptions');
    const exception = await this.get(id);
    const before = snapshot(exception, AUDITED);
    applyExceptionUpdate(exception, input);
    this.audit(exception, 'UPDATED', before);
    await flushVersioned(this.ctx.em, exception, 'CommunicationException', input.version);
    return exception;
  }

  async cancel(id: string): Promise<CommunicationException> {
    authorize(this.ctx.identity, 'person:write', 'cancel communication exceptions');
    const exception = await this.get(id);
    const before = snapshot(exception, AUDITED);
    cancelException(exception, this.ctx.identity.name);
    this.audit(exception, 'CANCELLED', before);
    await flushVersioned(this.ctx.em, exception, 'CommunicationException', exception.version);
    return exception;
  }

  private audit(
    exception: CommunicationException,
    action: string,
    before?: Record<string, string | null>,
  ) {
    audit(this.ctx, {
      subjectId: exception.person.id,
      entityType: 'CommunicationException',
      entityId: exception.id,
      action,
      before,
      after: snapshot(exception, AUDITED),
    });
  }

  /** Exceptions of each person, newest period first, for a DataLoader batch. */
  async ofPersons(personIds: readonly string[]): Promise<CommunicationException[][]> {
    const rows = await this.ctx.em.find(
      CommunicationException,
      { person: { $in: [...personIds] } },
      { orderBy: { fromDate: 'desc', createdAt: 'desc' } },
    );
    return groupByKeys(personIds, rows, (r) => r.person.id);
  }

  load(personId: string): Promise<CommunicationException[]> {
    return this.ctx.loaders
      .get<string, CommunicationException[]>('exceptionsOfPerson', (ids) => this.ofPersons(ids))
      .load(personId);
  }

  static active(exceptions: CommunicationException[]): CommunicationException[] {
    return exceptions.filter((e) => e.status === CommunicationExceptionStatus.ACTIVE);
  }
}
