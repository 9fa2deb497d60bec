import { type EntityManager } from '@mikro-orm/postgresql';
import { Provider } from '../provider/provider.entity.js';

/**
 * Which of these service ids the provider `within` offers (active services only), for the cases
 * subgraph's check that a referral names a service its provider offers (R2.1, R4.4).
 */
export async function servicesOfferedBy(
  em: EntityManager,
  ids: string[],
  within?: string,
): Promise<string[]> {
  if (!within) return [];
  const provider = await em.findOne(Provider, { id: within }, { populate: ['services'] });
  if (!provider) return [];
  const offered = new Set(
    provider.services
      .getItems()
      .filter((s) => s.active)
      .map((s) => s.id),
  );
  return ids.filter((id) => offered.has(id));
}
