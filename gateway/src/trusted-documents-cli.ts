import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CodeFileLoader } from '@graphql-tools/code-file-loader';
import { loadDocuments } from '@graphql-tools/load';
import { type DocumentNode } from 'graphql';
import { manifestOf, TRUSTED_MANIFEST_FILE } from './graphql/trusted-documents.js';

// Part of the gateway's build: the operations of the two apps (and web-kit, which they share),
// plucked from their sources, keyed into dist/trusted-documents.json (issue 17).
const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');

const sources = await loadDocuments(
  ['agency-web', 'portal-web', 'web-kit'].map((w) => join(root, w, 'src/**/*.{ts,tsx}')),
  {
    loaders: [new CodeFileLoader({ pluckConfig: { skipIndent: true } })],
    ignore: ['**/gql/**', '**/*.test.ts', '**/*.test.tsx'],
  },
);
const manifest = manifestOf(sources.map((s) => s.document).filter((d): d is DocumentNode => !!d));
mkdirSync(here, { recursive: true });
writeFileSync(join(here, TRUSTED_MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
process.stdout.write(`trusted documents: ${Object.keys(manifest.operations).length} operations\n`);
