import { Record, resolvePersonReference, type SubgraphDefinition } from '@casework/kit';
import { seedDemoData } from './demo/demo-data.js';
import { migrations } from './migrations/index.js';
import { NoteVersion } from './note/note-version.entity.js';
import { Note } from './note/note.entity.js';
import { NoteResolver } from './note/note.resolver.js';
import { PersonNotesResolver } from './person/person-notes.resolver.js';

/** Everything said and written with and about clients. */
export const communicationsSubgraph: SubgraphDefinition = {
  name: 'communications',
  defaultPort: 4003,
  entities: [Record, Note, NoteVersion],
  migrations,
  resolvers: [NoteResolver, PersonNotesResolver],
  references: { Person: resolvePersonReference },
  seedDemoData,
};
