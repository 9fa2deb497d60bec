import { type ReferenceResolver } from '@casework/kit';
import { type Provider } from './provider.entity.js';
import { ProviderService } from './provider.service.js';

/** Resolves `Provider` references from other subgraphs, batched per request. */
export const resolveProviderReference: ReferenceResolver = (reference, ctx) =>
  ctx.loaders
    .get<string, Provider | null>('providerById', (ids) => new ProviderService(ctx).findByIds(ids))
    .load(reference.id);
