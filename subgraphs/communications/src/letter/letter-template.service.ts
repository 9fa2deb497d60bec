import {
  audit,
  authorize,
  can,
  forbidden,
  refuse,
  refuseFields,
  type RequestContext,
} from '@casework/kit';
import { type EntityManager } from '@mikro-orm/postgresql';
import {
  LetterKind,
  LetterLanguage,
  PLACEHOLDERS,
  placeholderData,
  sampleValues,
} from './letter-kinds.js';
import { type LetterContent, renderLetterPdf } from './letter-pdf.js';
import { readLetterhead } from './letterhead.js';
import { type LetterPreview, type LetterTemplateInput } from './letter-template.input.js';
import { LetterTemplateVersion } from './letter-template.entity.js';
import { renderLetterTemplate, templateProblems } from './template-engine.js';

/**
 * The newest published version of a kind in the party's language, else English, else any
 * language (R2.4: a party's language with a fallback). Null when none was ever published.
 */
export async function currentTemplate(
  em: EntityManager,
  kind: LetterKind,
  language: LetterLanguage,
): Promise<LetterTemplateVersion | null> {
  const versions = await em.find(
    LetterTemplateVersion,
    { kind },
    { orderBy: { templateVersion: 'desc' } },
  );
  return (
    versions.find((v) => v.language === language) ??
    versions.find((v) => v.language === LetterLanguage.EN) ??
    versions[0] ??
    null
  );
}

/** Subject and body of a template filled with placeholder values (dotted names). */
export function fillTemplate(
  template: Pick<LetterTemplateVersion, 'subject' | 'body'>,
  values: Readonly<Record<string, string>>,
): { subject: string; body: string } {
  const data = placeholderData(values);
  return {
    subject: renderLetterTemplate(template.subject, data).trim(),
    body: renderLetterTemplate(template.body, data).trim(),
  };
}

/** Letter templates (R2.4): administrators publish versions; staff who write letters read them. */
export class LetterTemplateService {
  constructor(private readonly ctx: RequestContext) {}

  private authorizeRead(): void {
    if (
      !can(this.ctx.identity, 'letter-template:manage') &&
      !can(this.ctx.identity, 'communication:read')
    ) {
      throw forbidden('read letter templates');
    }
  }

  /** The current version of every kind and language that has one. */
  async current(): Promise<LetterTemplateVersion[]> {
    this.authorizeRead();
    const all = await this.ctx.em.find(
      LetterTemplateVersion,
      {},
      { orderBy: { kind: 'asc', language: 'asc', templateVersion: 'desc' } },
    );
    const seen = new Set<string>();
    return all.filter((v) => {
      const key = `${v.kind}:${v.language}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }

  async versions(kind: LetterKind, language: LetterLanguage): Promise<LetterTemplateVersion[]> {
    this.authorizeRead();
    return this.ctx.em.find(
      LetterTemplateVersion,
      { kind, language },
      { orderBy: { templateVersion: 'desc' } },
    );
  }

  placeholders(kind: LetterKind) {
    this.authorizeRead();
    return PLACEHOLDERS[kind];
  }

  /** Refuses a template with a syntax error or an unknown placeholder, naming the line. */
  private check(input: LetterTemplateInput): void {
    const problems = [
      ...templateProblems(input.kind, 'input.subject', input.subject),
      ...templateProblems(input.kind, 'input.body', input.body),
    ];
    if (problems.length) throw refuseFields(problems);
  }

  /** Publishes the text as the next version of its kind and language (audited, R6.3). */
  async publish(input: LetterTemplateInput): Promise<LetterTemplateVersion> {
    authorize(this.ctx.identity, 'letter-template:manage', 'publish letter templates');
    this.check(input);
    const em = this.ctx.em;
    const latest = await em.findOne(
      LetterTemplateVersion,
      { kind: input.kind, language: input.language },
      { orderBy: { templateVersion: 'desc' } },
    );
    const version = em.create(LetterTemplateVersion, {
      kind: input.kind,
      language: input.language,
      templateVersion: (latest?.templateVersion ?? 0) + 1,
      subject: input.subject.trim(),
      body: input.body,
      publishedById: this.ctx.identity.id,
      publishedBy: this.ctx.identity.name,
    });
    audit(this.ctx, {
      subjectId: version.id,
      entityType: 'LetterTemplateVersion',
      entityId: version.id,
      action: 'PUBLISHED',
      before: latest ? { subject: latest.subject, body: latest.body } : undefined,
      after: {
        kind: version.kind,
        language: version.language,
        subject: version.subject,
        body: version.body,
      },
    });
    // A concurrent publish of the same version number fails on the unique key: nothing is lost.
    await em.flush();
    return version;
  }

  /** The template with sample data, as text and as the PDF a letter would be. */
  async preview(input: LetterTemplateInput): Promise<LetterPreview> {
    authorize(this.ctx.identity, 'letter-template:manage', 'preview letter templates');
    this.check(input);
    const values = sampleValues(input.kind);
    let filled: { subject: string; body: string };
    try {
      filled = fillTemplate(input, values);
    } catch (error) {
      throw refuse('TEMPLATE_SYNTAX', {
        field: 'input.body',
        params: { line: 1, detail: String((error as Error).message).slice(0, 200) },
      });
    }
    const content: LetterContent = {
      language: input.language,
      recipientName: values['recipient.name'] ?? '',
      addressLines: ['Musterstraße 1', '80331 München'],
      date: values.date ?? '',
      reference: values.reference ?? '',
      ...filled,
    };
    const pdf = await renderLetterPdf(readLetterhead(), content);
    return { ...filled, pdfBase64: pdf.toString('base64') };
  }
}
