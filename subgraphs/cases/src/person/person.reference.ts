import { type ReferenceResolver } from '@casework/kit';
import { type Person } from './person.entity.js';
import { PersonService } from './person.service.js';

/** Resolves `Person` references from other subgraphs, batched per request. */
export const resolvePersonReference: ReferenceResolver = (reference, ctx) =>
  ctx.loaders
    .get<string, Person | null>('personById', (ids) => new PersonService(ctx).findByIds(ids))
    .load(reference.id);
