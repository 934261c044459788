import {
  DocumentNode,
  FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLInputType,
  GraphQLSchema,
  isInputObjectType,
  isListType,
  Kind,
  OperationDefinitionNode,
  TypeInfo,
  ValueNode,
  VariableDefinitionNode,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { textProblem } from '../validation/text-hygiene';

export interface TextProblem {
  /** Where the text is, as clients name it: `input.items.2.text`, `refreshToken`. */
  field: string;
  message: string;
}

type Path = Array<string | number>;
type Variables = Record<string, unknown> | null | undefined;

const MAX_PROBLEMS = 20;

/** An argument in the document: its value as written (perhaps a variable), its type, its path. */
interface ArgumentSite {
  value: ValueNode;
  type: GraphQLInputType;
  path: Path;
}

// mercurius keeps a parsed document for every request with the same text, so the walk along the
// schema's types (the costly part: ~0.1 ms) runs once per document; each request reads only values.
const sitesByOperation = new WeakMap<
  OperationDefinitionNode,
  { schema: GraphQLSchema; sites: ArgumentSite[] }
>();

/** Fragments the operation reaches, so text in another operation's fragments is not blamed on it. */
function reachableFragments(document: DocumentNode, operation: OperationDefinitionNode) {
  const byName = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) byName.set(d.name.value, d);
  const reached = new Map<string, FragmentDefinitionNode>();
  const pending: Array<OperationDefinitionNode | FragmentDefinitionNode> = [operation];
  for (let next = pending.pop(); next; next = pending.pop()) {
    visit(next, {
      FragmentSpread(spread) {
        const fragment = byName.get(spread.name.value);
        if (fragment && !reached.has(fragment.name.value)) {
          reached.set(fragment.name.value, fragment);
          pending.push(fragment);
        }
      },
    });
  }
  return [...reached.values()];
}

/** Every argument the operation passes, in it and in the fragments it spreads. */
function argumentSites(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): ArgumentSite[] {
  const cached = sitesByOperation.get(operation);
  if (cached?.schema === schema) return cached.sites;
  const sites: ArgumentSite[] = [];
  for (const definition of [operation, ...reachableFragments(document, operation)]) {
    const typeInfo = new TypeInfo(schema);
    // Response keys of the fields down to an argument's own; a root field's arguments go by their
    // own name (`input.title`), deeper ones after their field's path (`case.auditTrail.after`).
    const fields: string[] = [];
    visit(
      definition,
      visitWithTypeInfo(typeInfo, {
        Field: {
          enter: (node) => void fields.push(node.alias?.value ?? node.name.value),
          leave: () => void fields.pop(),
        },
        Directive: {
          enter: (node) => void fields.push(`@${node.name.value}`),
          leave: () => void fields.pop(),
        },
        Argument(node) {
          const argument = typeInfo.getArgument();
          if (argument)
            sites.push({
              value: node.value,
              type: argument.type,
              path: [...(fields.length > 1 ? fields : []), node.name.value],
            });
          return false;
        },
      }),
    );
  }
  sitesByOperation.set(operation, { schema, sites });
  return sites;
}

/**
 * Every text argument an operation passes, written in the document or sent as a variable, checked
 * against the characters no text may hold (text-hygiene.ts). Walks values along their schema types,
 * so the path it reports is the one the resolver would see, and it never follows a value deeper than
 * its type goes.
 */
export function findTextProblems(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Variables,
): TextProblem[] {
  const problems: TextProblem[] = [];
  const definitions = new Map<string, VariableDefinitionNode>(
    (operation.variableDefinitions ?? []).map((d) => [d.variable.name.value, d]),
  );

  const check = (text: string, path: Path) => {
    const problem = problems.length < MAX_PROBLEMS ? textProblem(text) : null;
    if (problem) problems.push({ field: path.join('.'), message: `${path.join('.')} ${problem}` });
  };

  /**
   * Any JSON a custom scalar accepts: strings anywhere in it. Iterative, and each entry links to its
   * parent rather than copying the path, so deep JSON costs time in proportion to its size.
   */
  const checkAnyValue = (value: unknown, path: Path) => {
    type Entry = { value: unknown; key?: string | number; parent?: Entry };
    const pathOf = (entry: Entry): Path => {
      const keys: Path = [];
      for (let e: Entry | undefined = entry; e?.parent; e = e.parent) keys.push(e.key as string | number);
      return [...path, ...keys.reverse()];
    };
    const stack: Entry[] = [{ value }];
    for (let entry = stack.pop(); entry && problems.length < MAX_PROBLEMS; entry = stack.pop()) {
      const v = entry.value;
      if (typeof v === 'string') {
        if (textProblem(v)) check(v, pathOf(entry));
      } else if (Array.isArray(v)) v.forEach((item, key) => stack.push({ value: item, key, parent: entry }));
      else if (v && typeof v === 'object')
        for (const [key, item] of Object.entries(v)) stack.push({ value: item, key, parent: entry });
    }
  };

  const checkValue = (value: unknown, type: GraphQLInputType, path: Path): void => {
    if (value === null || value === undefined) return;
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      // A single value where a list is expected is coerced to a list of one.
      if (Array.isArray(value)) value.forEach((item, i) => checkValue(item, nullable.ofType, [...path, i]));
      else checkValue(value, nullable.ofType, path);
    } else if (isInputObjectType(nullable)) {
      if (typeof value !== 'object' || Array.isArray(value)) return;
      for (const [name, field] of Object.entries(nullable.getFields())) {
        if (Object.hasOwn(value, name))
          checkValue((value as Record<string, unknown>)[name], field.type, [...path, name]);
      }
    } else if (typeof value === 'string') check(value, path);
    else if (typeof value === 'object' && !['String', 'ID'].includes(getNamedType(nullable).name))
      checkAnyValue(value, path);
  };

  const checkNode = (node: ValueNode, type: GraphQLInputType, path: Path): void => {
    if (node.kind === Kind.VARIABLE) {
      const name = node.name.value;
      if (variables && Object.hasOwn(variables, name)) return checkValue(variables[name], type, path);
      const fallback = definitions.get(name)?.defaultValue;
      return fallback ? checkNode(fallback, type, path) : undefined;
    }
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      if (node.kind === Kind.LIST) node.values.forEach((v, i) => checkNode(v, nullable.ofType, [...path, i]));
      else checkNode(node, nullable.ofType, path);
    } else if (isInputObjectType(nullable)) {
      if (node.kind !== Kind.OBJECT) return;
      const fields = nullable.getFields();
      for (const f of node.fields) {
        const field = fields[f.name.value];
        if (field) checkNode(f.value, field.type, [...path, f.name.value]);
      }
    } else if (node.kind === Kind.STRING) check(node.value, path);
    else if (node.kind === Kind.LIST) node.values.forEach((v, i) => checkNode(v, type, [...path, i]));
    else if (node.kind === Kind.OBJECT)
      for (const f of node.fields) checkNode(f.value, type, [...path, f.name.value]);
  };

  for (const site of argumentSites(schema, document, operation)) checkNode(site.value, site.type, site.path);
  return problems;
}
