import { GraphQLError } from 'graphql';

/** A request refused by a rule: BAD_USER_INPUT naming the field, plus facts for the client (rule id, what blocks it). */
export function refused(
  field: string,
  message: string,
  extensions: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(`Invalid input: ${field}: ${message}`, {
    extensions: { code: 'BAD_USER_INPUT', fields: [{ field, message }], ...extensions },
  });
}
