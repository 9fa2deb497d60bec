/** NOTIFY channel on which the communications subgraph announces a stored notification. */
export const NOTIFICATION_EVENTS = 'notification_events';
