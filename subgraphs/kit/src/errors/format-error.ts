import { type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { getMetadataStorage, type ValidationError } from 'class-validator';
import { type Logger } from '../logging/logger.js';
import { databaseFailureOf } from './database-errors.js';
import { type RefusalReason } from './refusal-codes.js';
import { type FieldError, type Params } from './refusal.js';

const KNOWN_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'SERVICE_UNAVAILABLE',
  'TIMEOUT',
]);

/** The refusal code of a failed class-validator constraint (`context: { code }` on a decorator wins). */
const CONSTRAINT_CODES: Readonly<Record<string, RefusalReason>> = {
  isNotEmpty: 'REQUIRED',
  isDefined: 'REQUIRED',
  isLength: 'LENGTH_OUT_OF_RANGE',
  minLength: 'TOO_SHORT',
  maxLength: 'TOO_LONG',
  min: 'TOO_SMALL',
  max: 'TOO_LARGE',
  arrayMinSize: 'TOO_FEW_ITEMS',
  arrayNotEmpty: 'TOO_FEW_ITEMS',
  arrayMaxSize: 'TOO_MANY_ITEMS',
  isEmail: 'INVALID_EMAIL',
  isIso8601: 'INVALID_DATE',
  isDateString: 'INVALID_DATE',
  isIBAN: 'INVALID_IBAN',
  isUuid: 'INVALID_REFERENCE',
  matches: 'INVALID_FORMAT',
};
/** When one field fails several constraints with one message, the most specific code names it. */
const PRIORITY: readonly RefusalReason[] = ['INVALID_DATE', 'INVALID_EMAIL', 'INVALID_PHONE'];
const DATE_PATTERN = String.raw`^\d{4}-\d{2}-\d{2}$`;

/** The constraint's arguments (`[min, max]` of a length, say), read from class-validator's metadata. */
function constraintArgs(error: ValidationError, name: string): unknown[] {
  const target = error.target?.constructor;
  if (!target) return [];
  const meta = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find(
      (m) =>
        m.propertyName === error.property &&
        (m.name === name || (m.name === undefined && m.type === name)),
    );
  return meta?.constraints ?? [];
}

function codeAndParams(error: ValidationError, name: string): Pick<FieldError, 'code' | 'params'> {
  const context = error.contexts?.[name] as { code?: RefusalReason } | undefined;
  const args = constraintArgs(error, name);
  let code: RefusalReason = context?.code ?? CONSTRAINT_CODES[name] ?? 'INVALID_VALUE';
  if (name === 'matches' && !context?.code && args[0] instanceof RegExp) {
    if (args[0].source === DATE_PATTERN) code = 'INVALID_DATE';
  }
  const params: Params = { property: error.property };
  const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
  if (code === 'LENGTH_OUT_OF_RANGE') {
    const [min, max] = args.map(num);
    if (min !== undefined) params.min = min;
    if (max !== undefined) params.max = max;
    if (!min) code = 'TOO_LONG';
    if (min && max === undefined) code = 'TOO_SHORT';
  } else if (code === 'TOO_SMALL' || code === 'TOO_FEW_ITEMS' || code === 'TOO_SHORT') {
    const min = num(args[0]);
    if (min !== undefined) params.min = min;
  } else if (code === 'TOO_LARGE' || code === 'TOO_MANY_ITEMS' || code === 'TOO_LONG') {
    const max = num(args[0]);
    if (max !== undefined) params.max = max;
  }
  return { code, params };
}

/**
 * Flattens class-validator errors into `input.address.city`-style field paths, each with the
 * message the input class gives and a refusal code derived from the constraint (REQUIRED,
 * TOO_LONG, INVALID_EMAIL, ...) with its parameters (`property`, `min`, `max`).
 */
export function flattenValidationErrors(errors: ValidationError[], prefix: string): FieldError[] {
  return errors.flatMap((error) => {
    const field = `${prefix}.${error.property}`;
    // Two rules with one message (a format and a range check, say) are one problem to the user.
    const byMessage = new Map<string, Pick<FieldError, 'code' | 'params'>>();
    for (const [name, message] of Object.entries(error.constraints ?? {})) {
      const found = codeAndParams(error, name);
      const seen = byMessage.get(message);
      if (!seen || PRIORITY.indexOf(found.code) > PRIORITY.indexOf(seen.code))
        byMessage.set(message, found);
    }
    const own = [...byMessage].map(([message, { code, params }]) => ({
      field,
      message,
      code,
      params,
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/**
 * Keeps user-facing errors as they are and masks everything else: clients never see stack traces
 * or internal messages; the log keeps the details.
 */
export function createErrorFormatter(logger: Logger, serviceName?: string) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = formatted.extensions?.code;
    const known = typeof code === 'string' && KNOWN_CODES.has(code);
    const failure = serviceName && !known ? databaseFailureOf(original) : undefined;
    if (failure) {
      logger.error({ err: original }, `database ${failure}`);
      return failure === 'unavailable'
        ? {
            message: `The ${serviceName} service cannot reach its database; its data is missing from this response`,
            path: formatted.path,
            extensions: { code: 'SERVICE_UNAVAILABLE', serviceName },
          }
        : {
            message: `The ${serviceName} service stopped this request because it took too long; narrow it down and try again`,
            path: formatted.path,
            extensions: { code: 'TIMEOUT', serviceName },
          };
    }
    if (code === 'BAD_USER_INPUT' && isArgumentValidationError(original)) {
      const fields = flattenValidationErrors(original.extensions.validationErrors, 'input');
      return {
        message: `Invalid input: ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`,
        path: formatted.path,
        extensions: {
          code,
          ...(fields[0] ? { reason: fields[0].code, params: fields[0].params } : {}),
          fields,
        },
      };
    }
    if (typeof code === 'string' && KNOWN_CODES.has(code)) {
      // `response` (set by the gateway for subgraph HTTP errors) would reveal internal addresses.
      const {
        stacktrace: _stacktrace,
        response: _response,
        ...extensions
      } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    logger.error({ err: original }, 'internal error');
    return {
      message: 'Internal server error',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

interface ArgumentValidationErrorLike {
  extensions: { validationErrors: ValidationError[] };
}

function isArgumentValidationError(value: unknown): value is ArgumentValidationErrorLike {
  if (typeof value !== 'object' || value === null || !('extensions' in value)) return false;
  const ext = (value as { extensions: unknown }).extensions;
  return (
    typeof ext === 'object' &&
    ext !== null &&
    Array.isArray((ext as Record<string, unknown>).validationErrors)
  );
}
