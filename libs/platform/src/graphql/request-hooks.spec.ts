import { buildSchema } from 'graphql';
import { graphqlRequestHooks } from './request-hooks';

const schema = buildSchema('type Query { ping: String }');

describe('the checks before parsing', () => {
  const hooks = graphqlRequestHooks({ maxTokens: 10, maxCost: 100 });

  it('lets a text within the limits through, as often as it comes', () => {
    expect(() => hooks.preParsing(schema, '{ ping }')).not.toThrow();
    expect(() => hooks.preParsing(schema, '{ ping }')).not.toThrow();
  });

  it('refuses a text over the limit every time it comes, remembered or not', () => {
    const long = `{ ${'ping '.repeat(20)}}`;
    for (let i = 0; i < 2; i++)
      expect(() => hooks.preParsing(schema, long)).toThrow(/too long: at most 10 tokens/);
  });

  it('keeps each installation’s limits: a text one passed is still refused by a stricter one', () => {
    const text = '{ ping ping ping }';
    expect(() => hooks.preParsing(schema, text)).not.toThrow();
    const strict = graphqlRequestHooks({ maxTokens: 3, maxCost: 100 });
    expect(() => strict.preParsing(schema, text)).toThrow(/too long: at most 3 tokens/);
  });
});
