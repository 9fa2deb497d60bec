import { type GraphQLResponse } from './subgraph-harness.js';

/**
 * Runs `pairs` pairs of concurrent writes of one version (issue 14 item 8) and returns each pair's
 * outcome codes, sorted: `['CONFLICT', 'OK']` when one write won and the other was refused.
 */
export async function concurrentEditOutcomes(
  pairs: number,
  prepare: (pair: number) => Promise<{ id: string; version: number }>,
  edit: (
    record: { id: string; version: number },
    side: 'left' | 'right',
  ) => Promise<GraphQLResponse>,
): Promise<string[][]> {
  const outcomes: string[][] = [];
  for (let pair = 0; pair < pairs; pair++) {
    const record = await prepare(pair);
    const results = await Promise.all([edit(record, 'left'), edit(record, 'right')]);
    outcomes.push(results.map((r) => String(r.errors?.[0]?.extensions?.code ?? 'OK')).sort());
  }
  return outcomes;
}
