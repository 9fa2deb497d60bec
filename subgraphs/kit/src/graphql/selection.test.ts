import { buildSchema, graphql, type GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectionTree, type SelectionTree, selectsField } from './selection.js';

const schema = buildSchema(`
  type Query { list: Connection }
  type Connection { totalCount: Int nodes: [Node] }
  type Node { id: ID name: String provider: Provider }
  type Provider { id: ID name: String email: String }
`);

async function treeOf(source: string): Promise<SelectionTree> {
  let tree: SelectionTree = {};
  const rootValue = {
    list: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
      tree = selectionTree(info);
      return null;
    },
  };
  const result = await graphql({ schema, source, rootValue });
  expect(result.errors).toBeUndefined();
  return tree;
}

describe('selection tree (issue 15: lists read only what is selected)', () => {
  it('issue 15: merges fields from aliases, inline and named fragments, at every depth', async () => {
    expect(
      await treeOf(`query {
        list { n: nodes { id ...Named provider { name } } ... on Connection { nodes { provider { ...P } } } }
      }
      fragment Named on Node { name }
      fragment P on Provider { email }`),
    ).toEqual({ nodes: { id: {}, name: {}, provider: { name: {}, email: {} } } });
  });

  it('issue 15: sees a total selected only through a fragment, and no total when none is selected', async () => {
    expect(
      await treeOf('query { list { ...Counted } } fragment Counted on Connection { totalCount }'),
    ).toEqual({ totalCount: {} });
    expect(await treeOf('query { list { nodes { __typename } } }')).toEqual({
      nodes: { __typename: {} },
    });
  });
});

// The notes lists prefetch history only when asked for it (issue 15): a wrong "no" would send a
// statement per note's history batch again, a wrong "yes" one statement for nothing.

const notesSchema = buildSchema(`
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
  const res = await graphql({ schema: notesSchema, source: query, rootValue });
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
