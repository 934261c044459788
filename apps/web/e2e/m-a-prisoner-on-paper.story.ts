import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import {
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
 * Luckert v. Ochoa, where the prisoner is not on Parley: counsel enters papers he mailed from their
 * scans, beside the form (his requests, then his letter disputing her side's answers, which opens the
 * dispute), and prints and marks the papers that go to him by mail.
 */
const ON_PAPER = 'Luckert v. Ochoa, No. C 14-0718 EDL (PR)';

test.beforeAll(async ({ request }) => {
  await demoSeeded(request);
});

test('counsel sees what came on paper and what must go out on paper', async ({ page }) => {
  await signIn(page, DEFENSE);
  await page.getByRole('link', { name: ON_PAPER }).first().click();
  await expect(
    page.getByText('Luckert, Plaintiff, in custody: nobody on Parley; papers go by mail'),
  ).toBeVisible();
  await expect(page.getByText(/On paper: entered by Dana Wu, received/)).toBeVisible();
  const mailings = page.getByRole('region', { name: 'Papers to mail' });
  await expect(mailings.getByText(/2 of 4 not mailed yet/)).toBeVisible();
  await expect(mailings.getByText(/Mailed \w+ \d+, \d{4}\./).first()).toBeVisible();

  const download = page.waitForEvent('download');
  await mailings.getByRole('button', { name: 'Print the packet for Luckert' }).first().click();
  expect((await download).suggestedFilename()).toMatch(/^C-14-0718-EDL-PR-Mailing-to-Luckert.*\.pdf$/);

  for (const size of WIDTHS) {
    await page.setViewportSize(size);
    await expectAccessible(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
    await page.screenshot({ path: join(SCREENSHOTS, `mailings-${size.name}.png`), fullPage: true });
  }

  // The requests for admission wait: marked mailed today, the certificate is dated today.
  await mailings.getByRole('button', { name: 'Mark it mailed' }).first().click();
  await expect(mailings.getByRole('status')).toContainText('the certificate of service carries that day');
});

test('counsel enters his mailed requests from the scan beside the form', async ({ page }) => {
  await signIn(page, DEFENSE);
  await page.getByRole('link', { name: ON_PAPER }).first().click();
  await page.getByRole('link', { name: 'Enter a paper that came by mail' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Enter a paper that came by mail' }),
  ).toBeVisible();
  await expect(page.getByText('Choose the scan first')).toBeVisible();

  // Not a scan: refused in words, nothing kept.
  await page
    .getByLabel('Scan of the paper')
    .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await expect(page.getByRole('alert')).toContainText('This file is not a PDF');

  await page.getByLabel('Scan of the paper').setInputFiles({
    name: 'second-set.pdf',
    mimeType: 'application/pdf',
    buffer: await scanOfOnePage("Plaintiff's First Set of Requests for Production"),
  });
  await expect(page.getByRole('status')).toContainText('Kept: second-set.pdf, 1 page');
  await expect(page.getByTitle('The scan: second-set.pdf')).toBeVisible();

  await page.getByLabel('What kind of requests').selectOption('PRODUCTION');
  await page.getByLabel('Title, as on the paper').fill('First Set of Requests for Production');
  await page
    .getByLabel(/^The requests, in order/)
    .fill('The escort log of June 2, 2013.\n\nThe infirmary intake form.');
  // A day in the future is refused in the API's words, and what was typed stays.
  await page.getByLabel('Day handed to prison staff for mailing').fill('2099-01-04');
  await page.getByRole('button', { name: 'Enter the requests' }).click();
  await expect(page.getByRole('alert')).toContainText('is in the future');
  await expect(page.getByLabel('Title, as on the paper')).toHaveValue('First Set of Requests for Production');

  for (const size of WIDTHS) {
    await page.setViewportSize(size);
    await expectAccessible(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
    await page.screenshot({ path: join(SCREENSHOTS, `record-paper-${size.name}.png`), fullPage: true });
  }

  // He mailed them seven weeks ago; the paralegal enters them only now, and their time has run.
  await page.getByLabel('Day handed to prison staff for mailing').fill(courtDay(-50));
  await page.getByRole('button', { name: 'Enter the requests' }).click();
  await expect(page.getByRole('status')).toContainText(
    /Entered “First Set of Requests for Production”: responses are due \w+ \d+, \d{4}\./,
  );
});

test('counsel enters his letter disputing her side’s answers, and the dispute opens for him', async ({
  page,
}) => {
  await signIn(page, DEFENSE);
  await page.getByRole('link', { name: ON_PAPER }).first().click();
  await page.getByRole('link', { name: 'Enter a paper that came by mail' }).click();
  await page.getByText('A letter disputing your side’s answers to his or her requests').click();
  await page.getByLabel('Scan of the paper').setInputFiles({
    name: 'his-letter.pdf',
    mimeType: 'application/pdf',
    buffer: await scanOfOnePage('Please answer my requests for production.'),
  });
  await expect(page.getByRole('status')).toContainText('Kept: his-letter.pdf, 1 page');
  const form = page.getByRole('region', { name: 'Luckert’s letter disputing your side’s answers' });
  // His interrogatories are already in the dispute before the court: asking again is refused in words.
  await form.getByText(/^No\. 2: State whether Defendant Ochoa wrote a report/).click();
  await form.getByLabel('What Luckert says is wrong').fill('No documents produced.');
  await form.getByLabel(/^What the letter says/).fill('I have had nothing from you. Please send the log.');
  await form.getByLabel('Day handed to prison staff for mailing').fill(courtDay(-3));
  await form.getByRole('button', { name: 'Enter the letter and open the dispute' }).click();
  await expect(form.getByRole('alert')).toContainText('already in an open dispute');
  await form.getByText(/^No\. 2: State whether Defendant Ochoa wrote a report/).click();
  await form.getByText('No. 1: The escort log of June 2, 2013.').click();

  for (const size of WIDTHS) {
    await page.setViewportSize(size);
    await expectAccessible(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
    await page.screenshot({
      path: join(SCREENSHOTS, `record-dispute-letter-${size.name}.png`),
      fullPage: true,
    });
  }

  await form.getByRole('button', { name: 'Enter the letter and open the dispute' }).click();
  await expect(page.getByRole('status')).toContainText('the dispute it raises is open');
  await page.getByRole('link', { name: 'Back to the case' }).first().click();
  await expect(page.getByRole('link', { name: /No documents produced\./ })).toBeVisible();
});
