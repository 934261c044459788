import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  Kind,
  OperationDefinitionNode,
  SelectionNode,
  SelectionSetNode,
  ValueNode,
} from 'graphql';

type Variables = Record<string, unknown> | null | undefined;

/**
 * graphql-armor's cost-limit weights (its defaults, which GRAPHQL_MAX_COST has always been measured
 * in): a leaf field costs 1, a field with a selection 2 plus 1.5 times what it selects, times the
 * page size it asks for with `first` or `last`.
 */
const SCALAR_COST = 1;
const OBJECT_COST = 2;
const DEPTH_FACTOR = 1.5;
const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

/**
 * What an operation costs, computed with the request's variables: graphql-armor's rule (a validation
 * rule, so it sees the document alone) read `first: 100` but not `first: $n` with n = 100, and let
 * `__schema` through free. Here every field and alias counts, `__typename` included; the schema's own
 * description (under `__schema` and `__type`) is read from memory, so each of its fields costs 1 flat,
 * which keeps a full introspection query (about 200 fields) affordable where it is allowed.
 */
export function operationCost(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Variables,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const defaults = new Map<string, ValueNode | undefined>(
    (operation.variableDefinitions ?? []).map((d) => [d.variable.name.value, d.defaultValue]),
  );
  const fragmentCosts = new Map<string, number>();
  const inProgress = new Set<string>();

  const pageSize = (field: FieldNode): number => {
    const argument = field.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'last');
    let node = argument?.value;
    let value: unknown;
    if (node?.kind === Kind.VARIABLE) {
      const name = node.name.value;
      if (variables && Object.hasOwn(variables, name)) value = variables[name];
      else node = defaults.get(name);
    }
    if (node?.kind === Kind.INT) value = Number(node.value);
    // An absent or malformed size costs as one; validation refuses a malformed one anyway.
    return typeof value === 'number' && Number.isFinite(value) ? Math.max(Math.floor(value), 1) : 1;
  };

  /** Each fragment is costed once; a cycle is refused by validation, so count it as nothing. */
  const memo = (key: string, compute: () => number): number => {
    let cost = fragmentCosts.get(key);
    if (cost !== undefined) return cost;
    if (inProgress.has(key)) return 0;
    inProgress.add(key);
    cost = compute();
    inProgress.delete(key);
    fragmentCosts.set(key, cost);
    return cost;
  };

  /** Introspection: one per field, however deep. */
  const flatCost = (set: SelectionSetNode): number =>
    set.selections.reduce((sum, s) => {
      if (s.kind === Kind.FIELD) return sum + SCALAR_COST + (s.selectionSet ? flatCost(s.selectionSet) : 0);
      if (s.kind === Kind.INLINE_FRAGMENT) return sum + flatCost(s.selectionSet);
      const fragment = fragments.get(s.name.value);
      return sum + (fragment ? memo(`flat ${s.name.value}`, () => flatCost(fragment.selectionSet)) : 0);
    }, 0);

  /** A selection set with a selection's own weight: 2 + 1.5 × each selection (armor's formula). */
  const setCost = (set: SelectionSetNode): number =>
    OBJECT_COST + set.selections.reduce((sum, s) => sum + DEPTH_FACTOR * selectionCost(s), 0);

  const selectionCost = (selection: SelectionNode): number => {
    if (selection.kind === Kind.FIELD) {
      if (INTROSPECTION_FIELDS.has(selection.name.value))
        return SCALAR_COST + (selection.selectionSet ? flatCost(selection.selectionSet) : 0);
      if (!selection.selectionSet) return SCALAR_COST;
      return setCost(selection.selectionSet) * pageSize(selection);
    }
    if (selection.kind === Kind.INLINE_FRAGMENT) return setCost(selection.selectionSet);
    const fragment = fragments.get(selection.name.value);
    const cost = fragment ? memo(selection.name.value, () => setCost(fragment.selectionSet)) : 0;
    return SCALAR_COST + DEPTH_FACTOR * cost;
  };

  return operation.selectionSet.selections.reduce((sum, s) => sum + selectionCost(s), 0);
}
