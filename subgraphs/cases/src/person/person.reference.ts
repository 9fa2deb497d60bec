import { can, forbidden, type ReferenceResolver } from '@casework/kit';
import { type EntityManager } from '@mikro-orm/postgresql';
import { Person } from './person.entity.js';
import { PersonService } from './person.service.js';

/**
 * What `person:read-name` reveals of a person (issue 14 item 12): the name. Even `id` is refused, so
 * that no field resolver of Person (cases, applications, audit ...) runs for such a caller; the key
 * is known to the caller anyway from the referring subgraph.
 */
const NAME_ONLY = new Set<PropertyKey>(['name', '__typename', 'constructor']);

/**
 * Resolves `Person` references from other subgraphs, batched per request. Provider users reach a
 * person only as the client of an inquiry to their own organisation (the providers subgraph checks
 * that), and see only the name: every other field of that person is FORBIDDEN.
 */
export const resolvePersonReference: ReferenceResolver = async (reference, ctx) => {
  const nameOnly = !can(ctx.identity, 'person:read') && can(ctx.identity, 'person:read-name');
  const person = await ctx.loaders
    .get<string, Person | null>('personById', (ids) =>
      new PersonService(ctx).findByIds(ids, nameOnly),
    )
    .load(reference.id);
  return person && nameOnly ? nameOnlyView(person) : person;
};

function nameOnlyView(person: Person): Person {
  return new Proxy(person, {
    get(target, property) {
      // Anything that is not a property of a person (a promise's `then`, say) is simply absent.
      if (typeof property === 'symbol' || NAME_ONLY.has(property) || !(property in target))
        return Reflect.get(target, property) as unknown;
      throw forbidden(`read this client's ${property} (provider users see only the name)`);
    },
  });
}

/** Which of these ids are Persons, for other subgraphs' reference checks (issue 14 item 11). */
export async function existingPersons(em: EntityManager, ids: string[]): Promise<string[]> {
  const rows = await em.find(Person, { id: { $in: ids } }, { fields: ['id'] });
  return rows.map((row) => row.id);
}
