import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/**
 * Whether the current field's selection asks for the sub-field `name` (directly, in an inline
 * fragment or in a named fragment). `@include`/`@skip` are not evaluated: a skipped field counts
 * as asked for, so a caller that prefetches for it does some work for nothing, never too little.
 */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  const seen = new Set<string>();
  const search = (set: SelectionSetNode | undefined): boolean =>
    !!set?.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === name;
      if (selection.kind === Kind.INLINE_FRAGMENT) return search(selection.selectionSet);
      const fragment = selection.name.value;
      if (seen.has(fragment)) return false;
      seen.add(fragment);
      return search(info.fragments[fragment]?.selectionSet);
    });
  return info.fieldNodes.some((node) => search(node.selectionSet));
}
