import { type EntityManager } from '@mikro-orm/postgresql';
import { CompiledQuery, type Kysely } from 'kysely';

/**
 * Runs parameterised SQL ($1, $2 ...) on the EntityManager's open transaction when there is one,
 * else on its pool, so work queued here commits or rolls back with the caller's changes.
 */
export function sqlExecutor(em: EntityManager) {
  return {
    async executeSql(
      text: string,
      values: unknown[] = [],
    ): Promise<{ rows: Record<string, unknown>[] }> {
      const tx = em.getTransactionContext<Kysely<unknown>>();
      const executor = tx ?? em.getConnection().getClient();
      const result = await executor.executeQuery<Record<string, unknown>>(
        CompiledQuery.raw(text, values),
      );
      return { rows: [...result.rows] };
    },
  };
}
