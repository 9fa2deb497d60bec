import {
  authorizeProviderChange,
  Address,
  assertUuid,
  flushVersioned,
  notFound,
  type RequestContext,
} from '@casework/kit';
import { type Provider } from '../provider/provider.entity.js';
import { ProviderService } from '../provider/provider.service.js';
import { ProviderBranch } from './branch.entity.js';
import { type AddBranchInput, type UpdateBranchInput } from './branch.input.js';

const compactIban = (iban: string | null | undefined) =>
  iban ? iban.replace(/\s+/g, '').toUpperCase() : null;

/** Branches and subsidiaries of provider organisations. */
export class BranchService {
  constructor(private readonly ctx: RequestContext) {}

  /** Branches of providers the caller may read, active first, then by name. */
  async listFor(providerIds: readonly string[]): Promise<ProviderBranch[]> {
    return this.ctx.em.find(
      ProviderBranch,
      { provider: { $in: [...providerIds] } },
      { orderBy: { active: 'desc', name: 'asc' } },
    );
  }

  /** A branch of a provider the caller may read (NOT_FOUND otherwise). */
  async get(id: string): Promise<ProviderBranch> {
    assertUuid(id, 'id');
    const branch = await this.ctx.em.findOne(ProviderBranch, id);
    if (!branch) throw notFound('ProviderBranch', id);
    await new ProviderService(this.ctx).get(branch.provider.id);
    return branch;
  }

  async add(providerId: string, input: AddBranchInput): Promise<ProviderBranch> {
    const provider: Provider = await new ProviderService(this.ctx).get(providerId);
    authorizeProviderChange(this.ctx.identity, provider.id, 'add branches to this provider');
    const branch = this.ctx.em.create(ProviderBranch, {
      provider,
      name: input.name.trim(),
      kind: input.kind,
      address: input.address ? Object.assign(new Address(), input.address) : null,
      email: input.email?.toLowerCase() ?? null,
      phone: input.phone ?? null,
      iban: compactIban(input.iban),
    });
    await this.ctx.em.flush();
    return branch;
  }

  async update(id: string, input: UpdateBranchInput): Promise<ProviderBranch> {
    const branch = await this.get(id);
    authorizeProviderChange(this.ctx.identity, branch.provider.id, 'change this branch');
    const { version, address, email, iban, name, ...rest } = input;
    if (name !== undefined) branch.name = name.trim();
    if (address !== undefined)
      branch.address = address ? Object.assign(new Address(), address) : null;
    if (email !== undefined) branch.email = email?.toLowerCase() ?? null;
    if (iban !== undefined) branch.iban = compactIban(iban);
    for (const [key, value] of Object.entries(rest)) {
      if (value !== undefined) Object.assign(branch, { [key]: value });
    }
    await flushVersioned(this.ctx.em, branch, 'ProviderBranch', version);
    return branch;
  }
}
