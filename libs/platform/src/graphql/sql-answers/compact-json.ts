import { Kind, SelectionSetNode } from 'graphql';

/**
 * How a GraphQL object type is read as JSON text by PostgreSQL, for a request answered whole in SQL
 * (sql-answers): each field read from a column, by its SQL over the row's alias (a model's whole
 * column map may be given: the plan lets through only fields whose GraphQL type writes the value as
 * PostgreSQL's to_json does, answeredAsJson), and each field read through a nested read of the
 * selection under it. A field of neither kind cannot be answered in SQL, and the request goes the
 * resolvers' way.
 */
export interface JsonShape {
  readonly columns: Readonly<Record<string, string>>;
  /** A nested read's JSON text for the selection under the field, or null when it cannot be. */
  readonly relations?: Readonly<Record<string, (selection: SelectionSetNode) => string | null>>;
}

/** A value as JSON text: PostgreSQL escapes strings as JSON.stringify does, and a NULL is `null`. */
export function jsonText(expression: string): string {
  return `coalesce(to_json(${expression})::text, 'null')`;
}

/** Rows' JSON texts as one compact JSON array, in `order`; `[]` for none. */
export function textList(element: string, order: string): string {
  return `coalesce('[' || string_agg(${element}, ',' ORDER BY ${order}) || ']', '[]')`;
}

/** SQL string literal of a text made only of JSON punctuation and GraphQL names, which need no escaping. */
const literal = (text: string) => `'${text}'`;

const built = new WeakMap<SelectionSetNode, Map<JsonShape, string | null>>();

/**
 * The selection as one compact JSON object built in SQL: the response keys in the order the query
 * names them, each with its value, as JSON.stringify writes GraphQL's answer (no spaces, which
 * json_build_object would add). Null when a field is neither a column nor a relation of `shape`, or
 * the selection has what only the resolvers answer: fragments, directives, arguments, a key named
 * twice. Built once per selection (a plan keeps its document's nodes) and shape.
 */
export function compactObject(selection: SelectionSetNode, shape: JsonShape): string | null {
  let byShape = built.get(selection);
  if (!byShape) built.set(selection, (byShape = new Map()));
  let sql = byShape.get(shape);
  if (sql === undefined) {
    sql = buildObject(selection, shape);
    byShape.set(shape, sql);
  }
  return sql;
}

function buildObject(selection: SelectionSetNode, shape: JsonShape): string | null {
  const keys = new Set<string>();
  const parts: string[] = [];
  for (const node of selection.selections) {
    if (node.kind !== Kind.FIELD || node.directives?.length || node.arguments?.length) return null;
    const key = node.alias?.value ?? node.name.value;
    if (keys.has(key)) return null;
    keys.add(key);
    const name = node.name.value;
    let value: string | null;
    if (node.selectionSet) {
      const relation = Object.hasOwn(shape.relations ?? {}, name) ? shape.relations?.[name] : undefined;
      value = relation ? relation(node.selectionSet) : null;
    } else {
      value = Object.hasOwn(shape.columns, name) ? jsonText(shape.columns[name]) : null;
    }
    if (value === null) return null;
    parts.push(literal(`${parts.length === 0 ? '{' : ','}"${key}":`), value);
  }
  if (parts.length === 0) return null;
  parts.push(literal('}'));
  return `(${parts.join(' || ')})`;
}
