import { GraphQLError } from 'graphql';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INTERNAL_SERVER_ERROR';

export interface FieldError {
  /** Path of the offending input field, for example `input.email`. */
  field: string;
  message: string;
  /** Stable rule code where the kit's input policy refused it: CONTROL_CHARACTER, INVALID_UNICODE, BLANK, TOO_LONG, TOO_MANY. */
  code?: string;
}

export function userInputError(fields: FieldError[]): GraphQLError {
  const summary = fields.map((f) => `${f.field}: ${f.message}`).join('; ');
  return new GraphQLError(`Invalid input: ${summary}`, {
    extensions: { code: 'BAD_USER_INPUT', fields },
  });
}

export function fieldError(field: string, message: string): GraphQLError {
  return userInputError([{ field, message }]);
}

export function notFound(what: string, id: string): GraphQLError {
  return new GraphQLError(`${what} ${id} was not found`, {
    extensions: { code: 'NOT_FOUND', entity: what, id },
  });
}

export function forbidden(action: string): GraphQLError {
  return new GraphQLError(`You are not allowed to ${action}`, {
    extensions: { code: 'FORBIDDEN' },
  });
}

export function unauthenticated(message = 'Sign in first'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
}

export function conflict(what: string, id: string, expected: number, actual: number): GraphQLError {
  return new GraphQLError(
    `${what} ${id} was changed by someone else (you edited version ${expected}, it is now version ${actual}); reload it and try again`,
    {
      extensions: {
        code: 'CONFLICT',
        entity: what,
        id,
        expectedVersion: expected,
        actualVersion: actual,
      },
    },
  );
}
