import {
  GraphQLEnumType,
  GraphQLFloat,
  GraphQLList,
  GraphQLNonNull,
  GraphQLString,
  Kind,
  OperationDefinitionNode,
  parse,
} from 'graphql';
import { CalendarDateScalar } from '../date.scalar';
import { answeredAsJson } from './answered-in-sql';
import { compactObject, JsonShape, jsonText, textList } from './compact-json';

const ITEM: JsonShape = { columns: { id: 'i.id', text: 'i.text' } };
const SET: JsonShape = {
  columns: { id: 's.id', title: 's.title' },
  relations: { items: (selection) => compactObject(selection, ITEM) && 'ITEMS' },
};

/** The selection under the query's first root field. */
const selectionOf = (query: string) => {
  const operation = parse(query).definitions[0] as OperationDefinitionNode;
  const root = operation.selectionSet.selections[0];
  if (root.kind !== Kind.FIELD || !root.selectionSet) throw new Error('no selection');
  return root.selectionSet;
};

describe('compactObject', () => {
  it('writes the response keys in the order asked, with no spaces, each value as JSON text', () => {
    expect(compactObject(selectionOf('{ s { title heading: id } }'), SET)).toBe(
      `('{"title":' || ${jsonText('s.title')} || ',"heading":' || ${jsonText('s.id')} || '}')`,
    );
  });

  it('reads a relation through its own read of the selection under it', () => {
    expect(compactObject(selectionOf('{ s { id items { text } } }'), SET)).toBe(
      `('{"id":' || ${jsonText('s.id')} || ',"items":' || ITEMS || '}')`,
    );
    // A field the relation's shape does not read leaves the whole to the resolvers.
    expect(compactObject(selectionOf('{ s { id items { text rule } } }'), SET)).toBeNull();
  });

  it.each([
    ['a field it does not read', '{ s { id createdAt } }'],
    ['a column asked as an object', '{ s { title { x } } }'],
    ['a relation asked as a value', '{ s { items } }'],
    ['__typename', '{ s { __typename id } }'],
    ['a fragment', '{ s { ...F } } fragment F on S { id }'],
    ['an inline fragment', '{ s { ... on S { id } } }'],
    ['a directive', '{ s { id @include(if: true) } }'],
    ['an argument', '{ s { title(upper: true) } }'],
    ['a key named twice', '{ s { id id } }'],
    ['an alias taking a field’s key', '{ s { id: title id } }'],
    ['a prototype’s name', '{ s { constructor } }'],
  ])('leaves %s to the resolvers', (_, query) => {
    expect(compactObject(selectionOf(query), SET)).toBeNull();
  });

  it('builds once per selection and shape', () => {
    const selection = selectionOf('{ s { id } }');
    expect(compactObject(selection, SET)).toBe(compactObject(selection, SET));
    expect(compactObject(selection, ITEM)).not.toBe(compactObject(selection, SET));
  });
});

describe('textList and jsonText', () => {
  it('gives [] for no rows and null for a NULL, never a NULL text', () => {
    expect(textList('x', 'y')).toBe(`coalesce('[' || string_agg(x, ',' ORDER BY y) || ']', '[]')`);
    expect(jsonText('c.judge')).toBe(`coalesce(to_json(c.judge)::text, 'null')`);
  });
});

describe('answeredAsJson', () => {
  const named = (values: Record<string, string>) =>
    new GraphQLEnumType({
      name: 'E',
      values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { value: v }])),
    });

  it('takes ids, strings, booleans, integers, calendar days and enums whose values are their names', () => {
    expect(answeredAsJson(new GraphQLNonNull(GraphQLString))).toBe(true);
    expect(answeredAsJson(new GraphQLList(CalendarDateScalar))).toBe(true);
    expect(answeredAsJson(named({ OPEN: 'OPEN', MET: 'MET' }))).toBe(true);
  });

  it('refuses floats and enums that answer another value than the stored one', () => {
    expect(answeredAsJson(GraphQLFloat)).toBe(false);
    expect(answeredAsJson(named({ OPEN: 'open' }))).toBe(false);
  });
});
