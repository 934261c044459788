import fc from 'fast-check';
import { BATES_DIGITS, BATES_MAX, BatesError, checkBatesPrefix, formatBates, parseBatesRange } from './bates';

describe('formatBates', () => {
  it.each([
    ['DEF', 1, 'DEF0000001'],
    ['DEF', 42, 'DEF0000042'],
    ['ACME-PROD', 1234567, 'ACME-PROD1234567'],
    ['P_1', BATES_MAX, 'P_19999999'],
  ])('%s and %d give %s', (prefix, n, expected) => {
    expect(formatBates(prefix, n)).toBe(expected);
    expect(expected).toHaveLength(prefix.length + BATES_DIGITS);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses %d: numbering starts at 1', (n) => {
    expect(() => formatBates('DEF', n)).toThrow(
      new BatesError(`${n} is not a Bates number: numbering starts at DEF0000001.`),
    );
  });

  it('refuses a number past the last seven digits hold, saying to continue under a new prefix', () => {
    expect(() => formatBates('DEF', BATES_MAX + 1)).toThrow(/end at DEF9999999.*new prefix/);
  });
});

describe('checkBatesPrefix', () => {
  it.each(['DE', 'DEF', 'ACME-PROD', 'SMITH_2024', 'A1', 'ABCDEFGHIJKL'])('accepts %s', (prefix) => {
    expect(() => checkBatesPrefix(prefix)).not.toThrow();
  });

  it.each([
    ['', 'empty'],
    ['D', 'one character'],
    ['ABCDEFGHIJKLM', 'thirteen characters'],
    ['def', 'lower case'],
    ['1DEF', 'a digit first'],
    ['-DEF', 'a hyphen first'],
    ['DE F', 'a space'],
    ['DEF.', 'a full stop'],
    ['DÉF', 'an accented letter'],
  ])('refuses %j (%s) with a sentence saying what a prefix is', (prefix) => {
    expect(() => checkBatesPrefix(prefix)).toThrow(BatesError);
    expect(() => checkBatesPrefix(prefix)).toThrow(
      `“${prefix}” cannot be a Bates prefix: use 2 to 12 characters, capital letters, digits, “_” or “-”, beginning with a letter (for example DEF or ACME-PROD).`,
    );
  });
});

describe('parseBatesRange', () => {
  it.each([
    ['DEF0000003', 3, 3],
    ['DEF0000003-DEF0000007', 3, 7],
    ['DEF0000003 - DEF0000007', 3, 7],
    ['DEF0000003\u2013DEF0000007', 3, 7],
    ['DEF0000003 \u2013 DEF0000007', 3, 7],
    ['def0000003-Def0000007', 3, 7],
    ['  DEF0000010  ', 10, 10],
    ['DEF0000005-DEF0000005', 5, 5],
    ['DEF9999999', BATES_MAX, BATES_MAX],
  ])('reads %j as %d to %d', (text, first, last) => {
    expect(parseBatesRange(text, 'DEF')).toEqual({ first, last });
  });

  it('reads a prefix that holds a hyphen or ends in a digit', () => {
    expect(parseBatesRange('ACME-PROD0000002-ACME-PROD0000004', 'ACME-PROD')).toEqual({ first: 2, last: 4 });
    expect(parseBatesRange('AB10000002 - AB10000009', 'AB1')).toEqual({ first: 2, last: 9 });
  });

  it.each([
    [
      'PLA0000003',
      /“PLA0000003” is not in this numbering: its Bates numbers begin with DEF, like DEF0000001\./,
    ],
    ['PLA0000003-PLA0000007', /not in this numbering/],
    ['DEF0000003-PLA0000007', /not in this numbering/],
    ['DEF00003', /“DEF00003” has 5 digits after the prefix: Bates numbers here have 7, like DEF0000001\./],
    ['DEF00000003', /has 8 digits/],
    ['DEF0000003-DEF07', /“DEF07” has 2 digits/],
    [
      'DEF0000007-DEF0000003',
      /The range DEF0000007-DEF0000003 ends before it begins: put the lower number first\./,
    ],
    ['DEF0000000', /DEF0000000 is not a Bates number: numbering starts at DEF0000001\./],
    ['', /Enter a Bates number such as DEF0000001, or a range such as DEF0000001-DEF0000010\./],
    ['   ', /Enter a Bates number/],
    [
      'hello',
      /“hello” is not a Bates number or range: write one like DEF0000001, or a range like DEF0000001-DEF0000010\./,
    ],
    ['DEF', /is not a Bates number or range/],
    ['DEF0000003--DEF0000007', /is not a Bates number or range/],
    ['DEF0000003 to DEF0000007', /is not a Bates number or range/],
    ['0000003', /is not a Bates number or range/],
  ])('refuses %j, saying why', (text, message) => {
    expect(() => parseBatesRange(text, 'DEF')).toThrow(BatesError);
    expect(() => parseBatesRange(text, 'DEF')).toThrow(message);
  });

  it('refuses to read against a prefix that could not be one', () => {
    expect(() => parseBatesRange('def0000001', 'def')).toThrow(/cannot be a Bates prefix/);
  });

  const prefixes = fc
    .tuple(
      fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'),
      fc.array(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-'), { minLength: 1, maxLength: 11 }),
    )
    .map(([first, rest]) => first + rest.join(''));
  const numbers = fc.integer({ min: 1, max: BATES_MAX });
  const dashes = fc.constantFrom('-', ' - ', '\u2013', ' \u2013 ', '  -\t');

  it('reads back what formatBates wrote, single or range, in any case (property)', () => {
    fc.assert(
      fc.property(prefixes, numbers, numbers, dashes, fc.boolean(), (prefix, a, b, dash, lower) => {
        const [first, last] = a <= b ? [a, b] : [b, a];
        const single = formatBates(prefix, first);
        const range = formatBates(prefix, first) + dash + formatBates(prefix, last);
        const cased = (text: string) => (lower ? text.toLowerCase() : text);
        expect(parseBatesRange(cased(single), prefix)).toEqual({ first, last: first });
        expect(parseBatesRange(cased(range), prefix)).toEqual({ first, last });
      }),
    );
  });

  it('never reads one prefix’s number as another’s (property)', () => {
    // Without hyphens: a prefix such as A0000001-A would make A0000001-A0000005 a range of prefix A.
    const plain = prefixes.map((p) => p.replace(/-/g, 'X'));
    fc.assert(
      fc.property(plain, plain, numbers, (mine, theirs, n) => {
        fc.pre(mine !== theirs);
        expect(() => parseBatesRange(formatBates(theirs, n), mine)).toThrow(BatesError);
      }),
    );
  });
});
