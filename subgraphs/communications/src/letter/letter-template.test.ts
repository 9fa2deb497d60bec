import { Role } from '@casework/kit';
import { startTestSubgraph, testIdentity, type TestSubgraph } from '@casework/testing';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communicationsSubgraph } from '../index.js';

const PUBLISH = `mutation($input: LetterTemplateInput!) {
  publishLetterTemplate(input: $input) { id kind language templateVersion subject body publishedBy }
}`;
const PREVIEW = `query($input: LetterTemplateInput!) {
  previewLetterTemplate(input: $input) { subject body pdfBase64 }
}`;
const CURRENT = `{ letterTemplates { kind language templateVersion subject } }`;
const VERSIONS = `query($kind: LetterKind!, $language: LetterLanguage!) {
  letterTemplateVersions(kind: $kind, language: $language) { templateVersion subject }
}`;
const PLACEHOLDERS = `query { letterPlaceholders(kind: REFERRAL_CLIENT) { name description sample } }`;

interface Field {
  field: string;
  code: string;
  params: Record<string, unknown>;
}

const admin = testIdentity([Role.AGENCY_ADMIN], { id: 'admin-1', name: 'Ada Admin' });
const caseworker = testIdentity([Role.CASEWORKER]);

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(communicationsSubgraph);
});
afterAll(() => subgraph?.stop());

const german = {
  kind: 'REFERRAL_CLIENT',
  language: 'DE',
  subject: 'Überweisung an {{ provider.name }}',
  body: 'Sehr geehrte/r {{ recipient.name }},\n\nwir haben Sie an {{ provider.name }} für {{ service.name }} überwiesen.\n\n{{ text }}\n\nMit freundlichen Grüßen\n{{ caseworker.name }}',
};

async function fieldsOf(query: string, input: Record<string, unknown>, as = admin) {
  const res = await subgraph.query(query, { input }, as);
  return (res.errors?.[0]?.extensions?.fields ?? []) as Field[];
}

describe('letter templates (R2.4)', () => {
  it('R2.4: publishing makes a new version each time; the current one is listed', async () => {
    const first = await subgraph.query<{ publishLetterTemplate: { templateVersion: number } }>(
      PUBLISH,
      { input: german },
      admin,
    );
    expect(first.errors).toBeUndefined();
    expect(first.data?.publishLetterTemplate.templateVersion).toBe(1);
    const second = await subgraph.query<{ publishLetterTemplate: { templateVersion: number } }>(
      PUBLISH,
      { input: { ...german, subject: 'Ihre Überweisung zu {{ service.name }}' } },
      admin,
    );
    expect(second.data?.publishLetterTemplate.templateVersion).toBe(2);
    const versions = await subgraph.query<{
      letterTemplateVersions: { templateVersion: number }[];
    }>(VERSIONS, { kind: 'REFERRAL_CLIENT', language: 'DE' }, caseworker);
    expect(versions.data?.letterTemplateVersions.map((v) => v.templateVersion)).toEqual([2, 1]);
    const current = await subgraph.query<{
      letterTemplates: {
        kind: string;
        language: string;
        templateVersion: number;
        subject: string;
      }[];
    }>(CURRENT, {}, caseworker);
    expect(current.data?.letterTemplates).toContainEqual({
      kind: 'REFERRAL_CLIENT',
      language: 'DE',
      templateVersion: 2,
      subject: 'Ihre Überweisung zu {{ service.name }}',
    });
  });

  it('R2.4: an unknown placeholder is refused with its line, and nothing is published', async () => {
    const fields = await fieldsOf(PUBLISH, {
      ...german,
      language: 'IT',
      body: 'Gentile {{ recipient.name }},\n\nla preghiamo di {{ client.iban }}.',
    });
    expect(fields).toEqual([
      expect.objectContaining({
        field: 'input.body',
        code: 'TEMPLATE_UNKNOWN_PLACEHOLDER',
        params: expect.objectContaining({ line: 3, placeholder: 'client.iban' }) as unknown,
      }),
    ]);
    const versions = await subgraph.query<{ letterTemplateVersions: unknown[] }>(
      VERSIONS,
      { kind: 'REFERRAL_CLIENT', language: 'IT' },
      admin,
    );
    expect(versions.data?.letterTemplateVersions).toEqual([]);
  });

  it('R2.4: a syntax error is refused with its line; include of files is not allowed', async () => {
    const syntax = await fieldsOf(PUBLISH, {
      ...german,
      body: 'Zeile eins\nZeile zwei\n{% if recipient.name %}offen ohne Ende',
    });
    expect(syntax[0]).toMatchObject({ field: 'input.body', code: 'TEMPLATE_SYNTAX' });
    expect(syntax[0]?.params.line).toBe(3);
    const include = await fieldsOf(PUBLISH, { ...german, subject: "{% include '/etc/passwd' %}" });
    expect(include[0]).toMatchObject({ field: 'input.subject', code: 'TEMPLATE_SYNTAX' });
    const filter = await fieldsOf(PUBLISH, { ...german, body: '{{ text | evil }}' });
    expect(filter[0]).toMatchObject({ field: 'input.body', code: 'TEMPLATE_SYNTAX' });
  });

  it('R2.4: only agency administrators publish and preview; caseworkers see the placeholders', async () => {
    const res = await subgraph.query(PUBLISH, { input: german }, caseworker);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const preview = await subgraph.query(PREVIEW, { input: german }, caseworker);
    expect(preview.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const provider = await subgraph.query(
      PLACEHOLDERS,
      {},
      testIdentity([Role.PROVIDER_USER], { organisationId: 'org-1' }),
    );
    expect(provider.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const placeholders = await subgraph.query<{ letterPlaceholders: { name: string }[] }>(
      PLACEHOLDERS,
      {},
      caseworker,
    );
    expect(placeholders.data?.letterPlaceholders.map((p) => p.name)).toContain('provider.name');
  });

  it('R2.4: the preview is a PDF with the sample data in German and in Italian', async () => {
    const res = await subgraph.query<{
      previewLetterTemplate: { subject: string; body: string; pdfBase64: string };
    }>(PREVIEW, { input: german }, admin);
    expect(res.errors).toBeUndefined();
    const preview = res.data!.previewLetterTemplate;
    expect(preview.subject).toBe('Überweisung an Sonnenhof Pflegedienst');
    const pdf = await getDocumentProxy(new Uint8Array(Buffer.from(preview.pdfBase64, 'base64')));
    const { text } = await extractText(pdf, { mergePages: true });
    expect(text).toContain(
      'wir haben Sie an Sonnenhof Pflegedienst für Häusliche Pflege überwiesen.',
    );
    expect(text).toContain('Seite 1 von 1');

    const italian = await subgraph.query<{ previewLetterTemplate: { pdfBase64: string } }>(
      PREVIEW,
      {
        input: {
          kind: 'REFERRAL_PROVIDER',
          language: 'IT',
          subject: 'Invio del cliente {{ client.name }}',
          body: 'Gentili signori,\n\nè stato inviato {{ client.name }} per {{ service.name }}. Perché sì.',
        },
      },
      admin,
    );
    const itPdf = await getDocumentProxy(
      new Uint8Array(Buffer.from(italian.data!.previewLetterTemplate.pdfBase64, 'base64')),
    );
    const itText = (await extractText(itPdf, { mergePages: true })).text;
    expect(itText).toContain('è stato inviato Anna Müller per Häusliche Pflege. Perché sì.');
    expect(itText).toContain('Pagina 1 di 1');
  });
});
