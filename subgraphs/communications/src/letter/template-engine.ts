import { type FieldError, fieldRefusal } from '@casework/kit';
import { Liquid, type Template } from 'liquidjs';
import { type LetterKind, PLACEHOLDERS } from './letter-kinds.js';

/**
 * The one template engine of letters: Liquid without file system (no include, render or layout),
 * own properties only, strict filters, and bounded work, so a template is data the administrator
 * writes and never code that runs.
 */
const engine = new Liquid({
  strictFilters: true,
  ownPropertyOnly: true,
  relativeReference: false,
  jsTruthy: false,
  outputEscape: undefined,
  fs: {
    exists: () => Promise.resolve(false),
    existsSync: () => false,
    readFile: () => Promise.reject(new Error('templates cannot include files')),
    readFileSync: () => {
      throw new Error('templates cannot include files');
    },
    resolve: (_root, file) => file,
  },
  renderLimit: 1000,
  parseLimit: 100_000,
  memoryLimit: 10_000_000,
});

/** Tags that would reach outside the template. */
const FORBIDDEN_TAGS = /\{%-?\s*(include|render|layout)\b/;

function lineOf(source: string, index: number): number {
  return source.slice(0, Math.max(0, index)).split('\n').length;
}

/** A liquidjs error's line (its token's position), 1 when it gives none. */
function errorLine(source: string, error: unknown): number {
  const token = (error as { token?: { begin?: number } }).token;
  if (typeof token?.begin === 'number') return lineOf(source, token.begin);
  const match = /line:(\d+)/.exec(String((error as Error).message));
  return match ? Number(match[1]) : 1;
}

/**
 * Checks one template text of a kind: syntax, forbidden tags and every placeholder against the
 * kind's documented list (R2.4). Returns the refusals, each with its line.
 */
export function templateProblems(kind: LetterKind, field: string, source: string): FieldError[] {
  const forbidden = FORBIDDEN_TAGS.exec(source);
  if (forbidden) {
    return [
      fieldRefusal(field, 'TEMPLATE_SYNTAX', {
        line: lineOf(source, forbidden.index),
        detail: `the tag ${forbidden[1] ?? ''} is not allowed`,
      }),
    ];
  }
  let parsed: Template[];
  try {
    parsed = engine.parse(source);
  } catch (error) {
    return [
      fieldRefusal(field, 'TEMPLATE_SYNTAX', {
        line: errorLine(source, error),
        detail: String((error as Error).message).split(', line:')[0] ?? 'syntax error',
      }),
    ];
  }
  const known = PLACEHOLDERS[kind].map((p) => p.name);
  const problems: FieldError[] = [];
  const analysis = engine.analyzeSync(parsed);
  for (const [, variables] of Object.entries(analysis.globals)) {
    for (const variable of variables) {
      const name = variable
        .toArray()
        .filter((s) => typeof s === 'string')
        .join('.');
      if (known.includes(name)) continue;
      problems.push(
        fieldRefusal(field, 'TEMPLATE_UNKNOWN_PLACEHOLDER', {
          line: variable.location.row,
          placeholder: name,
          known: known.join(', '),
        }),
      );
    }
  }
  return problems;
}

/** Renders a checked template with placeholder data. */
export function renderLetterTemplate(source: string, data: Record<string, unknown>): string {
  return engine.parseAndRenderSync(source, data) as string;
}
