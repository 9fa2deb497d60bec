import { type NotificationKind } from '@casework/contracts';
import { type NotificationParams } from './notification.entity.js';

/**
 * The English wording of notifications, the one place for it on the server: the `title` and
 * `body` fields for API clients and the staff mails. The apps word them in the reader's language
 * from kind and parameters (their locales, checked against kit's `NOTIFICATION_KINDS`).
 */
export function notificationText(
  kind: NotificationKind,
  p: NotificationParams,
): { title: string; body: string } {
  // Rows stored before kinds kept parameters and whose text could not be read back keep their text.
  if (p.title !== undefined && p.reference === undefined)
    return { title: p.title, body: p.body ?? '' };
  if (kind === 'LETTER_NO_CHANNEL')
    return {
      title: `Contact ${p.partyName} another way (${p.reference})`,
      body: `The referral letter about "${p.serviceName}" cannot be sent to ${p.partyName} by email or post. Contact them another way, for example by phone.`,
    };
  if (kind === 'LETTER_DELIVERY_FAILED')
    return {
      title: `Letter to ${p.partyName} not delivered yet (${p.reference})`,
      body: `The email with the letter "${p.serviceName}" could not be delivered; it is retried.`,
    };
  if (kind === 'MINUTES_DELIVERY_FAILED')
    return {
      title: `Minutes not delivered to ${p.recipientName} yet (${p.meetingSubject})`,
      body: `The email with version ${p.number} of the minutes of "${p.meetingSubject}" could not be delivered to ${p.recipientName}; it is retried, and you can retry it on the minutes page.`,
    };
  if (kind === 'MEETING_ACTION_ASSIGNED')
    return {
      title: `Action for you from the meeting "${p.reference}"`,
      body: `${p.assignedBy} recorded an action for you, due ${p.dueOn}: ${p.what}`,
    };
  const about = `"${p.serviceName}" from ${p.periodFrom} to ${p.periodTo}`;
  if (kind === 'INQUIRY_MORE_INFORMATION_REQUESTED')
    return {
      title: `${p.providerName} asks about inquiry ${p.reference}`,
      body: `The provider needs more information about ${about}.`,
    };
  const answer = p.answer === 'AVAILABLE' ? 'can deliver' : 'cannot deliver';
  return {
    title: `${p.providerName} answered inquiry ${p.reference}: ${answer}`,
    body: `${p.providerName} ${answer} ${about}.`,
  };
}
