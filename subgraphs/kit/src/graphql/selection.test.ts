import { buildSchema, graphql, type GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectsField } from './selection.js';

// The notes lists prefetch history only when asked for it (issue 15): a wrong "no" would send a
// statement per note's history batch again, a wrong "yes" one statement for nothing.

const schema = buildSchema(`
  type Version { number: Int }
  type Note { id: ID, history: [Version], other: Note }
  type Query { notes: [Note] }
`);

async function asks(query: string): Promise<boolean> {
  let seen: boolean | undefined;
  const rootValue = {
    notes: (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
      seen = selectsField(info, 'history');
      return [];
    },
  };
  const res = await graphql({ schema, source: query, rootValue });
  expect(res.errors).toBeUndefined();
  return seen!;
}

describe('selectsField (issue 15)', () => {
  it('R3.3: finds the field directly, in inline fragments and in named fragments', async () => {
    expect(await asks('{ notes { id history { number } } }')).toBe(true);
    expect(await asks('{ notes { ... on Note { history { number } } } }')).toBe(true);
    expect(
      await asks(
        '{ notes { ...F } } fragment F on Note { id ...G } fragment G on Note { history { number } }',
      ),
    ).toBe(true);
  });

  it('R3.3: does not count the same name deeper down, or a selection without it', async () => {
    expect(await asks('{ notes { id } }')).toBe(false);
    expect(await asks('{ notes { other { history { number } } } }')).toBe(false);
    expect(await asks('{ notes { ...F } } fragment F on Note { id }')).toBe(false);
  });
});
