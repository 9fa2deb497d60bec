import { definePersonReference } from '@casework/kit';

/** Person (owned by the cases subgraph) as this subgraph refers to it. */
export const Person = definePersonReference();
