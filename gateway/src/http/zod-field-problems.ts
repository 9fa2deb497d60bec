import { type RefusalReason } from '@casework/kit';
import { type z } from 'zod';
import { type FieldProblem } from './json-errors.js';

type Issue = z.core.$ZodIssue;
type Coded = { code: RefusalReason; params?: Record<string, string | number> };

/** Size limits by what was measured: characters, entries or the number itself. */
const SIZE = {
  too_small: { string: 'TOO_SHORT', array: 'TOO_FEW_ITEMS', number: 'TOO_SMALL' },
  too_big: { string: 'TOO_LONG', array: 'TOO_MANY_ITEMS', number: 'TOO_LARGE' },
} as const;

/** The stable code of one zod issue: custom checks name theirs in `params.reason`. */
function codeOf(issue: Issue, value: unknown): Coded {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return { code: 'REQUIRED' };
      return { code: issue.expected === 'int' ? 'NOT_WHOLE_NUMBER' : 'INVALID_VALUE' };
    case 'too_small':
    case 'too_big': {
      const origin = issue.origin as keyof (typeof SIZE)['too_small'];
      const code = SIZE[issue.code][origin];
      if (!code) return { code: 'INVALID_VALUE' };
      if (code === 'TOO_SHORT' && issue.code === 'too_small' && Number(issue.minimum) === 1)
        return { code: 'BLANK' };
      const limit: Record<string, number> =
        issue.code === 'too_small'
          ? { min: Number(issue.minimum) }
          : { max: Number(issue.maximum) };
      return { code, params: limit };
    }
    case 'invalid_format':
      if (issue.format === 'datetime') return { code: 'DATE_TIME_FORMAT' };
      if (issue.format === 'guid' || issue.format === 'uuid') return { code: 'INVALID_REFERENCE' };
      return { code: 'INVALID_FORMAT' };
    case 'custom': {
      const { reason, ...params } = (issue.params ?? {}) as { reason?: RefusalReason } & Record<
        string,
        string | number
      >;
      return { code: reason ?? 'INVALID_VALUE', params };
    }
    default:
      return { code: 'INVALID_VALUE' };
  }
}

function valueAt(body: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (node, key) =>
      node !== null && typeof node === 'object'
        ? (node as Record<PropertyKey, unknown>)[key]
        : undefined,
    body,
  );
}

/**
 * A REST body's problems from zod, each with a stable code the apps translate: the field
 * (`scopes.2`), kit's refusal code with its parameters (`property` is the field), and zod's
 * English message as before (`must not be blank`), which integrators may already show.
 */
export function fieldProblemsOf(error: z.ZodError, body: unknown): FieldProblem[] {
  return error.issues.map((issue) => {
    const field = issue.path.map(String).join('.') || 'body';
    const value = valueAt(body, issue.path);
    const { code, params } = codeOf(issue, value);
    const missing = issue.code === 'invalid_type' && value === undefined;
    return {
      field,
      code,
      params: { property: field, ...params },
      message: missing ? 'is required' : issue.message,
    };
  });
}
