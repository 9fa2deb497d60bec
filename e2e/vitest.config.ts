import { fileURLToPath } from 'node:url';
import { backendTestConfig } from '@casework/testing/vitest';
import { mergeConfig } from 'vitest/config';

// Each file starts the whole stack (PostgreSQL, three subgraphs, the gateway), or uses the run's
// shared one (test/shared.setup.ts): on 2 cores, with turbo running the other workspaces'
// tests beside it, a start can take well over a minute. Files stay isolated here: some set
// process.env for the stack they start (upload limits, webhook hosts), which must not reach the
// next file's stack.
export default mergeConfig(backendTestConfig, {
  test: {
    globalSetup: [fileURLToPath(new URL('./test/shared.setup.ts', import.meta.url))],
    hookTimeout: 240_000,
    isolate: true,
    // One file at a time: two at once on 2 cores, beside turbo's other suites, pushed browser
    // steps past their waits (tried 2026-11-29). The shared stack and browser still save starts.
    maxWorkers: 1,
    // Waiting, not a speed check: beside another file on a loaded machine, browser tests that
    // take 30-40 s alone ran past the default 60 s.
    testTimeout: 180_000,
  },
});
