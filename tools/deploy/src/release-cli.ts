import { join } from 'node:path';
import { assembleRelease, repoRoot } from './release.js';

// npm run release (root): builds every workspace, then assembles .release/ for the container image.
const outDir = join(repoRoot, '.release');
const copied = assembleRelease(outDir);
process.stdout.write(
  `release assembled in ${outDir} (${copied.length} entries); build the image with:\n` +
    `  docker build -f tools/deploy/Dockerfile -t casework:<version> .release\n`,
);
