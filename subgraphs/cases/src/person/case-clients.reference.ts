import { type EntityManager } from '@mikro-orm/postgresql';
import { ApplicationCase } from '../application/application-case.entity.js';
import { CaseMember } from '../integrated-case/case-member.entity.js';
import { IntegratedCase } from '../integrated-case/integrated-case.entity.js';
import { today } from '../shared/dates.js';

/**
 * Which of these persons are clients of the application case `within` (its applicants), for the
 * communications subgraph's check of CLIENT meeting invitees (R3.1).
 */
export async function clientsOfApplicationCase(
  em: EntityManager,
  personIds: string[],
  within?: string,
): Promise<string[]> {
  if (!within) return [];
  const application = await em.findOne(
    ApplicationCase,
    { id: within },
    { populate: ['clients'], fields: ['id', 'clients.id'] },
  );
  const clients = new Set(application?.clients.getItems().map((p) => p.id) ?? []);
  return personIds.filter((id) => clients.has(id));
}

/**
 * Which of these persons are clients of the integrated case `within`: its primary client and
 * its current members (R4.5), for CLIENT meeting invitees (R3.1).
 */
export async function clientsOfIntegratedCase(
  em: EntityManager,
  personIds: string[],
  within?: string,
): Promise<string[]> {
  if (!within) return [];
  const found = await em.findOne(
    IntegratedCase,
    { id: within },
    { fields: ['id', 'primaryClient'] },
  );
  if (!found) return [];
  const members = await em.find(
    CaseMember,
    {
      integratedCase: within,
      person: { $in: personIds },
      $or: [{ endDate: null }, { endDate: { $gte: today() } }],
    },
    { fields: ['id', 'person'] },
  );
  const clients = new Set([found.primaryClient.id, ...members.map((m) => m.person.id)]);
  return personIds.filter((id) => clients.has(id));
}
