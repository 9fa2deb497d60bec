import {
  type EntityName,
  type FilterQuery,
  type FindByCursorOptions,
  type QueryOrderMap,
} from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';
import { refuse } from '../errors/refusal.js';
import { type Connection, toConnection } from '../graphql/connection.js';

export interface PageRequest {
  first: number;
  after?: string | null;
}

/**
 * One page of a keyset (cursor) query; `orderBy` must end with a unique column such as id.
 * `populate` loads to-one relations the page shows in the same statement (joined), instead of a
 * statement per relation afterwards.
 */
export async function paginate<T extends object, P extends string = never>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  orderBy: QueryOrderMap<T>,
  { first, after }: PageRequest,
  populate?: FindByCursorOptions<T, P>['populate'],
): Promise<Connection<T>> {
  if (!Number.isInteger(first) || first < 1 || first > 100) {
    throw refuse('PAGE_SIZE_OUT_OF_RANGE', { field: 'first' });
  }
  try {
    return toConnection(
      await em.findByCursor(entity, {
        where: where as FilterQuery<NoInfer<T>>,
        first,
        after: after ?? undefined,
        orderBy,
        ...(populate ? { populate } : {}),
      }),
    );
  } catch (error) {
    if (after && error instanceof Error && /cursor/i.test(error.message)) {
      throw refuse('INVALID_CURSOR', { field: 'after' });
    }
    throw error;
  }
}

/** Loads entities for a DataLoader batch: one result per key, in key order, null when absent. */
export async function findInKeyOrder<T extends { id: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  ids: readonly string[],
  scope: FilterQuery<T> = {},
): Promise<(T | null)[]> {
  const valid = ids.filter((id) =>
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id),
  );
  const found = await em.find(entity, { $and: [{ id: { $in: valid } }, scope] } as FilterQuery<T>);
  const byId = new Map(found.map((e) => [e.id, e]));
  return ids.map((id) => byId.get(id) ?? null);
}
