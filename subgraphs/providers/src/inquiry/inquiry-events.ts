import { randomUUID } from 'node:crypto';
import { type JobQueue, publishEvent } from '@casework/kit';
import {
  INQUIRY_EVENTS,
  INQUIRY_FACTS_QUEUE,
  INTEGRATION_EVENTS_QUEUE,
  InquiryActivityKind,
  type InquiryAnsweredIntegrationEvent,
  type InquiryEventPayload,
  type InquiryFact,
} from '@casework/contracts';
import { type EntityManager } from '@mikro-orm/postgresql';
import { registerEnumType } from 'type-graphql';
import { InquiryMethod } from '../provider/inquiry-method.js';
import { type InquiryMessage } from './inquiry-message.entity.js';
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
 * replica after commit, and a fact addressed to a caseworker is also queued for the communications
 * subgraph (inbox entry and mail, R1.5, R1.7, R6.1), keyed by the event id so it is handled exactly
 * once. `message` is the thread message of a question. Returns the event id.
 */
export async function raiseInquiryEvent(
  em: EntityManager,
  jobs: JobQueue,
  kind: InquiryActivityKind,
  inquiry: Inquiry,
  message?: InquiryMessage,
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
  const fact = inquiryFact(eventId, kind, inquiry, message);
  if (fact) await jobs.enqueue(em, INQUIRY_FACTS_QUEUE, fact, { id: eventId });
  if (fact?.type === 'INQUIRY_ANSWERED') {
    // For the agency's other systems' webhooks (issue 17): ids and facts only.
    const event: InquiryAnsweredIntegrationEvent = {
      version: 1,
      eventId,
      occurredAt: fact.occurredAt,
      type: 'INQUIRY_ANSWERED',
      data: {
        inquiryId: inquiry.id,
        reference: inquiry.reference,
        providerId: inquiry.provider.id,
        answer: fact.answer,
      },
    };
    await jobs.enqueue(em, INTEGRATION_EVENTS_QUEUE, event, { id: eventId });
  }
  await publishEvent(em, INQUIRY_EVENTS, payload);
  return eventId;
}

/** The domain event for communications: ids and facts, no text (null for kinds it does not need). */
function inquiryFact(
  eventId: string,
  kind: InquiryActivityKind,
  inquiry: Inquiry,
  message: InquiryMessage | undefined,
): InquiryFact | null {
  const base = {
    version: 1 as const,
    eventId,
    occurredAt: new Date().toISOString(),
    inquiryId: inquiry.id,
    reference: inquiry.reference,
    caseworkerId: inquiry.createdById,
    caseworkerEmail: inquiry.createdByEmail,
    providerId: inquiry.provider.id,
    providerName: inquiry.provider.name,
    serviceName: inquiry.service.name,
    periodFrom: inquiry.periodFrom,
    periodTo: inquiry.periodTo,
  };
  if (kind === InquiryActivityKind.ANSWERED)
    return {
      ...base,
      type: 'INQUIRY_ANSWERED',
      answer: inquiry.status === 'ANSWERED_AVAILABLE' ? 'AVAILABLE' : 'NOT_AVAILABLE',
      comment: inquiry.answerComment ?? null,
    };
  if (kind === InquiryActivityKind.MORE_INFORMATION_REQUESTED && message)
    return {
      ...base,
      type: 'INQUIRY_MORE_INFORMATION_REQUESTED',
      messageId: message.id,
      author: message.author,
      text: message.text,
    };
  return null;
}

/** Whether a subscriber may receive the event: their own inquiries, or their organisation's portal ones. */
export function isAddressedTo(
  event: InquiryEventPayload,
  identity: { id: string; organisationId?: string },
): boolean {
  if (event.recipientId) return event.recipientId === identity.id;
  return event.portal && !!identity.organisationId && event.providerId === identity.organisationId;
}
