export * from './demo-ids.js';
export * from './inquiry-events.js';
export * from './meeting-held.js';
export * from './notification.js';
export * from './versions.js';
