import { readFile } from 'node:fs/promises';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  type GraphQLInputType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { schemaFile } from './files.js';

const api = buildSchema(await readFile(schemaFile('api'), 'utf8'));

describe('the public API schema (schema/api.graphql)', () => {
  it('issue 14 item 10: every root Query and Mutation field is nullable, so one failing field or subgraph never nulls the others', () => {
    const nonNull = [api.getQueryType(), api.getMutationType()].flatMap((root) =>
      Object.values(root?.getFields() ?? {})
        .filter((field) => isNonNullType(field.type))
        .map((field) => `${root!.name}.${field.name}`),
    );
    expect(nonNull).toEqual([]);
  });

  it('issue 14 items 5 and 6: every String argument and input field documents its maximum length, every list its maximum size', () => {
    const undocumented: string[] = [];
    const check = (where: string, type: GraphQLInputType, description?: string | null) => {
      const named = getNamedType(type);
      if (
        isScalarType(named) &&
        named.name === 'String' &&
        !/At most \d+ characters/.test(description ?? '')
      )
        undocumented.push(where);
      if (isListType(getNullableType(type)) && !/At most \d+ items/.test(description ?? ''))
        undocumented.push(where);
    };
    for (const type of Object.values(api.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if ('getFields' in type) {
        for (const field of Object.values(type.getFields())) {
          if ('args' in field)
            for (const arg of field.args)
              check(`${type.name}.${field.name}(${arg.name})`, arg.type, arg.description);
          else check(`${type.name}.${field.name}`, field.type, field.description);
        }
      }
    }
    expect(undocumented).toEqual([]);
  });
});
