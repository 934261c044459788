import { zxcvbn, zxcvbnOptions } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;
/** zxcvbn's "safely unguessable" (about 10^8 guesses) and above. */
const MIN_SCORE = 3;

zxcvbnOptions.setOptions({ dictionary, graphs: adjacencyGraphs });

/**
 * NIST SP 800-63B: a minimum length, no composition rules, and refusal of passwords that are common
 * or easily guessed, including ones built from the user's own name or email.
 */
export function passwordProblem(password: string, userInputs: string[]): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return `The password must be at least ${PASSWORD_MIN_LENGTH} characters; a few unrelated words work well.`;
  }
  if (password.length > PASSWORD_MAX_LENGTH)
    return `The password must be at most ${PASSWORD_MAX_LENGTH} characters.`;
  const result = zxcvbn(password, userInputs);
  if (result.score < MIN_SCORE) {
    const hint = result.feedback.warning ? ` (${result.feedback.warning})` : '';
    return `That password is too easy to guess${hint}. Try a longer phrase of unrelated words.`;
  }
  return null;
}
