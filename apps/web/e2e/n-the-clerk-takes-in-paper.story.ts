import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import {
  CHAMBERS,
  courtDay,
  DEFENSE,
  demoSeeded,
  expectAccessible,
  scanOfOnePage,
  SCREENSHOTS,
  signIn,
  WIDTHS,
} from './support';

/**
 * The seed's own scene (issue 16), in the browser: the clerk takes in the prisoner's discovery papers
 * mailed to the court, reads what the record shows and enters the order Parley proposes, edited; then
 * takes in his motion to compel, which defense counsel answers from the case.
 */
test.describe.configure({ mode: 'serial' });

const HASKINS = 'Luckert v. Haskins';

test.beforeAll(async ({ request }) => {
  await demoSeeded(request);
});

test('the clerk reads what the record shows of his papers and enters the proposed order, edited', async ({
  page,
}) => {
  await signIn(page, CHAMBERS);
  await page.getByRole('link', { name: 'Paper mailed to the court: record it' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Paper mailed to the court' })).toBeVisible();
  await page.getByRole('link', { name: new RegExp(`^${HASKINS}`) }).click();
  await expect(page.getByText('It has no certification that the parties met and conferred.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Missing before the court hears it' })).toBeVisible();
  await expect(page.getByText(/send requests to the other party, not to the court/)).toBeVisible();
  const order = page.getByLabel(/^Text of the order/);
  await expect(order).toHaveValue(/must serve them on Dana Wu, Wu & Brannon Law Group LLP, for M\. Haskins/);

  for (const size of WIDTHS) {
    await page.setViewportSize(size);
    await expectAccessible(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
    await page.screenshot({ path: join(SCREENSHOTS, `paper-filing-${size.name}.png`), fullPage: true });
  }

  await order.fill((await order.inputValue()).replace('The court therefore takes', 'The court takes'));
  await page.getByRole('button', { name: 'Enter the order' }).click();
  await expect(page.getByRole('heading', { name: 'The order entered' })).toBeVisible();
  await expect(page.getByText(/The court takes no action on them/)).toBeVisible();
});

test('the clerk finds the case by docket number and records his motion from its scan', async ({ page }) => {
  await signIn(page, CHAMBERS);
  await page.getByRole('link', { name: 'Paper mailed to the court: record it' }).click();
  await page.getByLabel(/^Docket number/).fill('c 15-0311 edl pr');
  await page.getByRole('button', { name: 'Find the case' }).click();
  await expect(
    page.getByRole('heading', { name: 'Luckert v. Haskins, No. C 15-0311 EDL (PR)' }),
  ).toBeVisible();
  await expect(
    page.getByText('Luckert, plaintiff, in custody: not on Parley (papers by mail)'),
  ).toBeVisible();
  await page.getByLabel('Scan of the paper').setInputFiles({
    name: 'motion-to-compel.pdf',
    mimeType: 'application/pdf',
    buffer: await scanOfOnePage('Motion to compel discovery'),
  });
  await expect(page.getByRole('status')).toContainText('Kept: motion-to-compel.pdf, 1 page');
  await page.getByText('A motion to compel discovery', { exact: true }).click();
  await page.getByLabel('Day handed to prison staff for mailing').fill(courtDay(-3));
  await page.getByRole('button', { name: 'Record it' }).click();
  await expect(page.getByText(/The other side has until .* to answer the motion/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Missing before the court hears it' })).toBeVisible();
});

test('defense counsel answers the motion from the case: the requests were never served', async ({ page }) => {
  await signIn(page, DEFENSE);
  await page
    .getByRole('link', { name: `${HASKINS}, No. C 15-0311 EDL (PR)` })
    .first()
    .click();
  const filings = page.getByRole('region', { name: 'Papers mailed to the court' });
  await expect(filings.getByText(/answer it by \w+ \d+, \d{4}/)).toBeVisible();
  await filings.getByRole('link', { name: 'A motion to compel discovery from Luckert' }).click();
  await page.getByText('The requests it is about were never served on us by Luckert').click();
  await page.getByLabel(/^Your position/).fill('Nothing was ever served on Defendant Haskins.');

  for (const size of WIDTHS) {
    await page.setViewportSize(size);
    await expectAccessible(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
    await page.screenshot({ path: join(SCREENSHOTS, `answer-motion-${size.name}.png`), fullPage: true });
  }

  await page.getByRole('button', { name: 'Answer the motion' }).click();
  await expect(page.getByText(/Haskins answered: the requests were never served on it/)).toBeVisible();
  await expect(page.getByText(/send requests to the other party, not to the court/)).toBeVisible();
});

test('chambers rule on his motion to compel, before them on a full record', async ({ page }) => {
  await signIn(page, CHAMBERS);
  await page.getByRole('link', { name: 'Luckert v. Ramos, No. C 16-0142 EDL (PR)' }).click();
  await expect(page.getByText(/motion to compel, mailed to the court on \w+ \d+, \d{4}/)).toBeVisible();
  await expect(page.getByText(/withheld for institutional security/).first()).toBeVisible();
  // The court sustains the objection: nothing to comply with, so no deadline for anyone.
  await page.getByText('Denied', { exact: true }).click();
  await page
    .getByLabel('Text of the order')
    .fill('The objection is sustained: the names and the log are withheld for institutional security.');
  await page.getByRole('button', { name: 'Enter the ruling' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Ruling: Denied' })).toBeVisible();
  await expectAccessible(page);
});
