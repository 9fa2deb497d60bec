import { type TestSubgraph } from '@casework/testing';

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface FieldInfo {
  name: string;
  args: { type: TypeRef }[];
  type: TypeRef;
}

const TYPE = `query($name: String!) { __type(name: $name) { fields { name
  args { type { kind name ofType { kind name } } }
  type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }`;

const named = (type: TypeRef): TypeRef => (type.ofType ? named(type.ofType) : type);

async function fieldsOf(subgraph: TestSubgraph, name: string): Promise<FieldInfo[]> {
  const res = await subgraph.query<{ __type: { fields: FieldInfo[] } }>(TYPE, { name });
  return res.data!.__type.fields.filter((f) => f.args.every((a) => a.type.kind !== 'NON_NULL'));
}

/**
 * Every field of a type as a selection of its own (objects with their leaf fields), read from the
 * schema: a test over them covers fields added later too (issue 15: plain rows select per field).
 */
export async function fieldSelections(subgraph: TestSubgraph, typeName: string) {
  const selections: string[] = [];
  for (const field of await fieldsOf(subgraph, typeName)) {
    const type = named(field.type);
    if (type.kind !== 'OBJECT') {
      selections.push(field.name);
      continue;
    }
    const leaves = (await fieldsOf(subgraph, type.name!))
      .filter((f) => ['SCALAR', 'ENUM'].includes(named(f.type).kind))
      .map((f) => f.name);
    selections.push(`${field.name} { __typename ${leaves.join(' ')} }`);
  }
  return selections;
}
