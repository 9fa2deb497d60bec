import { type EntityManager } from '@mikro-orm/postgresql';
import { IntegratedCase } from './integrated-case.entity.js';

/** Which of these ids are IntegratedCases, for other subgraphs' reference checks (issue 14 item 11). */
export async function existingIntegratedCases(em: EntityManager, ids: string[]): Promise<string[]> {
  const rows = await em.find(IntegratedCase, { id: { $in: ids } }, { fields: ['id'] });
  return rows.map((row) => row.id);
}
