import { CombinedError } from 'urql';

/** What the API said, in its own words, with the rule it applied when it named one. */
export function refusalOf(error: CombinedError | undefined): { message: string; rule: string | null } {
  const first = error?.graphQLErrors[0];
  if (!first)
    return { message: 'Parley could not be reached. Check your connection and try again.', rule: null };
  const rule = first.extensions?.rule;
  return { message: first.message, rule: typeof rule === 'string' ? rule : null };
}
