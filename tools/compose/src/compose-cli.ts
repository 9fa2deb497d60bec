// `npm run compose`: writes schema/<subgraph>.graphql and schema/supergraph.graphql.
import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { CompositionError, composeSupergraph } from './compose.js';
import { schemaFile } from '@casework/schema';

try {
  const composed = await composeSupergraph();
  for (const [name, sdl] of Object.entries(composed.subgraphs)) {
    await writeFile(schemaFile(name), sdl);
  }
  await writeFile(schemaFile('supergraph'), composed.supergraph);
  await writeFile(schemaFile('api'), composed.api);
  process.stdout.write(
    `Wrote ${Object.keys(composed.subgraphs).length} subgraph schemas, supergraph.graphql and api.graphql\n`,
  );
} catch (error) {
  process.stderr.write(`${error instanceof CompositionError ? error.message : String(error)}\n`);
  process.exit(1);
}
