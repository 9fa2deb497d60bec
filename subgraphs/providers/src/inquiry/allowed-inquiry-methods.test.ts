import { describe, expect, it } from 'vitest';
import { InquiryMethod } from '../provider/inquiry-method.js';
import {
  allowedInquiryMethods,
  allowedMethodList,
  type InquiryMethodFacts,
} from './allowed-inquiry-methods.js';

const { EMAIL, INTERNET, PHONE } = InquiryMethod;
type Email = 'valid' | 'missing' | 'marked invalid';

// Every combination of preference x email x portal account, with the methods R1.8 allows.
const TABLE: [InquiryMethod | null, Email, boolean, InquiryMethod[]][] = [
  [null, 'valid', true, [EMAIL]], // R1.8b
  [null, 'valid', false, [EMAIL]], // R1.8b
  [null, 'missing', true, [PHONE]], // R1.8d
  [null, 'missing', false, [PHONE]], // R1.8d
  [null, 'marked invalid', true, [PHONE]], // R1.8d
  [null, 'marked invalid', false, [PHONE]], // R1.8d
  [EMAIL, 'valid', true, [EMAIL]], // R1.8a
  [EMAIL, 'valid', false, [EMAIL]], // R1.8a
  [EMAIL, 'missing', true, [PHONE]], // R1.8a + d
  [EMAIL, 'missing', false, [PHONE]], // R1.8a + d
  [EMAIL, 'marked invalid', true, [PHONE]], // R1.8a + d
  [EMAIL, 'marked invalid', false, [PHONE]], // R1.8a + d
  [INTERNET, 'valid', true, [INTERNET]], // R1.8a, c
  [INTERNET, 'valid', false, [PHONE]], // R1.8a + c
  [INTERNET, 'missing', true, [INTERNET]], // R1.8a, c
  [INTERNET, 'missing', false, [PHONE]], // R1.8a + c + d
  [INTERNET, 'marked invalid', true, [INTERNET]], // R1.8a, c
  [INTERNET, 'marked invalid', false, [PHONE]], // R1.8a + c + d
  [PHONE, 'valid', true, [PHONE]], // R1.8a
  [PHONE, 'valid', false, [PHONE]], // R1.8a
  [PHONE, 'missing', true, [PHONE]], // R1.8a
  [PHONE, 'missing', false, [PHONE]], // R1.8a
  [PHONE, 'marked invalid', true, [PHONE]], // R1.8a
  [PHONE, 'marked invalid', false, [PHONE]], // R1.8a
];

describe('allowed inquiry methods (R1.8)', () => {
  it.each(TABLE)(
    'preference %s, email %s, portal account %s: allows %j',
    (preferred, email, portal, expected) => {
      const facts: InquiryMethodFacts = {
        preferredInquiryMethod: preferred,
        hasValidEmail: email === 'valid',
        hasPortalAccount: portal,
      };
      expect(allowedMethodList(facts)).toEqual(expected);
      const decisions = allowedInquiryMethods(facts);
      expect(decisions.map((d) => d.method)).toEqual([EMAIL, INTERNET, PHONE]);
      for (const decision of decisions.filter((d) => !d.allowed)) {
        expect(decision.refusal?.rule).toMatch(/^R1\.8[a-d]/);
        expect(decision.refusal?.message.length).toBeGreaterThan(10);
      }
    },
  );

  it('R1.8c: internet is refused for want of a portal account, naming that reason', () => {
    const [, internet] = allowedInquiryMethods({
      preferredInquiryMethod: null,
      hasValidEmail: true,
      hasPortalAccount: false,
    });
    expect(internet?.refusal).toMatchObject({ code: 'NO_PORTAL_ACCOUNT', rule: 'R1.8c' });
  });

  it('R1.8a: a preferred method excludes the others even when they would be possible', () => {
    const decisions = allowedInquiryMethods({
      preferredInquiryMethod: PHONE,
      hasValidEmail: true,
      hasPortalAccount: true,
    });
    expect(decisions.find((d) => d.method === EMAIL)?.refusal?.code).toBe(
      'NOT_THE_PREFERRED_METHOD',
    );
  });
});
