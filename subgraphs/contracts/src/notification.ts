/** NOTIFY channel on which the communications subgraph announces a stored notification. */
export const NOTIFICATION_EVENTS = 'notification_events';

/** The NOTIFY payload on NOTIFICATION_EVENTS when a notification is stored: ids only. */
export interface NotificationEvent {
  /** Contract version: a consumer refuses versions it does not know. */
  version: 1;
  notificationId: string;
  recipientId: string;
}
