import { expect, Page, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFENSE, demoSeeded, expectAccessible, SCREENSHOTS, signIn, WIDTHS } from './support';

/**
 * Counsel opens a case of her own (a case of its own too: nothing of the demo case is touched), sets
 * the other party's mailing address, stipulates an interrogatory limit and that letters count (each
 * only proposed until the other party stipulates), serves a set by mail and withdraws it. Refusals
 * come from the API and keep what was typed.
 */
test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ request }) => {
  await demoSeeded(request);
  mkdirSync(SCREENSHOTS, { recursive: true });
});

const TITLE = 'Ortiz v. Brannon';
const DOCKET = 'C 26-0417 JST';
const HEADING = `${TITLE}, No. ${DOCKET}`;

/** Every screen at both widths: nothing wider than the window, and a look at it. */
async function shoot(page: Page, name: string) {
  for (const size of WIDTHS) {
    await page.setViewportSize(size);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${size.name}.png`), fullPage: true });
  }
}

test('counsel opens a case of her own; a date the API refuses keeps everything typed', async ({ page }) => {
  await signIn(page, DEFENSE);
  await page.getByRole('link', { name: 'Open a case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Open a case' })).toBeVisible();
  await expect(page.getByLabel('Court', { exact: true })).toContainText('Northern District of California');
  await page.getByLabel(/^Title/).fill(TITLE);
  await page.getByLabel(/^Docket number/).fill(DOCKET);
  await page.getByLabel('Judge').fill('Jon S. Tigar');
  await page.getByLabel(/^Name of party 1/).fill('M. Ortiz');
  await page.getByLabel(/^Name of party 2/).fill('Brannon Corrections LLC');
  await expect(page.getByLabel('Side of party 2')).toHaveValue('DEFENDANT');
  // A third party is added and taken away again: the group repeats.
  await page.getByRole('button', { name: 'Add another party' }).click();
  await page.getByLabel(/^Name of party 3/).fill('Harbor Insurance Co.');
  await page.getByRole('button', { name: 'Remove party 3 (Harbor Insurance Co.)' }).click();
  await expect(page.getByLabel(/^Name of party 3/)).toHaveCount(0);
  await page.getByLabel('You represent').selectOption({ label: 'Party 2: Brannon Corrections LLC' });
  await page.getByLabel('As', { exact: true }).selectOption('COUNSEL');
  await page.getByLabel(/^Rule 26\(f\) conference/).fill('2026-10-01');
  await page.getByLabel(/^Discovery cut-off/).fill('2026-09-01');
  await page.getByRole('button', { name: 'Open the case' }).click();
  await expect(page.getByRole('alert')).toContainText('cannot come before');
  await expect(page.getByLabel(/^Title/)).toHaveValue(TITLE);
  await expect(page.getByLabel(/^Name of party 1/)).toHaveValue('M. Ortiz');
  await expect(page.getByLabel('You represent')).toHaveValue(
    (await page
      .getByLabel('You represent')
      .locator('option', { hasText: 'Brannon' })
      .getAttribute('value')) ?? '',
  );
  await expectAccessible(page);
  await shoot(page, 'open-case-refused');

  await page.getByLabel(/^Discovery cut-off/).fill('2027-09-30');
  await page.getByRole('button', { name: 'Open the case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: HEADING })).toBeVisible();
  await expect(page.getByText('Brannon Corrections LLC, Defendant: Dana Wu (Counsel)')).toBeVisible();
  await expect(page.getByText('discovery closes September 30, 2027')).toBeVisible();
});

async function openTheCase(page: Page) {
  await signIn(page, DEFENSE);
  await page.getByRole('link', { name: HEADING }).click();
  await expect(page.getByRole('heading', { level: 1, name: HEADING })).toBeVisible();
}

test('she gives the other party’s mailing address, and stipulates a limit and that letters count', async ({
  page,
}) => {
  await openTheCase(page);
  const address = page.getByRole('region', { name: 'Set the mailing address of M. Ortiz' });
  await expect(address.getByText('No address yet: papers cannot be mailed to it.')).toBeVisible();
  await address.getByLabel(/^New address of M\. Ortiz/).fill('1200 Harbor Way\nOakland, CA 94607');
  await address.getByRole('button', { name: 'Save the address of M. Ortiz' }).click();
  await expect(address.getByRole('status')).toHaveText('The address of M. Ortiz is saved.');
  await expect(address.getByText('Oakland, CA 94607')).toBeVisible();

  const orders = page.getByRole('region', { name: 'Stipulations and orders' });
  await expect(orders.getByText('None: the Federal Rules’ defaults apply.')).toBeVisible();
  // A limit that is not a number goes as typed: the API refuses it, and the source stays.
  await orders.getByLabel(/^Interrogatories each party may serve on another/).fill('thirty');
  await orders.getByLabel(/^Where the change comes from/).fill('Stipulation of the parties, Dkt. 12, ¶ 2');
  await orders.getByRole('button', { name: 'Stipulate to this change' }).click();
  await expect(orders.getByRole('alert')).toContainText('Not done');
  await expect(orders.getByLabel(/^Where the change comes from/)).toHaveValue(
    'Stipulation of the parties, Dkt. 12, ¶ 2',
  );
  await orders.getByLabel(/^Interrogatories each party may serve on another/).fill('30');
  await orders.getByRole('button', { name: 'Stipulate to this change' }).click();
  await expect(orders.getByRole('listitem')).toContainText(
    'How many interrogatories each party may serve on another: 30',
  );
  await expect(orders.getByRole('listitem')).toContainText(
    'Proposed, not in effect until every party stipulates; waiting for M. Ortiz.',
  );
  await expect(orders.getByRole('listitem')).toContainText('Stipulated so far by Brannon Corrections LLC.');

  const conferral = page.getByRole('region', { name: 'What counts as conferral' });
  await expect(conferral.getByText(/Only talking counts as conferral/)).toBeVisible();
  await conferral.getByText('Yes: letters, one each way, count as conferral').click();
  await conferral.getByLabel(/^Where the rule comes from/).fill('Stipulation of the parties, Dkt. 12, ¶ 3');
  await conferral.getByRole('button', { name: 'Stipulate to this rule of conferral' }).click();
  await expect(
    conferral.getByText(
      /^Proposed, not in effect until every party stipulates the same: An exchange of letters/,
    ),
  ).toBeVisible();
  // Until M. Ortiz stipulates too, the rule in force is still the default.
  await expect(conferral.getByText(/Only talking counts as conferral/)).toBeVisible();
  await expectAccessible(page);
  await shoot(page, 'case-housekeeping');
});

test('a set served by mail, now that the address is known, is withdrawn after a confirm step', async ({
  page,
}) => {
  await openTheCase(page);
  await page.getByRole('link', { name: 'Serve discovery' }).click();
  await page.getByLabel('Title').fill('First Set of Requests for Production');
  await page.getByText('Requests for production', { exact: true }).click();
  await page.getByLabel('Request 1', { exact: true }).fill('All maintenance logs of the Harbor Way gate.');
  await page.getByLabel('How it is served').selectOption('MAIL');
  await page.getByRole('button', { name: 'Sign and serve' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Served' })).toBeVisible();
  await page.getByRole('link', { name: `Back to ${TITLE}` }).click();

  const set = '“First Set of Requests for Production”';
  await page.getByRole('button', { name: `Withdraw ${set}` }).click();
  await expect(page.getByText(`Withdraw ${set} for good? Its response deadline is cancelled.`)).toBeVisible();
  await page.getByRole('button', { name: `Keep ${set}` }).click();
  await page.getByRole('button', { name: `Withdraw ${set}` }).click();
  await expectAccessible(page);
  await shoot(page, 'case-withdraw-confirm');
  await page.getByRole('button', { name: `Yes, withdraw ${set}` }).click();
  await expect(page.getByRole('row', { name: /First Set of Requests for Production/ })).toContainText(
    'Withdrawn',
  );
  await expect(page.getByRole('button', { name: `Withdraw ${set}` })).toHaveCount(0);
  const deadlines = page.getByRole('region', { name: 'Deadlines of the case' });
  await expect(deadlines.getByRole('listitem').filter({ hasText: 'First Set of Requests' })).toContainText(
    '(cancelled)',
  );
});
