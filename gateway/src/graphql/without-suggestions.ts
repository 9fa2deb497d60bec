import { type GraphQLFormattedError } from 'graphql';

type Formatter = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

const SUGGESTION = /\s*Did you mean .*$/s;

/**
 * In production, strips graphql-js's "Did you mean ...?" from every message (validation of
 * fields, arguments, enum values and types, over HTTP and graphql-ws alike).
 */
export function withoutSuggestions(format: Formatter, production: boolean): Formatter {
  if (!production) return format;
  return (formatted, error) => {
    const result = format(formatted, error);
    return SUGGESTION.test(result.message)
      ? { ...result, message: result.message.replace(SUGGESTION, '') }
      : result;
  };
}
