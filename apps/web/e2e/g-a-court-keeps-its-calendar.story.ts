import { expect, Page, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CHAMBERS, demoSeeded, expectAccessible, SCREENSHOTS, signIn, WIDTHS } from './support';

/**
 * An admin keeps the demo's court: a setting changed and set back, a day off added far in the future
 * and removed again (so the other stories' deadlines never move), a refusal that keeps what was typed,
 * and a new court's first staff account. Then the court's clerk finds the same screen from the docket.
 */
test.describe.configure({ mode: 'serial' });

const ADMIN = 'admin@parley.demo';
const ND_CAL = 'United States District Court for the Northern District of California';
const NEW_COURT = `United States District Court for the District of Oregon (story ${Date.now()})`;
// Far enough ahead that no demo deadline counts through it, near enough for the API to take it.
const YEAR = new Date().getUTCFullYear() + 9;
const DAY_OFF = { date: `${YEAR}-03-14`, spoken: `March 14, ${YEAR}` };

test.beforeAll(async ({ request }) => {
  await demoSeeded(request);
  mkdirSync(SCREENSHOTS, { recursive: true });
});

async function openCourt(page: Page, name: string) {
  await expect(page.getByRole('heading', { level: 1, name: 'Courts on Parley' })).toBeVisible();
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('the admin’s courts list links each court and adds one', async ({ page }) => {
  await page.setViewportSize(WIDTHS[1]);
  await signIn(page, ADMIN);
  await expect(page.getByRole('link', { name: ND_CAL })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: join(SCREENSHOTS, 'admin-courts-desktop.png'), fullPage: true });

  const form = page.getByRole('region', { name: 'Add a court' });
  await form.getByLabel(/Name of the court/).fill(NEW_COURT);
  await form.getByLabel(/District, as cited/).fill('D. Or.');
  await form.getByLabel(/Time zone/).fill('America/Los_Angeles');
  await form.getByRole('button', { name: 'Add the court' }).click();
  await expect(form.getByRole('status')).toContainText(`${NEW_COURT} is on Parley.`);
  await expect(page.getByRole('link', { name: NEW_COURT })).toBeVisible();
  await expectAccessible(page);
});

test('the admin changes a setting and sets it back; the API’s refusal keeps the typed value', async ({
  page,
}) => {
  await signIn(page, ADMIN);
  await openCourt(page, ND_CAL);
  await expect(
    page.getByText(/Time zone: America\/Los_Angeles \(a deadline’s last day ends at midnight here\)/),
  ).toBeVisible();
  const settings = page.getByRole('region', { name: 'Settings' });
  const days = settings.getByLabel(/Days to answer a request to confer/);
  const before = await days.inputValue();

  await days.fill(String(Number(before) + 2));
  await settings.getByRole('button', { name: 'Save the settings' }).click();
  await expect(settings.getByRole('status')).toContainText('Settings saved');
  await days.fill(before);
  await settings.getByRole('button', { name: 'Save the settings' }).click();
  await expect(settings.getByRole('status')).toContainText('Settings saved');
  await page.reload();
  await expect(page.getByRole('region', { name: 'Settings' }).getByLabel(/Days to answer/)).toHaveValue(
    before,
  );

  const pages = page.getByLabel(/Pages in a joint letter/);
  await pages.fill('0');
  await page.getByRole('button', { name: 'Save the settings' }).click();
  await expect(page.getByRole('region', { name: 'Settings' }).getByRole('alert')).toBeVisible();
  await expect(pages).toHaveValue('0');
  await expectAccessible(page);
});

test('the admin adds a day off far in the future, is refused a second entry for it, and removes it', async ({
  page,
}) => {
  await signIn(page, ADMIN);
  await openCourt(page, ND_CAL);
  await expect(
    page.getByText(/counts the open deadlines that run through it again and tells the parties/),
  ).toBeVisible();
  const form = page.getByRole('region', { name: 'Add a day off' });
  // A day too far ahead is the API's to refuse, in its words; nothing typed is lost.
  await form.getByLabel('Day', { exact: true }).fill(`${YEAR + 40}-03-14`);
  await form.getByLabel(/Kind of day/).selectOption('CLERK_OFFICE_INACCESSIBLE');
  await form.getByLabel(/Where the day comes from/).fill('General Order 35-01: courthouse closed');
  await form.getByRole('button', { name: 'Add the day' }).click();
  await expect(form.getByRole('alert')).toContainText('date must fall between');
  await expect(form.getByLabel(/Where the day comes from/)).toHaveValue(
    'General Order 35-01: courthouse closed',
  );
  await expect(form.getByLabel(/Kind of day/)).toHaveValue('CLERK_OFFICE_INACCESSIBLE');
  await expectAccessible(page);

  await form.getByLabel('Day', { exact: true }).fill(DAY_OFF.date);
  await form.getByRole('button', { name: 'Add the day' }).click();
  await expect(form.getByRole('status')).toContainText(`${DAY_OFF.spoken} is on the court’s calendar.`);
  const row = page.getByRole('row', { name: new RegExp(DAY_OFF.spoken) });
  await expect(row).toContainText('Clerk’s office closed');
  await expect(row).toContainText('General Order 35-01: courthouse closed');

  // Another entry for the same day is the API's CONFLICT: the form keeps what was typed.
  await form.getByLabel('Day', { exact: true }).fill(DAY_OFF.date);
  await form.getByLabel(/Where the day comes from/).fill('A second notice for the same day');
  await form.getByRole('button', { name: 'Add the day' }).click();
  await expect(form.getByRole('alert')).toBeVisible();
  await expect(form.getByLabel(/Where the day comes from/)).toHaveValue('A second notice for the same day');
  await expect(form.getByLabel('Day', { exact: true })).toHaveValue(DAY_OFF.date);
  await expectAccessible(page);

  await page.getByRole('button', { name: `Remove ${DAY_OFF.spoken}` }).click();
  await expect(page.getByRole('row', { name: new RegExp(DAY_OFF.spoken) })).toHaveCount(0);
});

for (const size of WIDTHS) {
  test(`the admin’s court screen (${size.name}, ${size.width} px)`, async ({ page }) => {
    await page.setViewportSize(size);
    await signIn(page, ADMIN);
    await openCourt(page, ND_CAL);
    await expect(
      page.getByRole('heading', { level: 2, name: 'Open the court’s first staff account' }),
    ).toBeVisible();
    await expectAccessible(page);
    await page.screenshot({ path: join(SCREENSHOTS, `admin-court-${size.name}.png`), fullPage: true });
  });
}

test('the admin opens the new court’s first staff account; its password is shown once', async ({ page }) => {
  const email = `clerk.${Date.now()}@ord.parley.demo`;
  const password = 'willow copper lantern fjord';
  await signIn(page, ADMIN);
  await openCourt(page, NEW_COURT);
  const form = page.getByRole('region', { name: 'Open the court’s first staff account' });
  await form.getByLabel('Name', { exact: true }).fill('Clerk of Court Okafor');
  await form.getByLabel(/Email address/).fill(email);
  await form.getByLabel(/First password/).fill(password);
  await form.getByRole('button', { name: 'Open the account' }).click();
  const opened = form.getByRole('status');
  await expect(opened).toContainText('Account opened for Clerk of Court Okafor');
  await expect(opened).toContainText(email);
  await expect(opened).toContainText(password);
  await expect(form.getByLabel(/First password/)).toHaveValue('');
  await expectAccessible(page);

  // The account works: its first screen is its own court's (empty) docket.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, email, password);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Discovery disputes before the court' }),
  ).toBeVisible();
});

test('the court’s clerk reaches its calendar and staff from the docket', async ({ page }) => {
  await signIn(page, CHAMBERS);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Discovery disputes before the court' }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Your court’s calendar and staff' }).click();
  await expect(page.getByRole('heading', { level: 1, name: ND_CAL })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Calendar' }).getByRole('row').nth(1)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Staff' }).getByText(CHAMBERS)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Add a colleague' })).toBeVisible();
  await expectAccessible(page);
});
