import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import {
  CASE_LINK,
  DEFENSE,
  demoSeeded,
  expectAccessible,
  PRISONER,
  SCREENSHOTS,
  signIn,
  WIDTHS,
} from './support';

/**
 * Two things a party does now and then: counsel counts a period by hand as Parley counts it, step by
 * step with the rules (a period of no days refused in the API's words); the prisoner opens a dispute
 * and, on second thought, withdraws it after being asked once more.
 */
test.beforeAll(async ({ request }) => {
  await demoSeeded(request);
});

test('counsel counts thirty days from service by mail, with every step and its rule', async ({ page }) => {
  await signIn(page, DEFENSE);
  await page.getByRole('link', { name: 'Count a deadline yourself' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Count a deadline' })).toBeVisible();
  await page.getByLabel('The day of the event (service, an order)').fill('2026-05-01');
  await page.getByLabel('How many days').fill('0');
  await page.getByLabel('How the paper was served').selectOption('MAIL');
  await page.getByRole('button', { name: 'Count the days' }).click();
  await expect(page.getByRole('alert')).toContainText('days');
  await expect(page.getByLabel('The day of the event (service, an order)')).toHaveValue('2026-05-01');

  await page.getByLabel('How many days').fill('30');
  await page.getByRole('button', { name: 'Count the days' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: /^The last day is \w+ \d+, 2026$/ }),
  ).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'FRCP 6(d)' }).first()).toBeVisible();
  for (const size of WIDTHS) {
    await page.setViewportSize(size);
    await expectAccessible(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
    await page.screenshot({ path: join(SCREENSHOTS, `count-a-deadline-${size.name}.png`), fullPage: true });
  }
});

test('the prisoner opens a dispute, is asked once more, and withdraws it', async ({ page }) => {
  const summary = 'The list of officers leaves out the sergeant.';
  await signIn(page, PRISONER);
  await page.getByRole('link', { name: CASE_LINK }).first().click();
  await page
    .getByText('No. 1: State the name of every officer present in the yard on March 14, 2012.')
    .click();
  await page.getByLabel('What is wrong with the answers').fill(summary);
  await page.getByRole('button', { name: 'Open the dispute' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Dispute: ${summary}` })).toBeVisible();

  await page.getByRole('button', { name: 'Withdraw this dispute' }).click();
  await expect(
    page.getByText('Withdraw this dispute for good? It ends here, and the court will not hear it.'),
  ).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Keep the dispute' }).click();
  await page.getByRole('button', { name: 'Withdraw this dispute' }).click();
  await page.getByRole('button', { name: 'Yes, withdraw the dispute' }).click();
  await expect(page.getByText('This dispute is withdrawn; nothing more is done here.')).toBeVisible();
});
