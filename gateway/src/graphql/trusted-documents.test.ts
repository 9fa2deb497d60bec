import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { manifestOf, operationKey } from './trusted-documents.js';

const SOURCE = parse(`
  query Provider($id: ID!) { provider(id: $id) { id ...Details } }
  fragment Details on Provider { name contacts { ...Contact } }
  fragment Contact on Contact { email }
  fragment Unused on Provider { id }
`);

describe('trusted documents (issue 17)', () => {
  it('R6.2: what Apollo Client sends (with __typename, other formatting, fragments in another order) has the key of the source', () => {
    const sent = parse(`fragment Contact on Contact { email __typename }
      query Provider($id: ID!) { provider(id: $id) { id ...Details __typename } }
      fragment Details on Provider { name contacts { ...Contact __typename } __typename }`);
    expect(operationKey(sent)).toBe(operationKey(SOURCE, 'Provider'));
    expect(Object.values(manifestOf([SOURCE]).operations)).toEqual(['Provider']);
  });

  it('R6.2: another selection, another fragment body or an aliased __typename is another operation', () => {
    const key = operationKey(SOURCE, 'Provider');
    const more = parse(`query Provider($id: ID!) { provider(id: $id) { id notes ...Details } }
      fragment Details on Provider { name contacts { ...Contact } }
      fragment Contact on Contact { email }`);
    const fragment = parse(`query Provider($id: ID!) { provider(id: $id) { id ...Details } }
      fragment Details on Provider { name contacts { ...Contact } }
      fragment Contact on Contact { email phone }`);
    const aliased =
      parse(`query Provider($id: ID!) { provider(id: $id) { id x: __typename ...Details } }
      fragment Details on Provider { name contacts { ...Contact } }
      fragment Contact on Contact { email }`);
    for (const doc of [more, fragment, aliased]) expect(operationKey(doc)).not.toBe(key);
  });

  it('R6.2: a document with several operations needs the operation name', () => {
    const two = parse('query A { a } query B { b }');
    expect(operationKey(two)).toBeNull();
    expect(operationKey(two, 'B')).toBe(operationKey(parse('query B { b }')));
    expect(operationKey(two, 'C')).toBeNull();
  });
});
