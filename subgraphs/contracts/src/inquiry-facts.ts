/**
 * Domain events of the providers subgraph about inquiries, for the communications subgraph, which
 * turns them into inbox entries and mails (R1.5, R1.7, R6.1). Providers queues one job per fact on
 * this pg-boss queue in the transaction that makes the change (job id = `eventId`); the payload is
 * ids and facts, never rendered text. Versioned: a consumer handles every version it may receive;
 * a change that is not backwards compatible gets a new version beside the old one.
 */
export const INQUIRY_FACTS_QUEUE = 'communications.inquiry-fact';

interface InquiryFactBase {
  version: 1;
  /** Unique per fact (UUID): the job id and the inbox's idempotency key. */
  eventId: string;
  /** ISO date-time of the change. */
  occurredAt: string;
  inquiryId: string;
  reference: string;
  /** The caseworker who made the inquiry: account id and the address their mail goes to. */
  caseworkerId: string;
  caseworkerEmail: string;
  providerId: string;
  providerName: string;
  serviceName: string;
  /** YYYY-MM-DD. */
  periodFrom: string;
  periodTo: string;
}

/** The provider answered an internet inquiry in the portal (R1.7). */
export interface InquiryAnsweredV1 extends InquiryFactBase {
  type: 'INQUIRY_ANSWERED';
  answer: 'AVAILABLE' | 'NOT_AVAILABLE';
  comment: string | null;
}

/** The provider asked the caseworker for more information (R1.5). */
export interface InquiryMoreInformationRequestedV1 extends InquiryFactBase {
  type: 'INQUIRY_MORE_INFORMATION_REQUESTED';
  /** The thread message with the question. */
  messageId: string;
  author: string;
  text: string;
}

export type InquiryFact = InquiryAnsweredV1 | InquiryMoreInformationRequestedV1;
