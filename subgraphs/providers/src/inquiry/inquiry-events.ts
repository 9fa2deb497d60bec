import { randomUUID } from 'node:crypto';
import { INQUIRY_FACTS_QUEUE, type InquiryFact, type JobQueue, publishEvent } from '@casework/kit';
import { type EntityManager } from '@mikro-orm/postgresql';
import { registerEnumType } from 'type-graphql';
import { InquiryMethod } from '../provider/inquiry-method.js';
import { type InquiryMessage } from './inquiry-message.entity.js';
import { type Inquiry } from './inquiry.entity.js';

export const INQUIRY_EVENTS = 'inquiry_events';

/** What happened to an inquiry, for live updates (R6.1). */
export enum InquiryActivityKind {
  /** The agency sent an internet inquiry: it is waiting in the provider's portal. */
  SENT = 'SENT',
  /** The provider asked the caseworker for more information. */
  MORE_INFORMATION_REQUESTED = 'MORE_INFORMATION_REQUESTED',
  /** The caseworker replied to the provider's question. */
  MORE_INFORMATION_PROVIDED = 'MORE_INFORMATION_PROVIDED',
  /** The provider answered in the portal (R1.7). */
  ANSWERED = 'ANSWERED',
  /** The caseworker withdrew the inquiry. */
  WITHDRAWN = 'WITHDRAWN',
}

registerEnumType(InquiryActivityKind, {
  name: 'InquiryActivityKind',
  description: 'What happened to an inquiry',
});

/** The NOTIFY payload: ids only (PostgreSQL caps payloads at 8000 bytes); fields are read per subscriber. */
export interface InquiryEventPayload {
  eventId: string;
  kind: InquiryActivityKind;
  inquiryId: string;
  providerId: string;
  /** The caseworker it is addressed to; null when it is addressed to the provider. */
  recipientId: string | null;
  /** Internet inquiries are visible in the provider's portal. */
  portal: boolean;
}

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
    eventId,
    kind,
    inquiryId: inquiry.id,
    providerId: inquiry.provider.id,
    recipientId: toProvider ? null : inquiry.createdById,
    portal: inquiry.method === InquiryMethod.INTERNET,
  };
  const fact = inquiryFact(eventId, kind, inquiry, message);
  if (fact) await jobs.enqueue(em, INQUIRY_FACTS_QUEUE, fact, { id: eventId });
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
