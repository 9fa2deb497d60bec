import { DataTable, ErrorNotice, type Column, useFormat } from '@casework/web-kit';
import { useQuery } from '@apollo/client/react';
import { Select, SelectItem } from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql/index.js';
import {
  type LetterKind,
  type LetterLanguage,
  type LetterPlaceholdersQuery,
  type LetterTemplatesQuery,
} from '../gql/graphql.js';
import { LetterTemplateEditor } from './letter-template-editor.js';

const Templates = graphql(`
  query LetterTemplates {
    letterTemplates {
      id
      kind
      language
      templateVersion
      subject
      body
      publishedBy
      createdAt
    }
  }
`);

const Placeholders = graphql(`
  query LetterPlaceholders($kind: LetterKind!) {
    letterPlaceholders(kind: $kind) {
      name
      description
      sample
    }
  }
`);

type Placeholder = NonNullable<LetterPlaceholdersQuery['letterPlaceholders']>[number] & {
  id: string;
};
type Version = NonNullable<LetterTemplatesQuery['letterTemplates']>[number];
const KINDS: LetterKind[] = [
  'REFERRAL_CLIENT',
  'REFERRAL_PROVIDER',
  'FREE_LETTER',
  'MEETING_MINUTES',
];
const LANGUAGES: LetterLanguage[] = ['DE', 'IT', 'EN'];

/**
 * Letter templates for agency administrators (R2.4): per kind and language, the documented
 * placeholders, the current version, a PDF preview with sample data, and publishing.
 */
export function LetterTemplatesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [kind, setKind] = useState<LetterKind>('REFERRAL_CLIENT');
  const [language, setLanguage] = useState<LetterLanguage>('DE');
  const templates = useQuery(Templates);
  const placeholders = useQuery(Placeholders, { variables: { kind } });
  const current: Version | undefined = templates.data?.letterTemplates?.find(
    (v) => v.kind === kind && v.language === language,
  );
  const placeholderRows: Placeholder[] = (placeholders.data?.letterPlaceholders ?? []).map((p) => ({
    ...p,
    id: p.name,
  }));
  const columns: Column<Placeholder>[] = [
    {
      key: 'name',
      header: t('templates.placeholder'),
      cell: (p) => <code>{`{{ ${p.name} }}`}</code>,
    },
    {
      key: 'description',
      header: t('templates.meaning'),
      // The server's English description where the app has no words of its own for a new one.
      cell: (p) =>
        t(`templates.placeholderMeaning.${p.name.replace(/\./g, '_')}`, {
          defaultValue: p.description,
        }),
    },
    { key: 'sample', header: t('templates.sample'), cell: (p) => p.sample },
  ];
  return (
    <div className="cw-page">
      <div className="cw-page__header">
        <h1 className="cw-page__title cds--type-heading-05">{t('templates.title')}</h1>
      </div>
      <div className="cw-filters">
        <Select
          id="template-kind"
          labelText={t('templates.kind')}
          value={kind}
          onChange={(e) => setKind(e.target.value as LetterKind)}
        >
          {KINDS.map((k) => (
            <SelectItem key={k} value={k} text={t(`letters.kindValue.${k}`)} />
          ))}
        </Select>
        <Select
          id="template-language"
          labelText={t('templates.language')}
          value={language}
          onChange={(e) => setLanguage(e.target.value as LetterLanguage)}
        >
          {LANGUAGES.map((l) => (
            <SelectItem key={l} value={l} text={t(`letters.languageValue.${l}`)} />
          ))}
        </Select>
      </div>
      {templates.error && <ErrorNotice error={templates.error} />}
      <p className="cw-muted" data-testid="template-version">
        {current
          ? t('templates.currentVersion', {
              version: current.templateVersion,
              by: current.publishedBy,
              at: format.dateTime(current.createdAt),
            })
          : t('templates.builtIn')}
      </p>
      {/* Kept while the list refetches after publishing, so what was typed stays. */}
      {templates.data && (
        <LetterTemplateEditor
          key={`${kind}-${language}-${current?.id ?? 'built-in'}`}
          kind={kind}
          language={language}
          current={current ?? null}
        />
      )}
      <DataTable
        columns={columns}
        rows={placeholderRows}
        label={t('templates.placeholders')}
        title={t('templates.placeholders')}
        description={t('templates.placeholdersHelp')}
        className="cw-section"
        size="sm"
        loading={placeholders.loading && !placeholders.data}
      />
    </div>
  );
}
