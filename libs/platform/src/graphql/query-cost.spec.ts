import { readFileSync } from 'node:fs';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import {
  buildSchema,
  getIntrospectionQuery,
  getOperationAST,
  parse,
  validate,
  ValidationRule,
} from 'graphql';
import { operationCost } from './query-cost';

const schema = buildSchema(readFileSync('apps/api/schema.gql', 'utf8'));

const cost = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  return operationCost(document, getOperationAST(document)!, variables);
};

/** What graphql-armor's cost rule (GRAPHQL_MAX_COST's unit until now) says of a document. */
function armorCost(query: string): number {
  let found = NaN;
  const rule = costLimitRule({ maxCost: 1e12, onAccept: [(_, { n }) => (found = n)] });
  expect(validate(schema, parse(query), [rule as unknown as ValidationRule])).toEqual([]);
  return found;
}

const CASES = `query($first: Int) { cases(first: $first) { edges { cursor node { id title
  parties { id name members { id role } } court { id name } } } pageInfo { hasNextPage endCursor } } }`;
const CASES_100 = CASES.replace('query($first: Int)', 'query').replace('first: $first', 'first: 100');

describe('operationCost', () => {
  it.each([
    ['leaf fields', '{ me { id email name } }'],
    ['a page asked for with a literal', CASES_100],
    [
      'fragments, spread twice',
      '{ me { ...U } courts { id } a: me { ...U } } fragment U on User { id name }',
    ],
    ['inline fragments and __typename', '{ __typename me { ... on User { id __typename } } }'],
    ['several root fields', '{ courts { id name district } apiTokens { id name } unreadNotificationCount }'],
  ])('weighs %s as graphql-armor did', (_, query) => {
    expect(cost(query)).toBeCloseTo(armorCost(query), 9);
  });

  it('reads first from the variables: `first: $n` with n = 100 costs what `first: 100` does', () => {
    const literal = cost(CASES_100);
    expect(cost(CASES, { first: 100 })).toBe(literal);
    expect(cost(CASES, { first: 100 })).toBeGreaterThan(cost(CASES, { first: 1 }) * 99);
    expect(cost(CASES.replace('$first: Int', '$first: Int = 100'))).toBe(literal);
    // A value validation will refuse costs as one page of one, never NaN (which passes every cap).
    expect(cost(CASES, { first: 'many' })).toBe(cost(CASES, {}));
  });

  it('counts every alias, __typename included', () => {
    const typenames = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    expect(cost(typenames)).toBe(1000);
  });

  it('counts introspection one per field: a full introspection query stays affordable', () => {
    expect(cost('{ __schema { queryType { name } } }')).toBe(3);
    const full = cost(getIntrospectionQuery());
    expect(full).toBeGreaterThan(100);
    expect(full).toBeLessThan(500);
  });
});
