import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { schemaDir, schemaFile } from '@casework/schema';
import { checkCommittedSchema, checkStability } from './schema-stability.js';

const released = await readFile(`${schemaDir}released/api.graphql`, 'utf8');
const current = await readFile(schemaFile('api'), 'utf8');
const changelog = await readFile(`${schemaDir}CHANGELOG.md`, 'utf8');

/** A deliberately breaking change: the `providers` query loses its `search` argument. */
const withoutSearch = current.replace(
  /(\n {2}providers\(\n)\s*"""\s*Words matched[\s\S]*?"""\s*search: String\n/,
  '$1',
);

describe('issue 17: the API schema stays compatible (R6.2)', () => {
  it('R6.2: the committed schema/api.graphql has no unrecorded breaking change against the released copy', async () => {
    expect((await checkCommittedSchema()).unrecorded).toEqual([]);
  });

  it('R6.2: a deliberately breaking change (an argument removed) fails the check', async () => {
    expect(withoutSearch).not.toBe(current);
    const report = await checkStability(released, withoutSearch, changelog);
    expect(report.unrecorded).toHaveLength(1);
    expect(report.unrecorded[0]).toMatch(/^Query\.providers\.search: /);
  });

  it('R6.2: the same change passes once the CHANGELOG records it with its deprecation', async () => {
    const recorded = changelog.replace(
      '### Breaking\n',
      '### Breaking\n\n- `Query.providers.search`: removed (deprecated since 2026-06-01; use `filter`)\n',
    );
    const report = await checkStability(released, withoutSearch, recorded);
    expect(report.unrecorded).toEqual([]);
    expect(report.recorded).toContainEqual(expect.stringMatching(/^Query\.providers\.search/));
    // A record without its deprecation date does not count.
    const undated = changelog.replace(
      '### Breaking\n',
      '### Breaking\n\n- `Query.providers.search`: removed\n',
    );
    expect((await checkStability(released, withoutSearch, undated)).unrecorded).toHaveLength(1);
  });

  it('R6.2: additions are not breaking', async () => {
    const added = current.replace(/^type Query \{\n/m, 'type Query {\n  apiVersion: String\n');
    expect(added).not.toBe(current);
    expect((await checkStability(released, added, changelog)).unrecorded).toEqual([]);
  });
});
