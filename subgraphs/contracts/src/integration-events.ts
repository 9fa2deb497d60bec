/**
 * Domain events for the agency's other systems (issue 17): each producer queues one job per event
 * on this pg-boss queue in the transaction that makes the change (job id = `eventId`); the
 * gateway, which owns API clients and their webhook subscriptions, fans it out into one signed
 * delivery per subscribed endpoint. Ids and facts only, no personal data: a receiver reads more
 * through the API with its own scopes.
 */
export const INTEGRATION_EVENTS_QUEUE = 'gateway.integration-event';

/** One delivery of an event to one endpoint (the gateway's own queue; job id = delivery id). */
export const WEBHOOK_DELIVERY_QUEUE = 'gateway.webhook-delivery';

/**
 * The event types a webhook can subscribe to, each with the scope a client must hold to receive
 * it (a permission of kit's table, as text: contracts depend on nothing).
 */
export const INTEGRATION_EVENT_TYPES = {
  /** A provider answered an internet inquiry (R1.7). */
  INQUIRY_ANSWERED: 'inquiry:read',
  /** A caseworker referred a client to a provider (R4.4). */
  REFERRAL_MADE: 'case:read',
  /** A meeting with an application's clients was held (R3.1). */
  MEETING_HELD: 'case:read',
} as const;

export type IntegrationEventType = keyof typeof INTEGRATION_EVENT_TYPES;

interface IntegrationEventBase {
  /** Contract version: a consumer refuses versions it does not know. */
  version: 1;
  /** Unique per event (UUID): the webhook id receivers drop duplicates by. */
  eventId: string;
  /** ISO date-time of the change. */
  occurredAt: string;
}

export interface InquiryAnsweredIntegrationEvent extends IntegrationEventBase {
  type: 'INQUIRY_ANSWERED';
  data: {
    inquiryId: string;
    reference: string;
    providerId: string;
    answer: 'AVAILABLE' | 'NOT_AVAILABLE';
  };
}

export interface ReferralMadeIntegrationEvent extends IntegrationEventBase {
  type: 'REFERRAL_MADE';
  data: { referralId: string; integratedCaseId: string; providerId: string; referredOn: string };
}

export interface MeetingHeldIntegrationEvent extends IntegrationEventBase {
  type: 'MEETING_HELD';
  data: { meetingId: string; applicationId: string; heldOn: string };
}

export type IntegrationEventV1 =
  InquiryAnsweredIntegrationEvent | ReferralMadeIntegrationEvent | MeetingHeldIntegrationEvent;
