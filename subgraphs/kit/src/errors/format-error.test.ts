import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../logging/logger.js';
import { createErrorFormatter } from './format-error.js';

const format = createErrorFormatter(createLogger('test'));

describe('error formatting (never a stack trace or internal detail to clients)', () => {
  it('masks unexpected errors as INTERNAL_SERVER_ERROR', () => {
    const error = new Error('relation "cases.person" does not exist at 10.0.0.7');
    const out = format(
      {
        message: error.message,
        extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] },
      },
      error,
    );
    expect(out).toEqual({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('keeps user-facing codes with their details but drops stack traces and subgraph responses', () => {
    const error = new GraphQLError('Person 1 was not found', { extensions: { code: 'NOT_FOUND' } });
    const out = format(
      {
        message: error.message,
        extensions: {
          code: 'NOT_FOUND',
          stacktrace: ['at x'],
          response: { url: 'http://10.0.0.7' },
          id: '1',
        },
      },
      error,
    );
    expect(out).toEqual({
      message: 'Person 1 was not found',
      extensions: { code: 'NOT_FOUND', id: '1' },
    });
  });
});
