import { Tile } from '@carbon/react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/use-format.js';

export type InquiryStatusName =
  | 'SENT'
  | 'MORE_INFORMATION_REQUESTED'
  | 'ANSWERED_AVAILABLE'
  | 'ANSWERED_NOT_AVAILABLE'
  | 'WITHDRAWN'
  | 'EXPIRED';

/** Tag colours of the inquiry states, the same in both apps. */
export const INQUIRY_STATUS_TAG: Record<
  InquiryStatusName,
  'blue' | 'purple' | 'green' | 'red' | 'gray' | 'warm-gray'
> = {
  SENT: 'blue',
  MORE_INFORMATION_REQUESTED: 'purple',
  ANSWERED_AVAILABLE: 'green',
  ANSWERED_NOT_AVAILABLE: 'red',
  WITHDRAWN: 'gray',
  EXPIRED: 'warm-gray',
};

export interface ThreadMessage {
  id: string;
  author: string;
  text: string;
  createdAt: string;
}

/** The more-information thread of an inquiry (R1.5), oldest first. */
export function InquiryThread({ messages }: { messages: ThreadMessage[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (messages.length === 0) return null;
  return (
    <section className="cw-section" aria-labelledby="thread-heading">
      <h2 id="thread-heading" className="cds--type-heading-03">
        {t('inquiry.thread')}
      </h2>
      <ol className="cw-stack">
        {messages.map((m) => (
          <li key={m.id} data-testid="inquiry-message">
            <Tile>
              <p className="cw-muted cds--type-helper-text-01">{`${m.author} · ${format.dateTime(m.createdAt)}`}</p>
              <p className="cw-note__text">{m.text}</p>
            </Tile>
          </li>
        ))}
      </ol>
    </section>
  );
}
