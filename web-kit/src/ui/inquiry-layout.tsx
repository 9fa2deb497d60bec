import { Breadcrumb, BreadcrumbItem, Tag, Tile } from '@carbon/react';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  INQUIRY_STATUS_TAG,
  InquiryThread,
  type InquiryStatusName,
  type ThreadMessage,
} from './inquiry-thread.js';
import { ErrorNotice, LoadingState } from './states.js';

/** One line of an inquiry's details: a label and its value. */
export interface InquiryFact {
  label: string;
  value: ReactNode;
  className?: string;
  testId?: string;
}

/**
 * What an inquiry page shows in both apps: the way back, the reference with its status, the
 * details each app chooses, and the thread; `children` are the app's own actions and forms.
 */
export function InquiryLayout({
  back,
  error,
  loading,
  inquiry,
  facts,
  children,
}: {
  back: { to: string; label: string };
  error: unknown;
  loading: boolean;
  inquiry:
    { reference: string; status: InquiryStatusName; messages: ThreadMessage[] } | null | undefined;
  facts: InquiryFact[];
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="cw-page">
      <Breadcrumb noTrailingSlash>
        <BreadcrumbItem>
          <Link to={back.to}>{back.label}</Link>
        </BreadcrumbItem>
      </Breadcrumb>
      {error ? <ErrorNotice error={error} /> : null}
      {loading && !inquiry && <LoadingState />}
      {inquiry && (
        <>
          <div className="cw-page__header">
            <h1 className="cw-page__title cds--type-heading-05">
              {t('inquiry.title', { reference: inquiry.reference })}
            </h1>
            <Tag type={INQUIRY_STATUS_TAG[inquiry.status]} data-testid="inquiry-status">
              {t(`inquiry.status.${inquiry.status}`)}
            </Tag>
          </div>
          <Tile>
            <dl className="cw-details">
              {facts.map((fact) => (
                <InquiryFactRow key={fact.label} fact={fact} />
              ))}
            </dl>
          </Tile>
          <InquiryThread messages={inquiry.messages} />
          {children}
        </>
      )}
    </div>
  );
}

function InquiryFactRow({ fact }: { fact: InquiryFact }) {
  return (
    <>
      <dt>{fact.label}</dt>
      <dd className={fact.className} data-testid={fact.testId}>
        {fact.value}
      </dd>
    </>
  );
}
