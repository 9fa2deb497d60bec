import { InquiryMethod } from '../provider/inquiry-method.js';

/** What R1.8 needs to know about a provider. */
export interface InquiryMethodFacts {
  preferredInquiryMethod: InquiryMethod | null;
  /** Syntactically valid and not marked bounced or invalid by staff. */
  hasValidEmail: boolean;
  /** At least one active provider-portal account. */
  hasPortalAccount: boolean;
}

export type RefusalCode =
  | 'NOT_THE_PREFERRED_METHOD'
  | 'EMAIL_ONLY_WITH_VALID_EMAIL'
  | 'NO_PORTAL_ACCOUNT'
  | 'NO_VALID_EMAIL'
  | 'PREFERRED_METHOD_IMPOSSIBLE';

export interface MethodDecision {
  method: InquiryMethod;
  allowed: boolean;
  /** Why the method is refused (absent when allowed). */
  refusal?: { code: RefusalCode; rule: string; message: string };
}

const ALL = [InquiryMethod.EMAIL, InquiryMethod.INTERNET, InquiryMethod.PHONE] as const;

function refuse(
  method: InquiryMethod,
  code: RefusalCode,
  rule: string,
  message: string,
): MethodDecision {
  return { method, allowed: false, refusal: { code, rule, message } };
}

/** Whether the preferred method can be used at all (email needs a valid address, internet an account). */
function feasible(method: InquiryMethod, facts: InquiryMethodFacts): boolean {
  if (method === InquiryMethod.EMAIL) return facts.hasValidEmail;
  if (method === InquiryMethod.INTERNET) return facts.hasPortalAccount;
  return true;
}

/**
 * The inquiry methods R1.8 allows for a provider, and for each refused one why, in rule order:
 * a. a preferred method is the only one that may be used;
 * b. otherwise a valid email address means email only;
 * c. internet needs a provider-portal account;
 * d. without a valid email address (or portal account) only phone can be recorded.
 * A preferred method that cannot be used (preferred email without a valid address, preferred
 * internet without a portal account) leaves phone, as rule d says.
 */
export function allowedInquiryMethods(facts: InquiryMethodFacts): MethodDecision[] {
  const preferred = facts.preferredInquiryMethod;
  if (preferred && feasible(preferred, facts)) {
    return ALL.map((method) =>
      method === preferred
        ? { method, allowed: true }
        : refuse(
            method,
            'NOT_THE_PREFERRED_METHOD',
            'R1.8a',
            `The provider asks for inquiries by ${preferred} only`,
          ),
    );
  }
  if (preferred) {
    const why =
      preferred === InquiryMethod.EMAIL
        ? 'The provider prefers email but has no valid email address'
        : 'The provider prefers the portal but has no portal account';
    return ALL.map((method) =>
      method === InquiryMethod.PHONE
        ? { method, allowed: true }
        : refuse(
            method,
            'PREFERRED_METHOD_IMPOSSIBLE',
            preferred === InquiryMethod.EMAIL ? 'R1.8a, R1.8d' : 'R1.8a, R1.8c',
            `${why}; only phone inquiries can be recorded`,
          ),
    );
  }
  if (facts.hasValidEmail) {
    return ALL.map((method) =>
      method === InquiryMethod.EMAIL
        ? { method, allowed: true }
        : method === InquiryMethod.INTERNET && !facts.hasPortalAccount
          ? refuse(method, 'NO_PORTAL_ACCOUNT', 'R1.8c', 'The provider has no portal account')
          : refuse(
              method,
              'EMAIL_ONLY_WITH_VALID_EMAIL',
              'R1.8b',
              'The provider has a valid email address, so inquiries go by email',
            ),
    );
  }
  return ALL.map((method) =>
    method === InquiryMethod.PHONE
      ? { method, allowed: true }
      : method === InquiryMethod.INTERNET && !facts.hasPortalAccount
        ? refuse(method, 'NO_PORTAL_ACCOUNT', 'R1.8c', 'The provider has no portal account')
        : refuse(
            method,
            'NO_VALID_EMAIL',
            'R1.8d',
            'The provider has no valid email address; only phone inquiries can be recorded',
          ),
  );
}

export function allowedMethodList(facts: InquiryMethodFacts): InquiryMethod[] {
  return allowedInquiryMethods(facts)
    .filter((d) => d.allowed)
    .map((d) => d.method);
}
