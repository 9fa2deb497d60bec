import { defineConfig } from 'vitest/config';

// Kit's own tests are unit tests (no database): the shared backend config with its PostgreSQL
// lives in @casework/testing, which depends on kit.
export default defineConfig({
  oxc: { decorator: { legacy: true, emitDecoratorMetadata: true } },
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: { include: ['src/**/*.test.ts'] },
});
