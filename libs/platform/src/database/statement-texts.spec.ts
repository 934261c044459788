import { StatementTexts } from './statement-texts';

describe('StatementTexts', () => {
  it('builds a text once for the same parts, and the same string comes back', () => {
    const texts = new StatementTexts();
    const build = jest.fn(() => `SELECT ${'x'.repeat(3)}`);
    const first = texts.text(['a', 1, true], build);
    expect(texts.text(['a', 1, true], build)).toBe(first);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('builds again when any part differs, and never answers one combination with another', () => {
    const texts = new StatementTexts();
    const seen = [
      texts.text(['a', 1], () => 'a1'),
      texts.text(['a', 2], () => 'a2'),
      texts.text(['a'], () => 'a'),
      texts.text(['a', 1, 'b'], () => 'a1b'),
      texts.text(['1', 1], () => '"1"1'),
      texts.text([1, 1], () => '11'),
    ];
    expect(seen).toEqual(['a1', 'a2', 'a', 'a1b', '"1"1', '11']);
    expect(texts.text(['a', 1], () => 'again')).toBe('a1');
    expect(texts.text([1, 1], () => 'again')).toBe('11');
  });

  it('keeps no more than it is allowed, and still answers every text', () => {
    const texts = new StatementTexts(2);
    expect(texts.text(['a'], () => 'a')).toBe('a');
    expect(texts.text(['b'], () => 'b')).toBe('b');
    const build = jest.fn(() => 'c');
    expect(texts.text(['c'], build)).toBe('c');
    expect(texts.text(['c'], build)).toBe('c');
    expect(build).toHaveBeenCalledTimes(2);
    expect(texts.text(['a'], () => 'not kept')).toBe('a');
  });

  it('keeps places apart: the same parts in two instances are two texts', () => {
    const one = new StatementTexts();
    const two = new StatementTexts();
    expect(one.text(['w'], () => 'one')).toBe('one');
    expect(two.text(['w'], () => 'two')).toBe('two');
  });
});
