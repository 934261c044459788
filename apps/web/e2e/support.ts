import { PDFDocument } from '@cantoo/pdf-lib';
import AxeBuilder from '@axe-core/playwright';
import { APIRequestContext, expect, Page, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const PASSWORD = 'luckert brannon demo harbor';
export const PRISONER = 'luckert@parley.demo';
export const SCREENSHOTS = join(__dirname, '..', '..', '..', 'docs', 'screenshots');
export const WIDTHS = [
  { name: 'phone', width: 320, height: 640 },
  { name: 'desktop', width: 1280, height: 800 },
];

/**
 * The demo is seeded right after the API starts listening: wait until its people can sign in. Should
 * Parley have stopped instead, the failure quotes the end of its log (scripts/browser-server.mjs).
 */
export async function demoSeeded(request: APIRequestContext) {
  try {
    await expect
      .poll(
        async () => {
          const response = await request.post('/graphql', {
            data: {
              query: `mutation { login(input: { email: "${PRISONER}", password: "${PASSWORD}" }) { accessToken } }`,
            },
          });
          return ((await response.json()) as { data?: unknown }).data ? 'seeded' : 'not yet';
        },
        { timeout: 120_000, intervals: [500] },
      )
      .toBe('seeded');
  } catch (error) {
    throw new Error(`${(error as Error).message}\n\nThe end of Parley's log:\n${serverLogTail()}`);
  }
}

function serverLogTail(lines = 40): string {
  const port = new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1:3310').port;
  const log = join(__dirname, '..', '..', '..', 'tmp', `browser-server-${port}.log`);
  if (!existsSync(log)) return `(no log at ${log})`;
  return readFileSync(log, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

/** WCAG 2.1 AA, as axe checks it: nothing is allowed through. */
export async function expectAccessible(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export const DEFENSE = 'dana.wu@brannon-law.demo';
export const CHAMBERS = 'edlcrd@cand.parley.demo';

export const CASE_LINK = 'Luckert v. Brannon, No. C 13-4426 EDL (PR)';

/** Sign in and open a dispute of the demo case from the case screen, by its summary. */
export async function openDispute(page: Page, email: string, summary: string) {
  await signIn(page, email);
  await page.getByRole('link', { name: CASE_LINK }).first().click();
  await page.getByRole('link', { name: summary }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Dispute: ${summary}` })).toBeVisible();
}

/** A real one-page PDF with a line of text, as a scanner would make it. */
export async function scanOfOnePage(text: string): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.addPage([612, 792]).drawText(text, { x: 72, y: 700 });
  return Buffer.from(await pdf.save());
}

/** A day on the court's calendar (N.D. Cal.), `days` from today: a day typed in its forms. */
export const courtDay = (days = 0) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Los_Angeles' }).format(
    new Date(Date.now() + days * 86_400_000),
  );
