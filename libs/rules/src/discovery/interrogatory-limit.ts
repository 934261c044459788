/** FRCP 33(a)(1): "no more than 25 written interrogatories, including all discrete subparts". */
export const DEFAULT_INTERROGATORY_LIMIT = 25;

/** An interrogatory counts once, or once per discrete subpart when it has several. */
export function interrogatoryCount(items: ReadonlyArray<{ subparts: number }>): number {
  return items.reduce((total, item) => total + Math.max(1, item.subparts), 0);
}

export type LimitCheck =
  | { allowed: true; total: number; limit: number }
  | { allowed: false; total: number; limit: number; rule: string; message: string };

/**
 * Whether serving `adding` more interrogatories keeps one party within the limit toward another,
 * counting every set it already served on that party (FRCP 33(a)(1)); a stipulation or order may raise
 * the limit (FRCP 29(b), 33(a)(1)).
 */
export function checkInterrogatoryLimit(input: {
  alreadyServed: number;
  adding: number;
  limit?: number | null;
}): LimitCheck {
  const limit = input.limit ?? DEFAULT_INTERROGATORY_LIMIT;
  const total = input.alreadyServed + input.adding;
  if (total <= limit) return { allowed: true, total, limit };
  return {
    allowed: false,
    total,
    limit,
    rule: 'FRCP 33(a)(1)',
    message:
      `This set would bring the interrogatories served on this party to ${total}, counting discrete subparts ` +
      `(${input.alreadyServed} already served + ${input.adding} here); the limit is ${limit} unless the parties ` +
      'stipulate or the court orders more (FRCP 33(a)(1)). Record the stipulation or order first, or serve fewer.',
  };
}
