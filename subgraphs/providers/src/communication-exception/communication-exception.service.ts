import {
  applyExceptionUpdate,
  assertUuid,
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
import { authorizeProviderChange } from '../provider/provider-access.js';
import { ProviderService } from '../provider/provider.service.js';
import { ProviderCommunicationException } from './communication-exception.entity.js';

/** A provider's communication exceptions (R2.7); the rules are kit's, shared with persons. */
export class ProviderCommunicationExceptionService {
  constructor(private readonly ctx: RequestContext) {}

  async add(
    providerId: string,
    input: CommunicationExceptionInput,
  ): Promise<ProviderCommunicationException> {
    checkExceptionPeriod(input.fromDate, input.toDate);
    const provider = await new ProviderService(this.ctx).get(providerId);
    authorizeProviderChange(this.ctx.identity, provider.id, 'record communication exceptions');
    const exception = this.ctx.em.create(ProviderCommunicationException, {
      provider,
      method: input.method,
      reason: input.reason.trim(),
      fromDate: input.fromDate,
      toDate: input.toDate ?? null,
      comments: input.comments?.trim() || null,
      createdBy: this.ctx.identity.name,
    });
    await this.ctx.em.flush();
    return exception;
  }

  private async get(id: string): Promise<ProviderCommunicationException> {
    assertUuid(id, 'id');
    const exception = await this.ctx.em.findOne(ProviderCommunicationException, id);
    if (!exception) throw notFound('CommunicationException', id);
    // Readable only with its provider (portal users: their own organisation).
    await new ProviderService(this.ctx).get(exception.provider.id);
    authorizeProviderChange(this.ctx.identity, exception.provider.id, 'change this exception');
    return exception;
  }

  async update(
    id: string,
    input: UpdateCommunicationExceptionInput,
  ): Promise<ProviderCommunicationException> {
    const exception = await this.get(id);
    applyExceptionUpdate(exception, input);
    await flushVersioned(this.ctx.em, exception, 'CommunicationException', input.version);
    return exception;
  }

  async cancel(id: string): Promise<ProviderCommunicationException> {
    const exception = await this.get(id);
    cancelException(exception, this.ctx.identity.name);
    await flushVersioned(this.ctx.em, exception, 'CommunicationException', exception.version);
    return exception;
  }

  /** Exceptions of each provider, newest period first, for a DataLoader batch. */
  async ofProviders(providerIds: readonly string[]): Promise<ProviderCommunicationException[][]> {
    const rows = await this.ctx.em.find(
      ProviderCommunicationException,
      { provider: { $in: [...providerIds] } },
      { orderBy: { fromDate: 'desc', createdAt: 'desc' } },
    );
    return groupByKeys(providerIds, rows, (r) => r.provider.id);
  }

  load(providerId: string): Promise<ProviderCommunicationException[]> {
    return this.ctx.loaders
      .get<string, ProviderCommunicationException[]>('exceptionsOfProvider', (ids) =>
        this.ofProviders(ids),
      )
      .load(providerId);
  }

  static active(exceptions: ProviderCommunicationException[]) {
    return exceptions.filter((e) => e.status === CommunicationExceptionStatus.ACTIVE);
  }
}
