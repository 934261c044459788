import { GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';

/**
 * The names of the fields the query asks for under the field being resolved (directly or through
 * fragments), each once: a read can then build only those, and the relations among them in its own
 * statement.
 */
export function selectedFields(info: GraphQLResolveInfo): string[] {
  const names = new Set<string>();
  const seen = new Set<string>();
  const within = (set: SelectionSetNode | undefined): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) within(selection.selectionSet);
      else {
        const fragment = info.fragments[selection.name.value];
        if (!fragment || seen.has(fragment.name.value)) continue;
        seen.add(fragment.name.value);
        within(fragment.selectionSet);
      }
    }
  };
  for (const node of info.fieldNodes) within(node.selectionSet);
  return [...names];
}

/**
 * Whether the query asks, under the field being resolved, for the field `name`: a list can then read
 * that relation in its own statement and spare the request a further round trip for it.
 */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  return selectedFields(info).includes(name);
}
