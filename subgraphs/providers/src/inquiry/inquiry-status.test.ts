import { describe, expect, it } from 'vitest';
import { InquiryEvent, InquiryStatus, nextInquiryStatus } from './inquiry-status.js';

const S = InquiryStatus;
const E = InquiryEvent;
const FINAL = [S.ANSWERED_AVAILABLE, S.ANSWERED_NOT_AVAILABLE, S.WITHDRAWN, S.EXPIRED];

describe('inquiry states (R1.1, R1.5)', () => {
  it.each([
    [S.SENT, E.ANSWER_AVAILABLE, S.ANSWERED_AVAILABLE],
    [S.SENT, E.ANSWER_NOT_AVAILABLE, S.ANSWERED_NOT_AVAILABLE],
    [S.SENT, E.REQUEST_MORE_INFORMATION, S.MORE_INFORMATION_REQUESTED],
    [S.SENT, E.WITHDRAW, S.WITHDRAWN],
    [S.SENT, E.EXPIRE, S.EXPIRED],
    [S.SENT, E.PROVIDE_MORE_INFORMATION, null],
    [S.MORE_INFORMATION_REQUESTED, E.PROVIDE_MORE_INFORMATION, S.SENT],
    [S.MORE_INFORMATION_REQUESTED, E.REQUEST_MORE_INFORMATION, S.MORE_INFORMATION_REQUESTED],
    [S.MORE_INFORMATION_REQUESTED, E.ANSWER_AVAILABLE, S.ANSWERED_AVAILABLE],
    [S.MORE_INFORMATION_REQUESTED, E.WITHDRAW, S.WITHDRAWN],
  ])('%s + %s -> %s', (from, event, to) => {
    expect(nextInquiryStatus(from, event)).toBe(to);
  });

  it('final states accept nothing: no answering twice, no answering a withdrawn inquiry', () => {
    for (const status of FINAL) {
      for (const event of Object.values(E)) expect(nextInquiryStatus(status, event)).toBeNull();
    }
  });
});
