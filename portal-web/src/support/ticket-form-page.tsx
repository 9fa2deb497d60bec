import { ErrorNotice, LoadingState } from '@casework/web-kit';
import { Button, Form, RadioButton, RadioButtonGroup, Stack } from '@carbon/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DraftField } from './request-draft.js';
import { AccountField, CategoryField, DetailsFields } from './request-fields.js';
import { RequestFileField } from './request-file-field.js';
import { RequestPreview } from './request-preview.js';
import { RequestSuccess } from './request-success.js';
import { useNewRequest } from './use-new-request.js';

const ALL: DraftField[] = ['accountId', 'categoryId', 'referenceNumber', 'subject', 'description'];

/** The one-page ticket form (R5.2): the same fields and rules as the assistant, a preview, then send. */
export function TicketFormPage() {
  const { t } = useTranslation();
  const request = useNewRequest('FORM');
  const [previewing, setPreviewing] = useState(false);
  const [sent, setSent] = useState<{ id: string; reference: string } | null>(null);
  const focus = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (previewing || sent) focus.current?.focus();
  }, [previewing, sent]);

  const send = async () => {
    if (!request.check(ALL)) return setPreviewing(false);
    const created = await request.send();
    if (created) setSent(created);
  };

  return (
    <div className="cw-page">
      <div className="cw-page__header">
        <h1 className="cw-page__title cds--type-heading-05">{t('ticketForm.title')}</h1>
      </div>
      {request.error && <ErrorNotice error={request.error} />}
      {request.loading && <LoadingState />}
      {sent && (
        <>
          <h2 ref={focus} tabIndex={-1} className="cds--type-heading-03">
            {t('request.sentTitle')}
          </h2>
          <RequestSuccess {...sent} />
        </>
      )}
      {!sent && !request.loading && (
        <Form
          aria-label={t('ticketForm.title')}
          onSubmit={(e) => {
            e.preventDefault();
            void send();
          }}
        >
          <Stack gap={6}>
            {previewing ? (
              <div ref={focus} tabIndex={-1}>
                <RequestPreview
                  draft={request.draft}
                  category={request.category}
                  accountName={request.accountName}
                />
              </div>
            ) : (
              <>
                <RadioButtonGroup
                  legendText={t('request.type')}
                  name="request-type"
                  valueSelected="CONTRACTS_AND_INVOICES"
                >
                  <RadioButton
                    id="form-type-contracts"
                    value="CONTRACTS_AND_INVOICES"
                    labelText={t('request.typeValue')}
                  />
                </RadioButtonGroup>
                {request.needsAccount && <AccountField {...request} accounts={request.accounts} />}
                <CategoryField {...request} categories={request.categories} />
                <DetailsFields {...request} category={request.category} />
                <RequestFileField
                  available={request.filesAvailable}
                  value={request.draft.file}
                  onChange={(file) => request.change({ file })}
                />
              </>
            )}
            {request.sendError ? <ErrorNotice error={request.sendError} /> : null}
            <div className="cw-row">
              {previewing ? (
                <Button kind="secondary" onClick={() => setPreviewing(false)}>
                  {t('ticketForm.edit')}
                </Button>
              ) : (
                <Button kind="secondary" onClick={() => request.check(ALL) && setPreviewing(true)}>
                  {t('request.preview')}
                </Button>
              )}
              <Button type="submit" disabled={request.sending}>
                {t('request.send')}
              </Button>
            </div>
          </Stack>
        </Form>
      )}
    </div>
  );
}
