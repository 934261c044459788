import { answeredAsJson, CapabilityRef, SqlAnswerBuilder } from '@parley/platform';
import {
  DocumentNode,
  getNamedType,
  GraphQLObjectType,
  GraphQLOutputType,
  GraphQLSchema,
  Kind,
  SelectionSetNode,
  TypeNode,
} from 'graphql';

/** A query answerable in SQL (AnsweredInSql), with the access rule its resolver declares. */
export interface AnswerableRoot {
  readonly capability: CapabilityRef;
  /** The argument naming the subject the capability is decided on. */
  readonly argument: string;
  readonly build: SqlAnswerBuilder;
}

export interface PlannedRoot {
  /** The response key: the alias, or the field's name. */
  readonly key: string;
  /** The variable giving the subject's id. */
  readonly variable: string;
  readonly capability: CapabilityRef;
  readonly build: SqlAnswerBuilder;
  readonly selection: SelectionSetNode;
}

/** How a query text is answered in SQL: its root fields in order, and the id variables they read. */
export interface AnswerPlan {
  readonly operationName: string | undefined;
  readonly variables: readonly string[];
  readonly roots: readonly PlannedRoot[];
}

const isRequiredId = (type: TypeNode) =>
  type.kind === Kind.NON_NULL_TYPE && type.type.kind === Kind.NAMED_TYPE && type.type.name.value === 'ID';

/** Whether every field the selection reaches is a value GraphQL answers as PostgreSQL's JSON writes it. */
function answersAsJson(selection: SelectionSetNode, type: GraphQLOutputType): boolean {
  const named = getNamedType(type);
  if (!(named instanceof GraphQLObjectType)) return false;
  const fields = named.getFields();
  return selection.selections.every((node) => {
    if (node.kind !== Kind.FIELD || !Object.hasOwn(fields, node.name.value)) return false;
    const field = fields[node.name.value];
    return node.selectionSet ? answersAsJson(node.selectionSet, field.type) : answeredAsJson(field.type);
  });
}

/**
 * The plan for a document that passed parsing, validation and every limit, or null when anything in
 * it is for the resolvers alone: more than one operation, a mutation, a fragment, a directive, a
 * variable other than a required ID, a root field not AnsweredInSql or with any argument but its
 * subject's id given as a variable, a field whose value GraphQL would write otherwise than SQL. The
 * builders then refuse any field they do not read (compact-json.ts).
 */
export function answerPlanOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  answerable: ReadonlyMap<string, AnswerableRoot>,
): AnswerPlan | null {
  const [operation, ...more] = document.definitions;
  if (more.length > 0 || operation?.kind !== Kind.OPERATION_DEFINITION) return null;
  if (operation.operation !== 'query' || operation.directives?.length) return null;
  const queryFields = schema.getQueryType()?.getFields() ?? {};
  const declared = new Set<string>();
  for (const definition of operation.variableDefinitions ?? []) {
    if (!isRequiredId(definition.type) || definition.defaultValue || definition.directives?.length)
      return null;
    declared.add(definition.variable.name.value);
  }
  const roots: PlannedRoot[] = [];
  const keys = new Set<string>();
  const used = new Set<string>();
  for (const node of operation.selectionSet.selections) {
    if (node.kind !== Kind.FIELD || node.directives?.length || !node.selectionSet) return null;
    const name = node.name.value;
    const root = answerable.get(name);
    if (!root || !Object.hasOwn(queryFields, name)) return null;
    const key = node.alias?.value ?? name;
    const [argument, ...others] = node.arguments ?? [];
    if (keys.has(key) || !argument || others.length > 0) return null;
    if (argument.name.value !== root.argument || argument.value.kind !== Kind.VARIABLE) return null;
    const variable = argument.value.name.value;
    if (!declared.has(variable) || !answersAsJson(node.selectionSet, queryFields[name].type)) return null;
    keys.add(key);
    used.add(variable);
    roots.push({
      key,
      variable,
      capability: root.capability,
      build: root.build,
      selection: node.selectionSet,
    });
  }
  if (roots.length === 0 || used.size !== declared.size) return null;
  return { operationName: operation.name?.value, variables: [...used], roots };
}
