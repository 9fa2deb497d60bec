/**
 * The contract between services that raise events for a user and the communications subgraph,
 * which keeps each user's notification inbox (R6.1). A service queues this job in the same
 * transaction as its change; the communications worker stores it once per `eventId`.
 */
export const NOTIFICATION_QUEUE = 'notification-create';

/** NOTIFY channel on which the communications subgraph announces a stored notification. */
export const NOTIFICATION_EVENTS = 'notification_events';

export interface NotificationJob {
  /** Contract version: a consumer refuses versions it does not know. */
  version: 1;
  /** Unique per event (UUID): the job id and the inbox's idempotency key. */
  eventId: string;
  /** Account id of the recipient. */
  recipientId: string;
  /** Machine-readable kind, such as INQUIRY_ANSWERED. */
  kind: string;
  title: string;
  body: string;
  /** Type and id of what the notification is about, and the app path that opens it. */
  subjectType: string;
  subjectId: string;
  link: string;
}

/** The NOTIFY payload on NOTIFICATION_EVENTS when a notification is stored: ids only. */
export interface NotificationEvent {
  version: 1;
  notificationId: string;
  recipientId: string;
}
