import { buildSchema, graphql, type GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectionTree, type SelectionTree } from './selection.js';

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
