import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Same depth from src/bench and dist/bench.
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../../../..');

/**
 * The text of a named operation as an app sends it, read from the app's source (its `graphql(...)`
 * templates), so the benchmark measures the screens' real documents and follows their changes.
 * Fragments the operation spreads (directly or through other fragments) are appended, as the
 * app's generated document carries them.
 */
export function appOperation(file: string, name: string): string {
  const templates = [
    ...readFileSync(join(repoRoot, file), 'utf8').matchAll(/graphql\(`([^`]*)`\)/g),
  ].map((match) => match[1]!.trim());
  const operation = templates.find((text) =>
    new RegExp(`\\b(query|mutation)\\s+${name}\\b`).test(text),
  );
  if (!operation) throw new Error(`No operation ${name} in ${file}`);
  const fragments = new Map<string, string>();
  for (const text of templates) {
    const fragment = /^fragment\s+(\w+)\s+on\b/.exec(text);
    if (fragment) fragments.set(fragment[1]!, text);
  }
  const included = new Set<string>();
  const pending = [operation];
  while (pending.length > 0) {
    for (const [, spread] of pending.pop()!.matchAll(/\.\.\.\s*(\w+)/g)) {
      if (spread === 'on' || included.has(spread!)) continue;
      const text = fragments.get(spread!);
      if (!text) throw new Error(`Fragment ${spread} of ${name} is not in ${file}`);
      included.add(spread!);
      pending.push(text);
    }
  }
  return [operation, ...[...included].map((spread) => fragments.get(spread)!)].join('\n\n');
}
