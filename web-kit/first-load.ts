import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Manifest } from 'vite';

/**
 * First-load JavaScript of an app's pages from its build (issue 15): the sign-in page downloads
 * the entry chunk and its static imports; a page opened by its address downloads those plus the
 * page's lazy chunk and its static imports. Sizes are summed over distinct files, gzip as Vite
 * reports them (zlib's default level), kB = 1000 bytes.
 *
 * Run from an app's folder after `vite build`: `node ../web-kit/first-load.ts 'person page=src/persons/person-page.tsx'`
 * (the app's `npm run first-load`).
 */
const dist = 'dist';
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Manifest;

function closure(key: string, files = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`the build's manifest has no ${key}`);
  if (files.has(chunk.file)) return files;
  files.add(chunk.file);
  for (const imported of chunk.imports ?? []) closure(imported, files);
  return files;
}

const pages: [string, string[]][] = [
  ['sign-in page', ['index.html']],
  ...process.argv.slice(2).map((arg): [string, string[]] => {
    const [label, module] = arg.split('=');
    if (!label || !module) throw new Error(`expected label=src/module.tsx, got ${arg}`);
    return [label, ['index.html', module]];
  }),
];

const kB = (bytes: number) => (bytes / 1000).toFixed(1);
for (const [label, keys] of pages) {
  const files = new Set<string>();
  for (const key of keys) closure(key, files);
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const code = readFileSync(join(dist, file));
    raw += code.length;
    gzip += gzipSync(code).length;
  }
  process.stdout.write(
    `${label}: ${kB(gzip)} kB gzip (${kB(raw)} kB, ${files.size} JavaScript files)\n`,
  );
}
