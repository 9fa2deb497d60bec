import { type InquiryFact } from '@casework/contracts';
import { notificationText } from './notification-texts.js';
import { type NewNotification } from './notification.service.js';

/** The caseworker's inbox entry for an inquiry fact: kind and parameters, no text. */
export function inquiryNotification(fact: InquiryFact): NewNotification {
  return {
    eventId: fact.eventId,
    recipientId: fact.caseworkerId,
    kind: fact.type,
    params: {
      reference: fact.reference,
      providerName: fact.providerName,
      serviceName: fact.serviceName,
      periodFrom: fact.periodFrom,
      periodTo: fact.periodTo,
      ...(fact.type === 'INQUIRY_ANSWERED' ? { answer: fact.answer } : {}),
    },
    subjectType: 'Inquiry',
    subjectId: fact.inquiryId,
    link: `/agency/inquiries/${fact.inquiryId}`,
  };
}

/** The caseworker's mail about an inquiry fact (English: staff have no stored language yet). */
export function inquiryMail(
  fact: InquiryFact,
  publicUrl: string,
): { to: string; subject: string; text: string; messageId: string } {
  const subject = notificationText(fact.type, inquiryNotification(fact).params).title;
  const period = `${fact.periodFrom} to ${fact.periodTo}`;
  const open = `${publicUrl}/agency/inquiries/${fact.inquiryId}`;
  if (fact.type === 'INQUIRY_MORE_INFORMATION_REQUESTED')
    return {
      to: fact.caseworkerEmail,
      subject,
      text: [
        `${fact.author} wrote about "${fact.serviceName}" from ${period}:`,
        '',
        fact.text,
        '',
        `Reply here: ${open}`,
      ].join('\n'),
      messageId: `<message-${fact.messageId}@casework>`,
    };
  const answer = fact.answer === 'AVAILABLE' ? 'can deliver' : 'cannot deliver';
  return {
    to: fact.caseworkerEmail,
    subject,
    text: [
      `${fact.providerName} ${answer} "${fact.serviceName}" from ${period}.`,
      fact.comment ? `\nComment: ${fact.comment}` : '',
      '',
      `Open the inquiry: ${open}`,
    ].join('\n'),
    messageId: `<answered-${fact.inquiryId}@casework>`,
  };
}
