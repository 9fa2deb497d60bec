import {
  authorizeProviderChange,
  assertUuid,
  refuse,
  flushVersioned,
  notFound,
  type RequestContext,
} from '@casework/kit';
import { ProviderBranch } from '../branch/branch.entity.js';
import { ProviderService } from '../provider/provider.service.js';
import { ProviderContact } from './contact.entity.js';
import { type AddContactInput, type UpdateContactInput } from './contact.input.js';

/** Contact persons at provider organisations. */
export class ContactService {
  constructor(private readonly ctx: RequestContext) {}

  /** Contacts of the given providers, primary first, then by name. */
  async listFor(providerIds: readonly string[]): Promise<ProviderContact[]> {
    return this.ctx.em.find(
      ProviderContact,
      { provider: { $in: [...providerIds] } },
      { orderBy: { primary: 'desc', name: 'asc' }, populate: ['branch'] },
    );
  }

  private async get(id: string): Promise<ProviderContact> {
    assertUuid(id, 'id');
    const contact = await this.ctx.em.findOne(ProviderContact, id);
    if (!contact) throw notFound('ProviderContact', id);
    await new ProviderService(this.ctx).get(contact.provider.id);
    return contact;
  }

  /** The branch must belong to the same provider: a contact cannot work at another's branch. */
  private async branchOf(providerId: string, branchId: string | null | undefined) {
    if (!branchId) return null;
    assertUuid(branchId, 'input.branchId');
    const branch = await this.ctx.em.findOne(ProviderBranch, {
      id: branchId,
      provider: providerId,
    });
    if (!branch) throw refuse('BRANCH_OF_OTHER_PROVIDER', { field: 'input.branchId' });
    return branch;
  }

  /** Only one primary contact per provider: the new one takes over. */
  private async clearPrimary(providerId: string, except?: string) {
    const others = await this.ctx.em.find(ProviderContact, {
      provider: providerId,
      primary: true,
      ...(except ? { id: { $ne: except } } : {}),
    });
    for (const other of others) other.primary = false;
  }

  async add(providerId: string, input: AddContactInput): Promise<ProviderContact> {
    const provider = await new ProviderService(this.ctx).get(providerId);
    authorizeProviderChange(this.ctx.identity, provider.id, 'add contacts to this provider');
    const branch = await this.branchOf(provider.id, input.branchId);
    if (input.primary) await this.clearPrimary(provider.id);
    const contact = this.ctx.em.create(ProviderContact, {
      provider,
      branch,
      name: input.name.trim(),
      position: input.position?.trim() || null,
      email: input.email?.toLowerCase() ?? null,
      phone: input.phone ?? null,
      primary: input.primary ?? false,
    });
    await this.ctx.em.flush();
    return contact;
  }

  async update(id: string, input: UpdateContactInput): Promise<ProviderContact> {
    const contact = await this.get(id);
    const providerId = contact.provider.id;
    authorizeProviderChange(this.ctx.identity, providerId, 'change this contact');
    const { version, branchId, email, name, position, primary, phone } = input;
    if (name !== undefined) contact.name = name.trim();
    if (position !== undefined) contact.position = position?.trim() || null;
    if (email !== undefined) contact.email = email?.toLowerCase() ?? null;
    if (phone !== undefined) contact.phone = phone;
    if (branchId !== undefined) contact.branch = await this.branchOf(providerId, branchId);
    if (primary !== undefined) {
      if (primary) await this.clearPrimary(providerId, contact.id);
      contact.primary = primary;
    }
    await flushVersioned(this.ctx.em, contact, 'ProviderContact', version);
    return contact;
  }

  async remove(id: string): Promise<string> {
    const contact = await this.get(id);
    authorizeProviderChange(this.ctx.identity, contact.provider.id, 'remove this contact');
    await this.ctx.em.remove(contact).flush();
    return id;
  }
}
