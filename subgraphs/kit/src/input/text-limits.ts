/**
 * Limits of the kit's input policy (issue 14 items 5 and 6): every String and ID argument and input
 * field has a maximum length, every list a maximum number of items. Long free texts are named here;
 * everything else (names, phone numbers, search terms, dates as text) gets the default.
 */
export const DEFAULT_MAX_TEXT = 200;
export const MAX_ID_LENGTH = 100;
export const MAX_LIST_ITEMS = 500;

/** By `Type.field` (an input type's field, or a root field's argument as `Mutation.field.arg`) or by field name. */
const LONG_TEXT: Record<string, number> = {
  text: 20000,
  'InquiryMessageInput.text': 5000,
  details: 10000,
  comment: 2000,
  'AnswerInquiryInput.comment': 5000,
  'RecordInquiryAnswerInput.comment': 5000,
  comments: 5000,
  notes: 2000,
  reason: 2000,
  outcome: 2000,
  attendees: 2000,
  description: 2000,
  email: 254,
  // Letter templates and letters (issue 12).
  body: 20000,
  clientText: 5000,
  providerText: 5000,
  subject: 300,
  // Meeting minutes (issue 11, R3.2).
  'MinutesDraftInput.notes': 20000,
  decisions: 20000,
  'MinutesDetailsInput.location': 500,
  what: 2000,
};

/** The longest text a field accepts (`owner` is the input type, or `Parent.field` for an argument). */
export function maxTextLength(owner: string, field: string): number {
  return LONG_TEXT[`${owner}.${field}`] ?? LONG_TEXT[field] ?? DEFAULT_MAX_TEXT;
}
