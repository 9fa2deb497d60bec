/** The registries the apps translate (pure data, importable without the runtime). */
export * from './errors/refusal-codes.js';
export * from './notifications/notification-kinds.js';
