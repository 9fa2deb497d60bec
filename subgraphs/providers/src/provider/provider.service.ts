import {
  Address,
  assertUuid,
  authorize,
  can,
  flushVersioned,
  forbidden,
  newReference,
  notFound,
  type RequestContext,
  searchTerms,
  findInKeyOrder,
  type KeysetColumn,
  rowPage,
  sqlConditions,
  type RowConnection,
  type SelectionTree,
  shapeColumns,
  timestampReader,
} from '@casework/kit';
import { type FilterQuery } from '@mikro-orm/core';
import { EmailStatus } from './email-status.js';
import { Provider } from './provider.entity.js';
import { PROVIDER_SHAPE, type ProviderFields } from './provider-row.js';
import { type RegisterProviderInput, type UpdateProviderInput } from './provider.input.js';

export interface ProviderSearch {
  search?: string | null;
  /** Only providers offering this service. */
  serviceId?: string | null;
  first: number;
  after?: string | null;
}

/** By name; the id breaks ties (cursor order, as `findByCursor` had it). */
const BY_NAME: readonly KeysetColumn[] = [
  { sql: 'p.name', row: 'name', key: 'name', type: 'text' },
  { sql: 'p.id', row: 'id', key: 'id', type: 'uuid' },
];

/** Provider organisations; portal users see only their own organisation. */
export class ProviderService {
  constructor(private readonly ctx: RequestContext) {}

  /** Agency staff read every provider; portal users only the organisation they belong to. */
  private readableProvider(): { providerId: string } | 'all' {
    const { identity } = this.ctx;
    if (can(identity, 'provider:read')) return 'all';
    if (can(identity, 'provider:read-own') && identity.organisationId)
      return { providerId: identity.organisationId };
    throw forbidden('read providers');
  }

  private readableScope(): FilterQuery<Provider> {
    const visible = this.readableProvider();
    return visible === 'all' ? {} : { id: visible.providerId };
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

  /**
   * A page of providers by name, read as plain rows in one statement (issue 15): `nodes` is what
   * the request selects of them (null: everything); `total` counts all matches in the same statement.
   */
  async search(
    { search, serviceId, first, after }: ProviderSearch,
    { total, nodes }: { total: boolean; nodes: SelectionTree | null },
  ): Promise<RowConnection<ProviderFields>> {
    const visible = this.readableProvider();
    if (serviceId) assertUuid(serviceId, 'serviceId');
    const { where, params, holds } = sqlConditions();
    if (visible !== 'all') holds('p.id = ?', visible.providerId);
    if (serviceId)
      holds(
        'exists (select 1 from providers.provider_service ps where ps.provider_id = p.id and ps.service_id = ?)',
        serviceId,
      );
    for (const term of searchTerms(search))
      holds('(p.name ilike ? or p.reference ilike ? or p.email ilike ?)', term, term, term);
    const shaped = shapeColumns<ProviderFields>(PROVIDER_SHAPE, nodes && Object.keys(nodes), {
      alias: 'p',
      prefix: '',
      always: ['id', 'name'],
      timestamp: timestampReader(this.ctx.em),
    });
    return rowPage(
      this.ctx.em,
      {
        select: shaped.select,
        from: 'providers.provider p',
        where,
        params,
        orderBy: BY_NAME,
        descending: false,
        toNode: shaped.node,
      },
      { first, after },
      { total },
    );
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
