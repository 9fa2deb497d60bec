/** NOTIFY channel of the providers subgraph's inquiry events (R6.1). */
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

/** The NOTIFY payload: ids only (PostgreSQL caps payloads at 8000 bytes); fields are read per subscriber. */
export interface InquiryEventPayload {
  /** Contract version: a consumer refuses versions it does not know. */
  version: 1;
  eventId: string;
  kind: InquiryActivityKind;
  inquiryId: string;
  providerId: string;
  /** The caseworker it is addressed to; null when it is addressed to the provider. */
  recipientId: string | null;
  /** Internet inquiries are visible in the provider's portal. */
  portal: boolean;
}
