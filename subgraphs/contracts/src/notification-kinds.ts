/**
 * The kinds of stored notifications and the parameters each keeps (no rendered text). The apps
 * render title and body in the reader's language from `notification.<KIND>.title|body` (with the
 * i18next context `_<value of contextParam>` where given); web-kit's test checks en/de/it against
 * this list. Pure data, like `REFUSALS`.
 */
export const NOTIFICATION_KINDS = {
  INQUIRY_ANSWERED: {
    params: ['reference', 'providerName', 'serviceName', 'periodFrom', 'periodTo', 'answer'],
    contextParam: 'answer',
    contexts: ['AVAILABLE', 'NOT_AVAILABLE'],
  },
  INQUIRY_MORE_INFORMATION_REQUESTED: {
    params: ['reference', 'providerName', 'serviceName', 'periodFrom', 'periodTo'],
  },
  /** R2.7: no channel may be used for a referral letter; contact the party another way. */
  LETTER_NO_CHANNEL: {
    params: ['reference', 'partyName', 'serviceName', 'reason'],
  },
  /** An emailed letter could not be delivered yet; it is retried. */
  LETTER_DELIVERY_FAILED: {
    params: ['reference', 'partyName', 'serviceName'],
  },
  /** R3.2: issued minutes could not be mailed to one recipient yet; the mail is retried. */
  MINUTES_DELIVERY_FAILED: {
    params: ['meetingSubject', 'recipientName', 'number'],
  },
  /** R3.2: an action of finalised meeting minutes is assigned to this staff member. */
  MEETING_ACTION_ASSIGNED: {
    params: ['reference', 'what', 'dueOn', 'assignedBy'],
  },
} as const satisfies Record<
  string,
  { params: readonly string[]; contextParam?: string; contexts?: readonly string[] }
>;

export type NotificationKind = keyof typeof NOTIFICATION_KINDS;
