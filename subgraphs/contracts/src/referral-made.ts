/**
 * A referral was made (R4.4) and its notification letters are wanted (R2.1): sent by the cases
 * subgraph in the transaction that stores the referral, consumed by the communications subgraph,
 * which writes, renders and sends (or queues for printing) one letter to the client and one to the
 * provider. Job id = `eventId`, so a repeated send is harmless. Facts only, no rendered text.
 */
export const REFERRAL_MADE_QUEUE = 'communications.referral-made';

/** A postal address as the parties' records keep it. */
export interface PartyAddressFact {
  line1: string;
  line2: string | null;
  postalCode: string;
  city: string;
  country: string;
}

/** R2.5: send at once (channel decided per party, R2.6) or queue both for printing and posting. */
export type LetterDelivery = 'SEND_NOW' | 'PRINT_LATER';

export interface ReferralMadeV1 {
  version: 1;
  eventId: string;
  occurredAt: string;
  referralId: string;
  integratedCaseId: string;
  caseReference: string;
  serviceName: string;
  /** YYYY-MM-DD. */
  referredOn: string;
  delivery: LetterDelivery;
  caseworker: { id: string; name: string; email: string | null };
  client: {
    personId: string;
    name: string;
    email: string | null;
    address: PartyAddressFact | null;
    preferredCommunicationMethod: string | null;
    /** R2.2: the caseworker's text for the client's letter. */
    text: string;
  };
  provider: {
    providerId: string;
    /** R2.2: the caseworker's text for the provider's letter. */
    text: string;
  };
}
