import { checkInterrogatoryLimit, interrogatoryCount } from './interrogatory-limit';

describe('FRCP 33(a)(1): at most 25 interrogatories, discrete subparts counted', () => {
  it.each([
    ['an interrogatory without subparts counts once', [{ subparts: 0 }], 1],
    ['one subpart is still one', [{ subparts: 1 }], 1],
    ['each discrete subpart counts', [{ subparts: 3 }, { subparts: 0 }], 4],
  ])('%s', (_, items, count) => {
    expect(interrogatoryCount(items)).toBe(count);
  });

  it.each([
    ['exactly 25 across sets is allowed', 20, 5, null, true],
    ['26 across sets is refused', 20, 6, null, false],
    ['a single set over 25 is refused', 0, 26, null, false],
    ['a stipulation or order raising the limit allows more (FRCP 29(b))', 25, 10, 40, true],
    ['the raised limit still binds', 35, 10, 40, false],
  ])('%s', (_, alreadyServed, adding, limit, allowed) => {
    const check = checkInterrogatoryLimit({ alreadyServed, adding, limit });
    expect(check.allowed).toBe(allowed);
    if (!check.allowed) {
      expect(check.rule).toBe('FRCP 33(a)(1)');
      expect(check.message).toContain(`to ${alreadyServed + adding}`);
    }
  });
});
