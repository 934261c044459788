import { PASSWORD_MAX_LENGTH, passwordProblem } from './password-policy';

describe('passwordProblem (NIST SP 800-63B)', () => {
  it.each([
    ['too short', 'short1!', /at least 10 characters/],
    ['a common password', 'password123', /too easy to guess/],
    ['a keyboard walk', 'qwertyuiop', /too easy to guess/],
    ['the user’s own name', 'janedoejanedoe', /too easy to guess/],
    ['too long', 'x'.repeat(PASSWORD_MAX_LENGTH + 1), /at most 256/],
  ])('refuses %s', (_, password, message) => {
    expect(passwordProblem(password, ['jane.doe@example.org', 'Jane Doe'])).toMatch(message);
  });

  it('accepts a phrase of unrelated words', () => {
    expect(passwordProblem('lantern orbit cobalt meadow', ['jane.doe@example.org', 'Jane Doe'])).toBeNull();
  });
});
