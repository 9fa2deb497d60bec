import { defineConfig } from 'vitest/config';

// The launcher's own tests are unit tests (no database, no stack).
export default defineConfig({ test: { include: ['src/**/*.test.ts'] } });
