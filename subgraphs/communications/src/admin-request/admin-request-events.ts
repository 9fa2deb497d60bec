import { randomUUID } from 'node:crypto';
import { type Identity, type JobQueue, publishEvent } from '@casework/kit';
import { type EntityManager } from '@mikro-orm/postgresql';
import { AdminRequestEventKind } from './admin-request-enums.js';
import { type AdminRequestHistory } from './admin-request-history.entity.js';
import { type AdminRequest } from './admin-request.entity.js';

export const ADMIN_REQUEST_EVENTS = 'admin_request_events';
export const ADMIN_REQUEST_MAIL_QUEUE = 'admin-request-mail';

/** The NOTIFY payload: ids only; subscribers read the request as they may see it. */
export interface AdminRequestEventPayload {
  eventId: string;
  kind: AdminRequestEventKind;
  requestId: string;
  providerId: string;
  /** Internal events (notes, assignment) reach the support desk only. */
  internal: boolean;
}

export interface AdminRequestMailJob {
  historyId: string;
}

/**
 * Raises a request event inside the caller's transaction: the NOTIFY reaches subscribers on every
 * replica after commit (R6.1), and events that concern the other side queue one mail, keyed by
 * the history entry so a repeated job sends nothing more.
 */
export async function raiseAdminRequestEvent(
  em: EntityManager,
  jobs: JobQueue,
  request: AdminRequest,
  entry: AdminRequestHistory,
  mail: boolean,
): Promise<void> {
  const payload: AdminRequestEventPayload = {
    eventId: randomUUID(),
    kind: entry.kind,
    requestId: request.id,
    providerId: request.providerId,
    internal: entry.internal,
  };
  if (mail) {
    const job: AdminRequestMailJob = { historyId: entry.id };
    await jobs.enqueue(em, ADMIN_REQUEST_MAIL_QUEUE, job, { id: entry.id });
  }
  await publishEvent(em, ADMIN_REQUEST_EVENTS, payload);
}

/** Support staff see every event; provider users only their organisation's events that are not internal. */
export function isAdminRequestEventFor(
  event: AdminRequestEventPayload,
  identity: Identity,
  handles: boolean,
): boolean {
  if (handles) return true;
  return (
    !event.internal && !!identity.organisationId && identity.organisationId === event.providerId
  );
}
