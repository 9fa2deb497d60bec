import {
  Address,
  assertUuid,
  authorize,
  can,
  type Connection,
  flushVersioned,
  forbidden,
  newReference,
  notFound,
  type RequestContext,
  searchTerms,
  paginate,
  findInKeyOrder,
} from '@casework/kit';
import { type FilterQuery } from '@mikro-orm/core';
import { EmailStatus } from './email-status.js';
import { Provider } from './provider.entity.js';
import { type RegisterProviderInput, type UpdateProviderInput } from './provider.input.js';

export interface ProviderSearch {
  search?: string | null;
  /** Only providers offering this service. */
  serviceId?: string | null;
  first: number;
  after?: string | null;
}

/** Provider organisations; portal users see only their own organisation. */
export class ProviderService {
  constructor(private readonly ctx: RequestContext) {}

  /** Agency staff read every provider; portal users only the organisation they belong to. */
  private readableScope(): FilterQuery<Provider> {
    const { identity } = this.ctx;
    if (can(identity, 'provider:read')) return {};
    if (can(identity, 'provider:read-own') && identity.organisationId)
      return { id: identity.organisationId };
    throw forbidden('read providers');
  }

  async get(id: string): Promise<Provider> {
    const scope = this.readableScope();
    assertUuid(id, 'id');
    const provider = await this.ctx.em.findOne(Provider, { $and: [{ id }, scope] });
    if (!provider) throw notFound('Provider', id);
    return provider;
  }

  async findByIds(ids: readonly string[]): Promise<(Provider | null)[]> {
    return findInKeyOrder(this.ctx.em, Provider, ids, this.readableScope());
  }

  async search({ search, serviceId, first, after }: ProviderSearch): Promise<Connection<Provider>> {
    const scope = this.readableScope();
    if (serviceId) assertUuid(serviceId, 'serviceId');
    const where: FilterQuery<Provider> = {
      $and: [
        scope,
        ...(serviceId ? [{ services: serviceId }] : []),
        ...searchTerms(search).map((term) => ({
          $or: [
            { name: { $ilike: term } },
            { reference: { $ilike: term } },
            { email: { $ilike: term } },
          ],
        })),
      ],
    };
    return paginate(this.ctx.em, Provider, where, { name: 'asc', id: 'asc' }, { first, after });
  }

  async register(input: RegisterProviderInput): Promise<Provider> {
    authorize(this.ctx.identity, 'provider:write', 'register providers');
    const provider = this.ctx.em.create(Provider, {
      reference: newReference('PR'),
      name: input.name.trim(),
      address: input.address ? Object.assign(new Address(), input.address) : null,
      phone: input.phone ?? null,
      email: input.email?.toLowerCase() ?? null,
      preferredInquiryMethod: input.preferredInquiryMethod ?? null,
      preferredCommunicationMethod: input.preferredCommunicationMethod ?? null,
      // R1.8: an address staff already know to bounce must not be offered for email.
      emailStatus: input.emailStatus ?? EmailStatus.OK,
    });
    await this.ctx.em.flush();
    this.ctx.logger.info({ providerId: provider.id }, 'provider registered');
    return provider;
  }

  async update(id: string, input: UpdateProviderInput): Promise<Provider> {
    authorize(this.ctx.identity, 'provider:write', 'change providers');
    const provider = await this.get(id);
    const { version, address, email, name, ...rest } = input;
    if (name !== undefined) provider.name = name.trim();
    if (email !== undefined && email?.toLowerCase() !== provider.email) {
      provider.email = email?.toLowerCase() ?? null;
      // A new address has not bounced yet.
      provider.emailStatus = EmailStatus.OK;
    }
    if (address !== undefined)
      provider.address = address ? Object.assign(new Address(), address) : null;
    for (const [key, value] of Object.entries(rest)) {
      if (value !== undefined) Object.assign(provider, { [key]: value });
    }
    await flushVersioned(this.ctx.em, provider, 'Provider', version);
    return provider;
  }
}
