import { textProblem } from './text-hygiene';

describe('textProblem', () => {
  it.each([
    ['NUL', 'a\u0000b', /NUL character \(U\+0000\)/],
    ['a lone high surrogate', 'name \uD83D', /unpaired UTF-16 surrogate \(U\+D83D\)/],
    ['a lone low surrogate', '\uDE00 name', /unpaired UTF-16 surrogate \(U\+DE00\)/],
    ['a high surrogate followed by another high one', '\uD83D\uD83D\uDE00', /U\+D83D/],
    ['a carriage return', 'line one\r\nline two', /carriage return .*use a newline/],
    ['a bell (C0)', 'ding\u0007', /control character U\+0007/],
    ['an escape (C0)', '\u001B[31mred', /control character U\+001B/],
    ['a vertical tab', 'a\u000Bb', /control character U\+000B/],
    ['DEL', 'a\u007Fb', /control character U\+007F/],
    ['NEL (C1 U+0085)', 'a\u0085b', /control character U\+0085/],
    ['the last C1 character', 'a\u009Fb', /control character U\+009F/],
  ])('refuses %s', (_, text, message) => {
    expect(textProblem(text)).toMatch(message);
  });

  it.each([
    ['plain text', 'Luckert v. Brannon'],
    ['the empty string', ''],
    ['an emoji (a valid surrogate pair)', 'Case closed 😀 👍🏽'],
    ['tab and newline', 'Item 1\tyes\nItem 2\tno\n'],
    ['a right-to-left mark (U+200F)', 'שלום\u200F Cohen'],
    ['a right-to-left override (U+202E)', 'a\u202Eb'],
    ['a zero-width joiner and a byte order mark', 'a\u200Db\uFEFF'],
    ['non-breaking space and the first character after C1', 'a\u00A0b\u00A0'],
    ['accented and CJK letters', 'José Müller 王小明'],
  ])('accepts %s', (_, text) => {
    expect(textProblem(text)).toBeNull();
  });

  it('checks a megabyte of text quickly', () => {
    const text = 'x'.repeat(1024 * 1024) + '\u0000';
    const started = performance.now();
    expect(textProblem(text)).toMatch(/NUL/);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
