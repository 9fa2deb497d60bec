import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildSchema,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The public API schema the integrators get (schema/api.graphql). */
export function apiSchema(): GraphQLSchema {
  return buildSchema(readFileSync(join(repoRoot, 'schema/api.graphql'), 'utf8'));
}

export type RootKind = 'query' | 'mutation';

export interface RootField {
  kind: RootKind;
  name: string;
  field: GraphQLField<unknown, unknown>;
}

export function rootFields(schema: GraphQLSchema): RootField[] {
  const of = (kind: RootKind) => {
    const type = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
    return Object.values(type?.getFields() ?? {}).map((field) => ({
      kind,
      name: field.name,
      field,
    }));
  };
  return [...of('query'), ...of('mutation')];
}

/** A plausible value for a type: every required input field filled, ids random. */
export function sampleValue(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType, name);
  if (isListType(type)) return [sampleValue(type.ofType, name)];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields()))
      if (isNonNullType(field.type)) value[field.name] = sampleValue(field.type, field.name);
    return value;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return crypto.randomUUID();
      case 'Int':
      case 'Float':
        return 1;
      case 'Boolean':
        return false;
      case 'DateTimeISO':
        return '2030-01-01T10:00:00.000Z';
      default:
        if (/email/i.test(name)) return 'probe@example.org';
        if (/date|from|to|on$/i.test(name)) return '2030-01-01';
        return 'probe';
    }
  }
  return null;
}

/** The operation for a root field with every required argument as a variable. */
export function operationFor(
  root: RootField,
  include: readonly string[] = [],
): {
  query: string;
  variables: Record<string, unknown>;
  args: readonly GraphQLArgument[];
} {
  const args = root.field.args.filter((a) => isNonNullType(a.type) || include.includes(a.name));
  const declared = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(root.field.type)) ? '' : ' { __typename }';
  const query = `${root.kind}${declared ? `(${declared})` : ''} { ${root.name}${passed ? `(${passed})` : ''}${selection} }`;
  const variables = Object.fromEntries(
    args.map((a) => [a.name, sampleValue(isNonNullType(a.type) ? a.type : a.type, a.name)]),
  );
  return { query, variables, args };
}

/** Every String argument or (top-level) input field of a mutation: path and whether required. */
export function stringInputs(root: RootField): { path: string[]; required: boolean }[] {
  const found: { path: string[]; required: boolean }[] = [];
  for (const arg of root.field.args) {
    const named = getNamedType(arg.type);
    if (isScalarType(named) && named.name === 'String' && !isListType(unwrap(arg.type)))
      found.push({ path: [arg.name], required: isNonNullType(arg.type) });
    if (isInputObjectType(named))
      for (const field of Object.values(named.getFields())) {
        const inner = getNamedType(field.type);
        if (isScalarType(inner) && inner.name === 'String' && !isListType(unwrap(field.type)))
          found.push({ path: [arg.name, field.name], required: isNonNullType(field.type) });
      }
  }
  return found;
}

const unwrap = (type: GraphQLInputType) => (isNonNullType(type) ? type.ofType : type);
