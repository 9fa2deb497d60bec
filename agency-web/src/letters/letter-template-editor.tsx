import { ErrorNotice, useFieldErrors } from '@casework/web-kit';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button, InlineNotification, Stack, TextArea, TextInput } from '@carbon/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql/index.js';
import { type LetterKind, type LetterLanguage } from '../gql/graphql.js';

const Preview = graphql(`
  query PreviewLetterTemplate($input: LetterTemplateInput!) {
    previewLetterTemplate(input: $input) {
      subject
      body
      pdfBase64
    }
  }
`);

const Publish = graphql(`
  mutation PublishLetterTemplate($input: LetterTemplateInput!) {
    publishLetterTemplate(input: $input) {
      id
      templateVersion
    }
  }
`);

function pdfUrl(base64: string): string {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
}

/**
 * Edits one template text (R2.4): preview as the PDF a letter would be with sample data, then
 * publish as the next version. The server refuses a syntax error or an unknown placeholder with
 * its line, shown at the field.
 */
export function LetterTemplateEditor({
  kind,
  language,
  current,
}: {
  kind: LetterKind;
  language: LetterLanguage;
  current: { subject: string; body: string } | null;
}) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [subject, setSubject] = useState(current?.subject ?? '');
  const [body, setBody] = useState(current?.body ?? '');
  const [preview, setPreview] = useState<{ url: string; subject: string } | null>(null);
  const [previewError, setPreviewError] = useState<unknown>(null);
  const [published, setPublished] = useState<number | null>(null);
  const [publish, publishing] = useMutation(Publish, {
    refetchQueries: ['LetterTemplates'],
    awaitRefetchQueries: true,
  });
  const fieldError = useFieldErrors(publishing.error ?? previewError);
  useEffect(() => () => (preview ? URL.revokeObjectURL(preview.url) : undefined), [preview]);
  const input = { kind, language, subject, body };

  const showPreview = () => {
    setPreviewError(null);
    client.query({ query: Preview, variables: { input }, fetchPolicy: 'no-cache' }).then(
      (res) => {
        const p = res.data?.previewLetterTemplate;
        if (p) setPreview({ url: pdfUrl(p.pdfBase64), subject: p.subject });
      },
      (e: unknown) => setPreviewError(e),
    );
  };
  const publishNow = () => {
    setPublished(null);
    void publish({ variables: { input } }).then(
      (res) => setPublished(res.data?.publishLetterTemplate?.templateVersion ?? null),
      () => undefined,
    );
  };

  return (
    <Stack gap={5}>
      {(publishing.error ?? previewError) ? (
        <ErrorNotice error={publishing.error ?? previewError} />
      ) : null}
      {published !== null && (
        <InlineNotification
          kind="success"
          lowContrast
          role="status"
          title={t('templates.published', { version: published })}
          onClose={() => setPublished(null)}
        />
      )}
      <TextInput
        id="template-subject"
        labelText={t('templates.subject')}
        value={subject}
        maxLength={300}
        onChange={(e) => setSubject(e.target.value)}
        {...fieldError('subject')}
      />
      <TextArea
        id="template-body"
        labelText={t('templates.body')}
        helperText={t('templates.bodyHelp', { example: '{{ recipient.name }}' })}
        value={body}
        rows={14}
        maxLength={20000}
        onChange={(e) => setBody(e.target.value)}
        {...fieldError('body')}
      />
      <div className="cw-row">
        <Button kind="secondary" disabled={!subject.trim() || !body.trim()} onClick={showPreview}>
          {t('templates.preview')}
        </Button>
        <Button
          disabled={publishing.loading || !subject.trim() || !body.trim()}
          onClick={publishNow}
        >
          {t('templates.publish')}
        </Button>
      </div>
      {preview && (
        <section aria-labelledby="template-preview-heading">
          <h3 id="template-preview-heading" className="cds--type-heading-02">
            {t('templates.previewOf', { subject: preview.subject })}
          </h3>
          <iframe
            className="cw-pdf-preview"
            title={t('templates.previewPdf')}
            src={preview.url}
            data-testid="template-preview"
          />
        </section>
      )}
    </Stack>
  );
}
