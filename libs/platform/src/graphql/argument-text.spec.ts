import { buildSchema, getOperationAST, parse } from 'graphql';
import { findTextProblems } from './argument-text';

const schema = buildSchema(`
  scalar Date
  scalar JSON
  input ItemInput { text: String! tags: [String!] }
  input CreateInput { title: String! items: [ItemInput!]! on: Date meta: JSON }
  type Node { id: ID! history(after: String): [String!]! }
  type Query { node(id: ID!): Node }
  type Mutation { create(input: CreateInput!): Node refresh(token: String!): Node }
`);

function problems(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  return findTextProblems(schema, document, getOperationAST(document)!, variables).map((p) => p.field);
}

const NUL = '\u0000';

describe('findTextProblems', () => {
  it('names a variable’s bad text by its path in the argument', () => {
    const input = { title: 'ok', items: [{ text: 'a' }, { text: 'b' }, { text: `c${NUL}` }] };
    expect(problems('mutation($input: CreateInput!) { create(input: $input) { id } }', { input })).toEqual([
      'input.items.2.text',
    ]);
  });

  it('names a literal’s bad text the same way, escapes decoded', () => {
    expect(
      problems(
        `mutation { create(input: { title: "t\\r", items: [{ text: "a", tags: ["x", "\\u0085"] }] }) { id } }`,
      ),
    ).toEqual(['input.title', 'input.items.0.tags.1']);
  });

  it('follows a variable inside a literal, and a variable’s default value', () => {
    const query = `mutation($t: String = "bad\\u0000", $x: String!) {
      create(input: { title: $t, items: [{ text: $x }] }) { id }
    }`;
    expect(problems(query, { x: 'lone \uD800' })).toEqual(['input.title', 'input.items.0.text']);
  });

  it('checks plain String and ID arguments, and a single value given for a list', () => {
    expect(problems('mutation($t: String!) { refresh(token: $t) { id } }', { t: `x${NUL}` })).toEqual([
      'token',
    ]);
    expect(problems(`{ node(id: "\\u0000") { id } }`)).toEqual(['id']);
    const input = { title: 'ok', items: { text: 'one', tags: `\u0007` } };
    expect(problems('mutation($input: CreateInput!) { create(input: $input) { id } }', { input })).toEqual([
      'input.items.tags',
    ]);
  });

  it('names arguments of nested fields after their field’s path, and checks fragments', () => {
    expect(problems(`{ node(id: "1") { history(after: "\\u0000") } }`)).toEqual(['node.history.after']);
    expect(problems(`{ ...F } fragment F on Query { n: node(id: "\\u0000") { id } }`)).toEqual(['id']);
  });

  it('checks text anywhere in a custom scalar’s JSON and in custom string scalars', () => {
    const input = { title: 'ok', items: [], on: `2026-01-01${NUL}`, meta: { a: [{ b: `\r` }] } };
    expect(problems('mutation($input: CreateInput!) { create(input: $input) { id } }', { input })).toEqual([
      'input.on',
      'input.meta.a.0.b',
    ]);
  });

  it('accepts good text, RTL marks and emoji included', () => {
    const input = { title: 'כהן\u200F v. Roe 😀', items: [{ text: 'line\nline\tcell' }] };
    expect(problems('mutation($input: CreateInput!) { create(input: $input) { id } }', { input })).toEqual(
      [],
    );
  });

  it('ignores variables the operation does not use, and values of the wrong shape', () => {
    let deep: unknown = NUL;
    for (let i = 0; i < 50_000; i++) deep = [deep];
    expect(problems('{ node(id: "1") { id } }', { unused: NUL, deep })).toEqual([]);
    expect(problems('mutation($t: String!) { refresh(token: $t) { id } }', { t: deep })).toEqual([]);
    expect(
      problems('mutation($input: CreateInput!) { create(input: $input) { id } }', { input: 'x' }),
    ).toEqual([]);
  });

  it('walks a custom scalar’s deep JSON without recursion', () => {
    let meta: Record<string, unknown> = { s: NUL };
    for (let i = 0; i < 50_000; i++) meta = { m: meta };
    const input = { title: 'ok', items: [], meta };
    expect(
      problems('mutation($input: CreateInput!) { create(input: $input) { id } }', { input }),
    ).toHaveLength(1);
  });
});
