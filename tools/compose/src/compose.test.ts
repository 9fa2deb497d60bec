import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { composeSupergraph } from './compose.js';
import { schemaFile } from '@casework/schema';

describe('committed schema files', () => {
  it('match what the subgraph code produces (run `npm run compose` and commit if not)', async () => {
    const composed = await composeSupergraph();
    for (const [name, sdl] of Object.entries(composed.subgraphs)) {
      expect(await readFile(schemaFile(name), 'utf8'), `schema/${name}.graphql is stale`).toBe(sdl);
    }
    expect(
      await readFile(schemaFile('supergraph'), 'utf8'),
      'schema/supergraph.graphql is stale',
    ).toBe(composed.supergraph);
    expect(await readFile(schemaFile('api'), 'utf8'), 'schema/api.graphql is stale').toBe(
      composed.api,
    );
  });

  it('compose the cross-subgraph Person.notes field', async () => {
    const { supergraph } = await composeSupergraph();
    expect(supergraph).toMatch(
      /type Person[\s\S]*?notes\(includeCancelled: Boolean! = false\): \[Note!\] @join__field\(graph: COMMUNICATIONS\)/,
    );
  });
});
