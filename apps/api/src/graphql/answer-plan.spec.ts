import { buildSchema, parse } from 'graphql';
import { AnswerableRoot, answerPlanOf } from './answer-plan';

const schema = buildSchema(`
  type Query { case(id: ID!): Case  sets(caseId: ID!, first: Int): [Set!]!  other(id: ID!): Case }
  type Mutation { touch(id: ID!): Case }
  type Case { id: ID!  title: String!  score: Float  parties: [Party!]! }
  type Party { id: ID!  name: String! }
  type Set { id: ID! }
`);

const capability = { name: 'case.read', subject: 'case', holders: 'members' };
const build = () => 'SQL';
const answerable = new Map<string, AnswerableRoot>([
  ['case', { capability, argument: 'id', build }],
  ['sets', { capability, argument: 'caseId', build }],
]);
const planOf = (query: string) => answerPlanOf(schema, parse(query), answerable);

describe('answerPlanOf', () => {
  it('plans each root field in order, with its key, its id variable and the selection under it', () => {
    const plan = planOf(
      `query Dashboard($id: ID!) { c: case(id: $id) { id parties { name } } sets(caseId: $id) { id } }`,
    );
    expect(plan).toMatchObject({
      operationName: 'Dashboard',
      variables: ['id'],
      roots: [
        { key: 'c', variable: 'id', capability, build },
        { key: 'sets', variable: 'id', capability, build },
      ],
    });
    expect(plan?.roots[0].selection.selections).toHaveLength(2);
  });

  it('plans two subjects through two variables', () => {
    expect(
      planOf(`query($a: ID!, $b: ID!) { case(id: $a) { id } sets(caseId: $b) { id } }`)?.variables,
    ).toEqual(['a', 'b']);
  });

  it.each([
    ['a mutation', `mutation($id: ID!) { touch(id: $id) { id } }`],
    [
      'two operations',
      `query A($id: ID!) { case(id: $id) { id } } query B($id: ID!) { case(id: $id) { id } }`,
    ],
    ['a fragment', `query($id: ID!) { case(id: $id) { ...F } } fragment F on Case { id }`],
    ['a root field not answered in SQL', `query($id: ID!) { case(id: $id) { id } other(id: $id) { id } }`],
    ['a literal id', `query { case(id: "0b7c3a1e-0000-4000-8000-000000000000") { id } }`],
    ['another argument', `query($id: ID!) { sets(caseId: $id, first: 2) { id } }`],
    ['an optional id', `query($id: ID) { case(id: $id) { id } }`],
    ['a variable no field reads', `query($id: ID!, $x: ID!) { case(id: $id) { id } }`],
    ['a variable of another type', `query($id: ID!, $n: Int!) { case(id: $id) { id } }`],
    ['a directive on a root field', `query($id: ID!, $s: Boolean!) { case(id: $id) @skip(if: $s) { id } }`],
    ['a directive on the operation', `query($id: ID!) @deprecated { case(id: $id) { id } }`],
    ['a root key named twice', `query($id: ID!) { case(id: $id) { id } case(id: $id) { title } }`],
    ['a float, which SQL writes otherwise', `query($id: ID!) { case(id: $id) { id score } }`],
    ['__typename', `query($id: ID!) { case(id: $id) { __typename } }`],
  ])('leaves %s to the resolvers', (_, query) => {
    expect(planOf(query)).toBeNull();
  });
});
