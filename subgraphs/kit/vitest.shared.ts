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
    globalSetup: [fileURLToPath(new URL('./src/testing/global-setup.ts', import.meta.url))],
    testTimeout: 60_000,
    expect: { poll: { timeout: 10_000, interval: 100 } },
    hookTimeout: 60_000,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  },
});
