import { type ReferenceResolver } from '@casework/kit';
import { personRef } from './person.type.js';

/** Nothing to load: this subgraph only adds fields to persons it is handed by id. */
export const resolvePersonReference: ReferenceResolver = (reference) => personRef(reference.id);
