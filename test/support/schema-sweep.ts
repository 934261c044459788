import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  GraphQLArgument,
  GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';

export const apiSchema = buildSchema(readFileSync('apps/api/schema.gql', 'utf8'));

type Path = Array<string | number>;

/** One text leaf of one root operation's arguments, and a request that puts `hostile` there. */
export interface TextLeaf {
  kind: 'query' | 'mutation';
  field: string;
  /** As the API names it in its refusal: `input.items.0.text`. */
  path: string;
  /** The operation with every argument as a variable, and those variables. */
  withVariables(hostile: string): { query: string; variables: Record<string, unknown> };
  /** The same operation with every argument written in the document. */
  withLiterals(hostile: string): string;
}

const PLACEHOLDERS: Record<string, unknown> = {
  ID: '00000000-0000-4000-8000-000000000000',
  String: 'placeholder',
  Int: 1,
  Float: 1,
  Boolean: false,
  Date: '2026-03-02',
  DateTime: '2026-03-02T15:00:00.000Z',
  JSONObject: {},
};

const isText = (type: GraphQLInputType) => ['String', 'ID'].includes(getNamedType(type).name);
const isRequired = (type: GraphQLInputType, defaultValue: unknown) =>
  isNonNullType(type) && defaultValue === undefined;

/** Every path to a String or ID inside a type: fields of input objects, the first item of lists. */
function textPaths(type: GraphQLInputType, seen: Set<string> = new Set()): Path[] {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return textPaths(nullable.ofType, seen).map((p) => [0, ...p]);
  if (isInputObjectType(nullable)) {
    if (seen.has(nullable.name)) return [];
    const inner = new Set([...seen, nullable.name]);
    return Object.values(nullable.getFields()).flatMap((f) =>
      textPaths(f.type, inner).map((p) => [f.name, ...p]),
    );
  }
  return isText(nullable) ? [[]] : [];
}

/**
 * A plausible value of `type`: required fields only, plus whatever lies on `path`, whose end holds
 * `hostile`. Plausible enough to pass GraphQL's coercion; the hygiene check runs before anything else.
 */
function valueOf(type: GraphQLInputType, path: Path | null, hostile: string): unknown {
  const nullable = getNullableType(type);
  if (path && path.length === 0 && isLeafType(nullable)) return hostile;
  if (isListType(nullable)) return [valueOf(nullable.ofType, path ? path.slice(1) : null, hostile)];
  if (isInputObjectType(nullable)) {
    const value: Record<string, unknown> = {};
    for (const f of Object.values(nullable.getFields())) {
      if (path?.[0] === f.name) value[f.name] = valueOf(f.type, path.slice(1), hostile);
      else if (isRequired(f.type, f.defaultValue)) value[f.name] = valueOf(f.type, null, hostile);
    }
    return value;
  }
  if (isEnumType(nullable)) return nullable.getValues()[0].value;
  if (isScalarType(nullable) && nullable.name in PLACEHOLDERS) return PLACEHOLDERS[nullable.name];
  throw new Error(`No placeholder for ${nullable}`);
}

/** A value written as a GraphQL literal: enums bare, strings with JSON's escapes (GraphQL's too). */
function literal(value: unknown, type: GraphQLInputType): string {
  const nullable = getNullableType(type);
  if (value === null || value === undefined) return 'null';
  if (isListType(nullable))
    return `[${(value as unknown[]).map((v) => literal(v, nullable.ofType)).join(', ')}]`;
  if (isInputObjectType(nullable)) {
    const fields = nullable.getFields();
    const entries = Object.entries(value as Record<string, unknown>);
    return `{ ${entries.map(([k, v]) => `${k}: ${literal(v, fields[k].type)}`).join(', ')} }`;
  }
  if (isEnumType(nullable)) return String(value);
  return JSON.stringify(value);
}

function leafRequest(kind: TextLeaf['kind'], field: string, args: readonly GraphQLArgument[], path: Path) {
  const [target, ...inner] = path;
  const used = args.filter((a) => a.name === target || isRequired(a.type, a.defaultValue));
  const values = (hostile: string) =>
    used.map((a) => [a, valueOf(a.type, a.name === target ? inner : null, hostile)] as const);
  const returnType = getNamedType(
    (kind === 'query' ? apiSchema.getQueryType() : apiSchema.getMutationType())!.getFields()[field].type,
  );
  const selection = isLeafType(returnType) ? '' : '{ __typename }';
  return {
    withVariables(hostile: string) {
      const pairs = values(hostile);
      const definitions = pairs.map(([a]) => `$${a.name}: ${a.type}`).join(', ');
      const call = pairs.map(([a]) => `${a.name}: $${a.name}`).join(', ');
      return {
        query: `${kind}${definitions ? `(${definitions})` : ''} { ${field}(${call}) ${selection} }`,
        variables: Object.fromEntries(pairs.map(([a, v]) => [a.name, v])),
      };
    },
    withLiterals(hostile: string) {
      const call = values(hostile)
        .map(([a, v]) => `${a.name}: ${literal(v, a.type)}`)
        .join(', ');
      return `${kind} { ${field}(${call}) ${selection} }`;
    },
  };
}

/** Every String and ID an operation's arguments can hold, for every query and mutation. */
export function textLeaves(): TextLeaf[] {
  const roots = [
    ['query', apiSchema.getQueryType()],
    ['mutation', apiSchema.getMutationType()],
  ] as const;
  return roots.flatMap(([kind, root]) =>
    Object.values(root!.getFields()).flatMap((field) =>
      field.args.flatMap((arg) =>
        textPaths(arg.type).map((p) => {
          const path = [arg.name, ...p];
          return {
            kind,
            field: field.name,
            path: path.join('.'),
            ...leafRequest(kind, field.name, field.args, path),
          };
        }),
      ),
    ),
  );
}
