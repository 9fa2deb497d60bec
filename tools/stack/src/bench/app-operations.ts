import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Same depth from src/bench and dist/bench.
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../../../..');

/**
 * The text of a named operation as an app sends it, read from the app's source (its `graphql(...)`
 * template), so the benchmark measures the screens' real documents and follows their changes.
 */
export function appOperation(file: string, name: string): string {
  const source = readFileSync(join(repoRoot, file), 'utf8');
  for (const match of source.matchAll(/graphql\(`([^`]*)`\)/g)) {
    const text = match[1]!;
    if (new RegExp(`\\b(query|mutation)\\s+${name}\\b`).test(text)) return text.trim();
  }
  throw new Error(`No operation ${name} in ${file}`);
}
