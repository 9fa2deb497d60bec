import { Record, type SubgraphDefinition } from '@casework/kit';
import { seedDemoData } from './demo/demo-data.js';
import { migrations } from './migrations/index.js';
import { Person } from './person/person.entity.js';
import { resolvePersonReference } from './person/person.reference.js';
import { PersonResolver } from './person/person.resolver.js';

/** Clients and their cases. */
export const casesSubgraph: SubgraphDefinition = {
  name: 'cases',
  defaultPort: 4001,
  entities: [Record, Person],
  migrations,
  resolvers: [PersonResolver],
  references: { Person: resolvePersonReference },
  seedDemoData,
};
