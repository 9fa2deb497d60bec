import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/** Fields selected under a field, by name (aliases resolved), each with the fields under it. */
export interface SelectionTree {
  [field: string]: SelectionTree;
}

/**
 * What the operation selects under the field being resolved, fragments merged, so a resolver can
 * skip work nobody asked for (a list's total count, columns no field reads). `@skip` and `@include`
 * are not evaluated: a field that may be selected counts as selected.
 */
export function selectionTree(info: GraphQLResolveInfo): SelectionTree {
  const tree: SelectionTree = {};
  // Fragments cannot spread themselves (validation refuses cycles), so this ends.
  const visit = (set: SelectionSetNode | undefined, into: SelectionTree) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD)
        visit(selection.selectionSet, (into[selection.name.value] ??= {}));
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet, into);
      else visit(info.fragments[selection.name.value]?.selectionSet, into);
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet, tree);
  return tree;
}

/** Whether the operation selects `name` directly under the field being resolved. */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  return name in selectionTree(info);
}
