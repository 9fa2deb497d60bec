export * from './account-session-events.js';
export * from './demo-ids.js';
export * from './inquiry-events.js';
export * from './inquiry-facts.js';
export * from './meeting-held.js';
export * from './notification.js';
export * from './notification-kinds.js';
export * from './versions.js';
