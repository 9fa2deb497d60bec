import { randomUUID } from 'node:crypto';
import { type JobQueue, publishEvent } from '@casework/kit';
import {
  INQUIRY_EVENTS,
  InquiryActivityKind,
  type InquiryEventPayload,
  NOTIFICATION_QUEUE,
  type NotificationJob,
} from '@casework/contracts';
import { type EntityManager } from '@mikro-orm/postgresql';
import { registerEnumType } from 'type-graphql';
import { InquiryMethod } from '../provider/inquiry-method.js';
import { type Inquiry } from './inquiry.entity.js';

// The channel, the kinds and the payload are a contract other services read (@casework/contracts).
export { INQUIRY_EVENTS, InquiryActivityKind, type InquiryEventPayload };

registerEnumType(InquiryActivityKind, {
  name: 'InquiryActivityKind',
  description: 'What happened to an inquiry',
});

const FOR_PROVIDER = new Set([
  InquiryActivityKind.SENT,
  InquiryActivityKind.MORE_INFORMATION_PROVIDED,
  InquiryActivityKind.WITHDRAWN,
]);

/**
 * Raises an inquiry event inside the caller's transaction: the NOTIFY reaches subscribers on every
 * replica after commit, and an event addressed to a caseworker also queues the inbox notification
 * (R6.1), keyed by the event id so it is stored exactly once. Returns the event id.
 */
export async function raiseInquiryEvent(
  em: EntityManager,
  jobs: JobQueue,
  kind: InquiryActivityKind,
  inquiry: Inquiry,
): Promise<string> {
  const eventId = randomUUID();
  const toProvider = FOR_PROVIDER.has(kind);
  const payload: InquiryEventPayload = {
    version: 1,
    eventId,
    kind,
    inquiryId: inquiry.id,
    providerId: inquiry.provider.id,
    recipientId: toProvider ? null : inquiry.createdById,
    portal: inquiry.method === InquiryMethod.INTERNET,
  };
  if (!toProvider) {
    const notification: NotificationJob = {
      version: 1,
      eventId,
      recipientId: inquiry.createdById,
      ...notificationText(kind, inquiry),
      subjectType: 'Inquiry',
      subjectId: inquiry.id,
      link: `/agency/inquiries/${inquiry.id}`,
    };
    await jobs.enqueue(em, NOTIFICATION_QUEUE, notification, { id: eventId });
  }
  await publishEvent(em, INQUIRY_EVENTS, payload);
  return eventId;
}

function notificationText(
  kind: InquiryActivityKind,
  inquiry: Inquiry,
): Pick<NotificationJob, 'kind' | 'title' | 'body'> {
  const about = `"${inquiry.service.name}" from ${inquiry.periodFrom} to ${inquiry.periodTo}`;
  if (kind === InquiryActivityKind.MORE_INFORMATION_REQUESTED) {
    return {
      kind: 'INQUIRY_MORE_INFORMATION_REQUESTED',
      title: `${inquiry.provider.name} asks about inquiry ${inquiry.reference}`,
      body: `The provider needs more information about ${about}.`,
    };
  }
  const answer = inquiry.status === 'ANSWERED_AVAILABLE' ? 'can deliver' : 'cannot deliver';
  return {
    kind: 'INQUIRY_ANSWERED',
    title: `${inquiry.provider.name} answered inquiry ${inquiry.reference}: ${answer}`,
    body: `${inquiry.provider.name} ${answer} ${about}.`,
  };
}

/** Whether a subscriber may receive the event: their own inquiries, or their organisation's portal ones. */
export function isAddressedTo(
  event: InquiryEventPayload,
  identity: { id: string; organisationId?: string },
): boolean {
  if (event.recipientId) return event.recipientId === identity.id;
  return event.portal && !!identity.organisationId && event.providerId === identity.organisationId;
}
