import { defineConfig } from 'vitest/config';

// No database: the manifests are rendered and validated, the release is assembled into a temp folder.
export default defineConfig({ test: { include: ['src/**/*.test.ts'], testTimeout: 60_000 } });
