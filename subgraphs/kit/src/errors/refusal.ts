import { GraphQLError } from 'graphql';
import {
  REFUSALS,
  type RefusalParams,
  type RefusalParamValue,
  type RefusalReason,
  renderTemplate,
} from './refusal-codes.js';

export type Params = Record<string, RefusalParamValue>;

/** One refused input field: `extensions.fields[]`. */
export interface FieldError {
  /** Path of the offending input field, for example `input.email`. */
  field: string;
  /** The English message (what the apps show when they have no translation for `code`). */
  message: string;
  /** Stable machine code of the rule, a key of `REFUSALS`. */
  code: RefusalReason;
  params: Params;
}

export interface RefusalOptions<R extends RefusalReason> {
  /** The input field the refusal is about; a BAD_USER_INPUT refusal names one. */
  field?: string;
  params?: RefusalParams<R> & Params;
  /** Further facts kept in `extensions` as before (`rule`, `status`, `entity`, ...). */
  extensions?: Record<string, unknown>;
}

/** The English message of a refusal from its code and parameters. */
export function refusalMessage(reason: RefusalReason, params: Params = {}): string {
  return renderTemplate(REFUSALS[reason].message, params);
}

/** One field's refusal, for `refuseFields` (several fields refused at once). */
export function fieldRefusal<R extends RefusalReason>(
  field: string,
  reason: R,
  ...[params]: keyof RefusalParams<R> extends never
    ? [params?: Params]
    : [params: RefusalParams<R> & Params]
): FieldError {
  const p: Params = params ?? {};
  return { field, message: refusalMessage(reason, p), code: reason, params: p };
}

/**
 * The one way a subgraph refuses a request. `extensions.code` is the category clients already
 * handle (BAD_USER_INPUT, FORBIDDEN, NOT_FOUND, CONFLICT); `extensions.reason` is the rule's
 * stable code and `extensions.params` its parameters, so an app can say it in the user's
 * language; the message is the English text. With `field`, the refusal is also listed in
 * `extensions.fields` (`{ field, message, code, params }`) as input errors are.
 */
export function refuse<R extends RefusalReason>(
  reason: R,
  ...[options]: keyof RefusalParams<R> extends never
    ? [options?: RefusalOptions<R>]
    : [options: RefusalOptions<R> & { params: RefusalParams<R> & Params }]
): GraphQLError {
  const params: Params = options?.params ?? {};
  const message = refusalMessage(reason, params);
  const { code } = REFUSALS[reason];
  const field = options?.field;
  if (field) {
    const fields: FieldError[] = [{ field, message, code: reason, params }];
    return new GraphQLError(`Invalid input: ${field}: ${message}`, {
      extensions: { code, reason, params, fields, ...options?.extensions },
    });
  }
  return new GraphQLError(message, {
    extensions: { code, reason, params, ...options?.extensions },
  });
}

/** Several input fields refused at once (BAD_USER_INPUT; the first field's code is the reason). */
export function refuseFields(fields: FieldError[], extensions: Record<string, unknown> = {}) {
  const summary = fields.map((f) => `${f.field}: ${f.message}`).join('; ');
  const first = fields[0];
  return new GraphQLError(`Invalid input: ${summary}`, {
    extensions: {
      code: 'BAD_USER_INPUT',
      ...(first ? { reason: first.code, params: first.params } : {}),
      fields,
      ...extensions,
    },
  });
}
