import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The committed schema files live beside this package's src and dist folders. */
export const schemaDir = fileURLToPath(new URL('..', import.meta.url));

export function schemaFile(name: string): string {
  return `${schemaDir}${name}.graphql`;
}

/** The composed supergraph the gateway serves (committed; `npm run compose` rewrites it). */
export function readSupergraph(): string {
  return readFileSync(schemaFile('supergraph'), 'utf8');
}
