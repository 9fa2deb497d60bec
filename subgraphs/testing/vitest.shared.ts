import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Test config every backend workspace uses: decorator metadata, workspace sources, one graphql. */
export const backendTestConfig = defineConfig({
  oxc: { decorator: { legacy: true, emitDecoratorMetadata: true } },
  resolve: {
    conditions: ['source'],
    // Mixing graphql's ESM and CJS builds makes two copies ("another module or realm").
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  ssr: { resolve: { conditions: ['source'], externalConditions: [] } },
  test: {
    globalSetup: [fileURLToPath(new URL('./src/global-setup.ts', import.meta.url))],
    testTimeout: 60_000,
    // Waiting, not a speed check: turbo runs every workspace's tests at once on 2 cores, and a
    // browser step behind a mutation and a refetch can then take longer than 10 s.
    expect: { poll: { timeout: 30_000, interval: 100 } },
    hookTimeout: 60_000,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Files share their worker's module cache: importing MikroORM, type-graphql and the subgraph
    // again for every file was about half of each backend suite's CPU time on 2 cores. Every file
    // makes its own database, schema and servers, so no state is shared through modules.
    isolate: false,
  },
});
