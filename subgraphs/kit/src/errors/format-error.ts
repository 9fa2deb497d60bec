import { type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { type ValidationError } from 'class-validator';
import { type Logger } from '../logging/logger.js';
import { databaseFailureOf } from './database-errors.js';
import { type FieldError } from './errors.js';

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

/** Flattens class-validator errors into `input.address.city`-style field paths. */
export function flattenValidationErrors(errors: ValidationError[], prefix: string): FieldError[] {
  return errors.flatMap((error) => {
    const field = `${prefix}.${error.property}`;
    // Two rules with one message (a format and a range check, say) are one problem to the user.
    const own = [...new Set(Object.values(error.constraints ?? {}))].map((message) => ({
      field,
      message,
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
        extensions: { code, fields },
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
