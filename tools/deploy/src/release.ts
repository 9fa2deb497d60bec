import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The workspaces that run in production, with what each needs beside package.json. */
export const RUNTIME_WORKSPACES: Record<string, string[]> = {
  'subgraphs/contracts': ['dist'],
  'subgraphs/kit': ['dist'],
  'subgraphs/cases': ['dist'],
  'subgraphs/providers': ['dist'],
  'subgraphs/communications': ['dist'],
  gateway: ['dist'],
  schema: ['dist', '*.graphql'],
  'agency-web': ['dist'],
  'portal-web': ['dist'],
};

/** What each container command runs (the image's entry point is `node`). */
export const SERVICE_ENTRIES = {
  gateway: 'gateway/dist/main.js',
  cases: 'subgraphs/cases/dist/main.js',
  providers: 'subgraphs/providers/dist/main.js',
  communications: 'subgraphs/communications/dist/main.js',
} as const;

export const MIGRATE_ENTRIES = Object.values(SERVICE_ENTRIES).map((entry) =>
  entry.replace(/main\.js$/, 'migrate.js'),
);

/**
 * Assembles the release folder the container image is built from (tools/deploy/Dockerfile): the
 * root package.json and package-lock.json, every workspace's package.json (so `npm ci` in the image
 * sees the same lock), and the built output of the runtime workspaces. Run after `turbo run build`;
 * a missing build output is an error, not an incomplete image.
 */
export function assembleRelease(outDir: string, root = repoRoot): string[] {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const copied: string[] = [];
  const copy = (path: string) => {
    const from = join(root, path);
    if (!existsSync(from)) throw new Error(`release: ${path} is missing; run the build first`);
    cpSync(from, join(outDir, path), { recursive: true });
    copied.push(path);
  };
  copy('package.json');
  copy('package-lock.json');
  const workspaces = (
    JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      workspaces: string[];
    }
  ).workspaces;
  for (const pattern of workspaces) {
    const dirs = pattern.endsWith('/*')
      ? readdirSync(join(root, pattern.slice(0, -2)), { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => `${pattern.slice(0, -2)}/${entry.name}`)
      : [pattern];
    for (const dir of dirs)
      if (existsSync(join(root, dir, 'package.json'))) copy(`${dir}/package.json`);
  }
  for (const [dir, parts] of Object.entries(RUNTIME_WORKSPACES)) {
    for (const part of parts) {
      if (part.startsWith('*')) {
        const suffix = part.slice(1);
        for (const file of readdirSync(join(root, dir)).filter((f) => f.endsWith(suffix)))
          copy(`${dir}/${file}`);
      } else copy(`${dir}/${part}`);
    }
  }
  for (const entry of [...Object.values(SERVICE_ENTRIES), ...MIGRATE_ENTRIES]) {
    if (!existsSync(join(outDir, entry))) throw new Error(`release: ${entry} was not built`);
  }
  writeFileSync(join(outDir, 'release.json'), `${JSON.stringify({ files: copied }, null, 2)}\n`);
  return copied;
}
