export * from './dev-secrets.js';
export * from './service-process.js';
export * from './stack.js';
