import { registerEnumType } from 'type-graphql';

/**
 * The life of an inquiry. SENT: waiting for the provider. MORE_INFORMATION_REQUESTED: the provider
 * asked a question, waiting for the caseworker. ANSWERED_AVAILABLE / ANSWERED_NOT_AVAILABLE: the
 * provider can or cannot deliver (final). WITHDRAWN: the caseworker took it back (final). EXPIRED:
 * the period ended without an answer (final).
 */
export enum InquiryStatus {
  SENT = 'SENT',
  MORE_INFORMATION_REQUESTED = 'MORE_INFORMATION_REQUESTED',
  ANSWERED_AVAILABLE = 'ANSWERED_AVAILABLE',
  ANSWERED_NOT_AVAILABLE = 'ANSWERED_NOT_AVAILABLE',
  WITHDRAWN = 'WITHDRAWN',
  EXPIRED = 'EXPIRED',
}

export enum InquiryEvent {
  REQUEST_MORE_INFORMATION = 'REQUEST_MORE_INFORMATION',
  PROVIDE_MORE_INFORMATION = 'PROVIDE_MORE_INFORMATION',
  ANSWER_AVAILABLE = 'ANSWER_AVAILABLE',
  ANSWER_NOT_AVAILABLE = 'ANSWER_NOT_AVAILABLE',
  WITHDRAW = 'WITHDRAW',
  EXPIRE = 'EXPIRE',
}

registerEnumType(InquiryStatus, {
  name: 'InquiryStatus',
  description:
    'SENT -> MORE_INFORMATION_REQUESTED <-> SENT; SENT or MORE_INFORMATION_REQUESTED -> ANSWERED_AVAILABLE | ANSWERED_NOT_AVAILABLE | WITHDRAWN | EXPIRED (final)',
});

const OPEN = {
  [InquiryEvent.ANSWER_AVAILABLE]: InquiryStatus.ANSWERED_AVAILABLE,
  [InquiryEvent.ANSWER_NOT_AVAILABLE]: InquiryStatus.ANSWERED_NOT_AVAILABLE,
  [InquiryEvent.WITHDRAW]: InquiryStatus.WITHDRAWN,
  [InquiryEvent.EXPIRE]: InquiryStatus.EXPIRED,
};

const TRANSITIONS: Record<InquiryStatus, Partial<Record<InquiryEvent, InquiryStatus>>> = {
  [InquiryStatus.SENT]: {
    ...OPEN,
    [InquiryEvent.REQUEST_MORE_INFORMATION]: InquiryStatus.MORE_INFORMATION_REQUESTED,
  },
  [InquiryStatus.MORE_INFORMATION_REQUESTED]: {
    ...OPEN,
    [InquiryEvent.PROVIDE_MORE_INFORMATION]: InquiryStatus.SENT,
    // The provider may add to its question while waiting.
    [InquiryEvent.REQUEST_MORE_INFORMATION]: InquiryStatus.MORE_INFORMATION_REQUESTED,
  },
  [InquiryStatus.ANSWERED_AVAILABLE]: {},
  [InquiryStatus.ANSWERED_NOT_AVAILABLE]: {},
  [InquiryStatus.WITHDRAWN]: {},
  [InquiryStatus.EXPIRED]: {},
};

/** The status after the event, or null when the event is not allowed in this status. */
export function nextInquiryStatus(
  status: InquiryStatus,
  event: InquiryEvent,
): InquiryStatus | null {
  return TRANSITIONS[status][event] ?? null;
}

export function isOpen(status: InquiryStatus): boolean {
  return status === InquiryStatus.SENT || status === InquiryStatus.MORE_INFORMATION_REQUESTED;
}
