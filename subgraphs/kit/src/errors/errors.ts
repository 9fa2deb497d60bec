import { GraphQLError } from 'graphql';
import { type RefusalReason } from './refusal-codes.js';
import { type Params, refuse, refuseFields } from './refusal.js';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INTERNAL_SERVER_ERROR';

export { type FieldError } from './refusal.js';

/**
 * Refuses input fields that no rule code has been given to yet: each is reported as
 * INVALID_VALUE with the given English message. New code uses `refuse(code, { field, params })`.
 */
export function fieldError(field: string, message: string): GraphQLError {
  return userInputError([{ field, message }]);
}

/** Several fields at once; a field without a registered code is reported as INVALID_VALUE. */
export function userInputError(
  fields: { field: string; message: string; code?: RefusalReason; params?: Params }[],
): GraphQLError {
  return refuseFields(
    fields.map((f) => ({
      field: f.field,
      message: f.message,
      code: f.code ?? 'INVALID_VALUE',
      params: f.params ?? { property: f.field },
    })),
  );
}

/** NOT_FOUND (reason NOT_FOUND, params entity and id); `entity` and `id` stay in extensions too. */
export function notFound(what: string, id: string): GraphQLError {
  return refuse('NOT_FOUND', { params: { entity: what, id }, extensions: { entity: what, id } });
}

/** FORBIDDEN (reason NOT_PERMITTED, param action: the English words of what was refused). */
export function forbidden(action: string): GraphQLError {
  return refuse('NOT_PERMITTED', { params: { action } });
}

export function unauthenticated(message = 'Sign in first'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
}

/** CONFLICT (reason STALE_VERSION): a stale `version` on update. */
export function conflict(what: string, id: string, expected: number, actual: number): GraphQLError {
  return refuse('STALE_VERSION', {
    params: { entity: what, id, expectedVersion: expected, actualVersion: actual },
    extensions: { entity: what, id, expectedVersion: expected, actualVersion: actual },
  });
}
