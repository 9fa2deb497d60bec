import { ErrorNotice, LoadingState } from '@casework/web-kit';
import {
  Button,
  ProgressIndicator,
  ProgressStep,
  RadioButton,
  RadioButtonGroup,
  Stack,
} from '@carbon/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DraftField } from './request-draft.js';
import { AccountField, CategoryField, DetailsFields } from './request-fields.js';
import { RequestFileField } from './request-file-field.js';
import { RequestPreview } from './request-preview.js';
import { RequestSuccess } from './request-success.js';
import { useNewRequest } from './use-new-request.js';

type Step = 'type' | 'account' | 'category' | 'details' | 'file' | 'preview';

const CHECKS: Record<Step, DraftField[]> = {
  type: [],
  account: ['accountId'],
  category: ['categoryId'],
  details: ['referenceNumber', 'subject', 'description'],
  file: [],
  preview: [],
};

/** The support assistant (R5.2): one step at a time, in the seed's order; no account step without branches (R5.4). */
export function SupportAssistantPage() {
  const { t } = useTranslation();
  const request = useNewRequest('ASSISTANT');
  const [index, setIndex] = useState(0);
  const [sent, setSent] = useState<{ id: string; reference: string } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const steps: Step[] = [
    'type',
    ...(request.needsAccount ? (['account'] as const) : []),
    'category',
    'details',
    'file',
    'preview',
  ];
  const step = steps[Math.min(index, steps.length - 1)] ?? 'type';
  // Keyboard and screen-reader users land on the new step's heading.
  useEffect(() => heading.current?.focus(), [index, sent]);

  const next = () => {
    if (request.check(CHECKS[step])) setIndex((i) => i + 1);
  };
  const send = async () => {
    const created = await request.send();
    if (created) setSent(created);
  };

  return (
    <div className="cw-page">
      <div className="cw-page__header">
        <h1 className="cw-page__title cds--type-heading-05">{t('assistant.title')}</h1>
      </div>
      {request.error && <ErrorNotice error={request.error} />}
      {request.loading && <LoadingState />}
      {sent ? (
        <>
          <h2 ref={heading} tabIndex={-1} className="cds--type-heading-03">
            {t('request.sentTitle')}
          </h2>
          <RequestSuccess {...sent} />
        </>
      ) : (
        !request.loading && (
          <Stack gap={6}>
            <ProgressIndicator
              currentIndex={index}
              spaceEqually
              aria-label={t('assistant.progress')}
            >
              {steps.map((s) => (
                <ProgressStep key={s} label={t(`assistant.step.${s}`)} />
              ))}
            </ProgressIndicator>
            <h2
              ref={heading}
              tabIndex={-1}
              className="cds--type-heading-03"
              data-testid="assistant-step"
            >
              {t(`assistant.step.${step}`)}
            </h2>
            {step === 'type' && (
              <RadioButtonGroup
                legendText={t('request.type')}
                name="request-type"
                valueSelected="CONTRACTS_AND_INVOICES"
              >
                <RadioButton
                  id="type-contracts"
                  value="CONTRACTS_AND_INVOICES"
                  labelText={t('request.typeValue')}
                />
              </RadioButtonGroup>
            )}
            {step === 'account' && <AccountField {...request} accounts={request.accounts} />}
            {step === 'category' && <CategoryField {...request} categories={request.categories} />}
            {step === 'details' && <DetailsFields {...request} category={request.category} />}
            {step === 'file' && (
              <RequestFileField
                available={request.filesAvailable}
                value={request.draft.file}
                onChange={(file) => request.change({ file })}
              />
            )}
            {step === 'preview' && (
              <RequestPreview
                draft={request.draft}
                category={request.category}
                accountName={request.accountName}
              />
            )}
            {request.sendError ? <ErrorNotice error={request.sendError} /> : null}
            <div className="cw-row">
              {index > 0 && (
                <Button kind="secondary" onClick={() => setIndex((i) => i - 1)}>
                  {t('assistant.back')}
                </Button>
              )}
              {step === 'preview' ? (
                <Button disabled={request.sending} onClick={() => void send()}>
                  {t('request.send')}
                </Button>
              ) : (
                <Button onClick={next}>{t('assistant.next')}</Button>
              )}
            </div>
          </Stack>
        )
      )}
    </div>
  );
}
