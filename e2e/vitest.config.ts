import { fileURLToPath } from 'node:url';
import { backendTestConfig } from '@casework/testing/vitest';
import { mergeConfig } from 'vitest/config';

// Each file starts the whole stack (PostgreSQL, three subgraphs, the gateway), or uses the run's
// shared one (test/shared-stack.setup.ts): on 2 cores, with turbo running the other workspaces'
// tests beside it, a start can take well over a minute. Files stay isolated here: some set
// process.env for the stack they start (upload limits, webhook hosts), which must not reach the
// next file's stack.
export default mergeConfig(backendTestConfig, {
  test: {
    globalSetup: [fileURLToPath(new URL('./test/shared-stack.setup.ts', import.meta.url))],
    hookTimeout: 240_000,
    isolate: true,
  },
});
