import { REFUSALS, type RefusalReason, renderTemplate } from '@casework/kit';
import { type Response } from 'express';
import { type FieldProblem, sendError } from './json-errors.js';

const STATUS = { BAD_USER_INPUT: 400, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409 } as const;

/**
 * A refusal of the gateway's REST routes with a stable code from kit's registry: the category as
 * `code`, the rule as `reason` (the apps translate it), the English message from its template.
 */
export function sendRefusal(
  res: Response,
  reason: RefusalReason,
  options: { params?: Record<string, string>; field?: string; fields?: FieldProblem[] } = {},
): void {
  const { code, message: template } = REFUSALS[reason];
  const params = options.params ?? {};
  const message = renderTemplate(template, params);
  const fields =
    options.fields ??
    (options.field ? [{ field: options.field, message, code: reason, params }] : undefined);
  sendError(res, STATUS[code], code, message.charAt(0).toUpperCase() + message.slice(1), {
    reason,
    params,
    ...(fields ? { fields } : {}),
  });
}
