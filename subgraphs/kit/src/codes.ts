/**
 * The refusal registry the apps translate (pure data, importable without the runtime); the
 * notification kinds are a contract: `@casework/contracts/notification-kinds`.
 */
export * from './errors/refusal-codes.js';
