export * from './test-database.js';
export * from './subgraph-harness.js';
export * from './migration-drift.js';
export * from './smtp.js';
export * from './live-client.js';
export * from './concurrent-edits.js';
export * from './sample-files.js';
export * from './mail-parsing.js';
