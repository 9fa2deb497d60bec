import {
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLResolveInfo,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { type MiddlewareFn } from 'type-graphql';
import { type FieldError, fieldRefusal, refuseFields } from '../errors/refusal.js';
import { MAX_ID_LENGTH, MAX_LIST_ITEMS, maxTextLength } from './text-limits.js';

/** C0 and C1 control characters except tab, line feed and carriage return (which free text needs). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

type Container = Record<string, unknown> | unknown[];

/**
 * The kit's text input policy (issue 14 item 5, item 6), run before every resolver of every subgraph:
 * each String and ID argument and input field is normalised (NFC, trimmed) in place, and refused
 * with its field named when it holds control characters (NUL included, so PostgreSQL never receives
 * one) or invalid UTF-16, is blank where the schema requires it, or is longer than its limit; a list
 * longer than `MAX_LIST_ITEMS` is refused. All problems of a request are reported at once as
 * BAD_USER_INPUT with `extensions.fields` [{ field, message, code }].
 */
export const TextInputPolicy: MiddlewareFn = ({ args, info }, next) => {
  if (Object.keys(args).length > 0) {
    const errors: FieldError[] = [];
    for (const arg of fieldArguments(info)) {
      if (args[arg.name] === undefined) continue;
      const owner = `${info.parentType.name}.${info.fieldName}`;
      visit(args, arg.name, arg.type, arg.name, owner, arg.name, errors);
    }
    if (errors.length > 0) throw refuseFields(errors);
  }
  return next();
};

function fieldArguments(info: GraphQLResolveInfo): readonly GraphQLArgument[] {
  return info.parentType.getFields()[info.fieldName]?.args ?? [];
}

/** Checks `container[key]` of input type `type`; `owner.field` picks the length limit. */
function visit(
  container: Container,
  key: string | number,
  type: GraphQLInputType,
  path: string,
  owner: string,
  field: string,
  errors: FieldError[],
): void {
  const value = (container as Record<string | number, unknown>)[key];
  if (value === null || value === undefined) return;
  const inner = getNullableType(type);
  if (isListType(inner)) {
    if (!Array.isArray(value)) return;
    if (value.length > MAX_LIST_ITEMS) {
      errors.push({
        field: path,
        code: 'TOO_MANY',
        message: `${path} must have at most ${MAX_LIST_ITEMS} items (it has ${value.length})`,
        params: { property: path, max: MAX_LIST_ITEMS, count: value.length },
      });
      return;
    }
    value.forEach((_item, index) =>
      visit(value, index, inner.ofType, `${path}.${index}`, owner, field, errors),
    );
    return;
  }
  if (isInputObjectType(inner)) {
    if (typeof value !== 'object') return;
    for (const child of Object.values(inner.getFields()) as GraphQLInputField[]) {
      visit(
        value as Container,
        child.name,
        child.type,
        `${path}.${child.name}`,
        inner.name,
        child.name,
        errors,
      );
    }
    return;
  }
  if (!isScalarType(inner) || typeof value !== 'string') return;
  if (inner.name !== 'String' && inner.name !== 'ID') return;
  const problem = checkText(value, {
    path,
    required: isNonNullType(type) && inner.name === 'String',
    max: inner.name === 'ID' ? MAX_ID_LENGTH : maxTextLength(owner, field),
  });
  if ('error' in problem) errors.push(problem.error);
  else (container as Record<string | number, unknown>)[key] = problem.value;
}

export interface TextRule {
  path: string;
  required: boolean;
  max: number;
}

/** One text value under the policy: its normalised form, or what is wrong with it. */
export function checkText(
  value: string,
  { path, required, max }: TextRule,
): { value: string } | { error: FieldError } {
  // Refused before normalising: a long value must not cost the work of normalising it.
  if (value.length > max * 4 + 64) return { error: tooLong(path, max) };
  const control = CONTROL.exec(value);
  if (control) {
    const params = {
      property: path,
      character: `U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
      position: control.index + 1,
    };
    return { error: fieldRefusal(path, 'CONTROL_CHARACTER', params) };
  }
  if (LONE_SURROGATE.test(value))
    return {
      error: fieldRefusal(path, 'INVALID_UNICODE', { property: path }),
    };
  const normalised = value.normalize('NFC').trim();
  if (required && normalised.length === 0)
    return { error: fieldRefusal(path, 'BLANK', { property: path }) };
  if (normalised.length > max) return { error: tooLong(path, max) };
  return { value: normalised };
}

function tooLong(path: string, max: number): FieldError {
  return fieldRefusal(path, 'TOO_LONG', { property: path, max });
}

/** Tells the limits in the schema: "At most N characters." on every String argument and input field. */
export function describeLimit(
  type: GraphQLInputType,
  owner: string,
  field: string,
  description: string | null | undefined,
): string | undefined {
  const named = getNamedType(type);
  const notes: string[] = [];
  if (isListType(getNullableType(type))) notes.push(`At most ${MAX_LIST_ITEMS} items.`);
  if (isScalarType(named) && named.name === 'String')
    notes.push(`At most ${maxTextLength(owner, field)} characters.`);
  if (notes.length === 0) return description ?? undefined;
  return [description?.replace(/\.?$/, '.'), ...notes].filter(Boolean).join(' ');
}
