import { type ReferenceResolver } from '@casework/kit';
import { type EntityManager } from '@mikro-orm/postgresql';
import { Provider } from './provider.entity.js';
import { ProviderService } from './provider.service.js';

/** Resolves `Provider` references from other subgraphs, batched per request. */
export const resolveProviderReference: ReferenceResolver = (reference, ctx) =>
  ctx.loaders
    .get<string, Provider | null>('providerById', (ids) => new ProviderService(ctx).findByIds(ids))
    .load(reference.id);

/** Which of these ids are Providers, for other subgraphs' reference checks (issue 14 item 11). */
export async function existingProviders(em: EntityManager, ids: string[]): Promise<string[]> {
  const rows = await em.find(Provider, { id: { $in: ids } }, { fields: ['id'] });
  return rows.map((row) => row.id);
}
