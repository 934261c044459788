import { parse } from 'graphql';
import { documentShapeProblem, isParsedDocument, MAX_NESTING } from './document-shape';

describe('documentShapeProblem', () => {
  it('accepts an ordinary query', () => {
    expect(documentShapeProblem('query($id: ID!) { case(id: $id) { id title } }', 5000)).toBeNull();
  });

  it('refuses more tokens than allowed, counting names, values and punctuation', () => {
    const query = '{ me { id } }'; // 6 tokens
    expect(documentShapeProblem(query, 6)).toBeNull();
    expect(documentShapeProblem(query, 5)).toMatch(/too long: at most 5 tokens/);
  });

  it('refuses selections, lists and objects nested deeper than the limit', () => {
    const n = MAX_NESTING + 1;
    expect(documentShapeProblem(`{ ${'a { '.repeat(n)}b${' }'.repeat(n)} }`, 1e6)).toMatch(
      /nested too deeply/,
    );
    expect(documentShapeProblem(`{ a(x: ${'['.repeat(n)}${']'.repeat(n)}) }`, 1e6)).toMatch(
      /nested too deeply/,
    );
    expect(documentShapeProblem(`{ a(x: ${'{a: '.repeat(n)}1${'}'.repeat(n)}) }`, 1e6)).toMatch(
      /nested too deeply/,
    );
    const ok = MAX_NESTING - 2; // inside the braces and the parentheses
    expect(documentShapeProblem(`{ a(x: ${'['.repeat(ok)}${']'.repeat(ok)}) }`, 1e6)).toBeNull();
  });

  it('stops at the limit, so 20,000 levels cost no more than the limit', () => {
    const n = 20_000;
    const started = performance.now();
    expect(documentShapeProblem(`{ ${'a { '.repeat(n)}b${' }'.repeat(n)} }`, 5000)).toMatch(/nested/);
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('does not count brackets inside strings or comments', () => {
    const brackets = '['.repeat(500);
    expect(
      documentShapeProblem(`{ a(x: "${brackets}", y: """${brackets}""") } # ${brackets}`, 5000),
    ).toBeNull();
  });

  it('leaves text the lexer refuses to the parser, which says where', () => {
    expect(documentShapeProblem('{ a(x: "unterminated) }', 5000)).toBeNull();
  });

  it('counts a JSON syntax tree’s nesting too', () => {
    let tree = '{"kind":"Field"}';
    for (let i = 0; i < 200; i++) tree = `{"selections":[${tree}]}`;
    expect(documentShapeProblem(tree, 1e6)).toMatch(/nested too deeply/);
  });
});

describe('isParsedDocument', () => {
  it('tells a parsed document from a JSON syntax tree', () => {
    const parsed = parse('{ __typename }');
    expect(isParsedDocument(parsed)).toBe(true);
    expect(isParsedDocument(JSON.parse(JSON.stringify(parsed)))).toBe(false);
    expect(isParsedDocument(parse('{ __typename }', { noLocation: true }))).toBe(false);
  });
});
