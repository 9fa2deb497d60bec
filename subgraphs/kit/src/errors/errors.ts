import { GraphQLError } from 'graphql';
import { refuse } from './refusal.js';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INTERNAL_SERVER_ERROR';

export { type FieldError } from './refusal.js';

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
