import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(__dirname, '..', 'golden');

/**
 * A paper's text, page by page, against the copy reviewed in test/golden (read as the clerk would).
 * The paper's hash line varies with nothing a reader checks, so it is masked. UPDATE_GOLDEN=1 rewrites
 * the copies after a change has been looked at.
 */
export function expectGolden(name: string, pages: readonly string[]): void {
  const text = `${pages.map((page, i) => `--- page ${i + 1} ---\n${page.trim()}`).join('\n')}\n`.replace(
    /SHA-256 [0-9a-f]{64}/g,
    'SHA-256 <hash>',
  );
  const file = join(DIR, `${name}.txt`);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, text);
  if (!existsSync(file)) throw new Error(`No golden copy ${file}: run with UPDATE_GOLDEN=1 and review it.`);
  expect(text).toBe(readFileSync(file, 'utf8'));
}
