import { PDFDocument } from '@cantoo/pdf-lib';
import { expect, Page, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
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
 * Issue 17 in the browser: defense counsel answers the prisoner's requests for production with a
 * second volume (one file dragged onto its request, one placed with its checkboxes), downloads it,
 * logs a withheld memo and serves the supplement, then claws back a page; the prisoner answers the
 * clawback, finds the volume refused in words, and reads the log.
 */
test.describe.configure({ mode: 'serial' });

const RFP = 'Plaintiff’s First Request for Production of Documents';
const REVIEW = 'Use-of-force review.pdf';
const YARD_LOG = 'Yard log.pdf';

test.beforeAll(async ({ request }) => {
  await demoSeeded(request);
});

/** A record of some pages, one line each, as the records office prints it. */
async function record(title: string, pages: number): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  for (let n = 1; n <= pages; n++) pdf.addPage([612, 792]).drawText(`${title}, page ${n}`, { x: 72, y: 700 });
  return Buffer.from(await pdf.save());
}

/** Every width: clean for axe, nothing wider than the screen, a screenshot named for the story. */
async function atEveryWidth(page: Page, name: string) {
  for (const size of WIDTHS) {
    await page.setViewportSize(size);
    // From the top: a column that stays in view while scrolling is drawn where it belongs.
    await page.evaluate(() => window.scrollTo(0, 0));
    await expectAccessible(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
    await page.screenshot({ path: join(SCREENSHOTS, `o-${name}-${size.name}.png`), fullPage: true });
  }
}

/** A file's boxes in the builder: the requests it answers. */
const answersOf = (page: Page, file: string) =>
  page.getByRole('group', { name: new RegExp(`^Requests it answers\\W+${file.replaceAll('.', '\\.')}$`) });

async function openTheRequests(page: Page) {
  await page.getByRole('link', { name: CASE_LINK }).first().click();
  await page.getByRole('link', { name: RFP, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: RFP })).toBeVisible();
}

test('defense counsel puts a production together: one file dragged onto its request, one ticked', async ({
  page,
}) => {
  await signIn(page, DEFENSE);
  await openTheRequests(page);
  await page.getByRole('link', { name: 'Produce documents' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Produce documents for “${RFP}”` })).toBeVisible();

  // The defense's files in the case are on offer: those produced before keep their numbers.
  await expect(page.getByRole('heading', { level: 3, name: REVIEW })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Warden email.pdf' })).toBeVisible();
  // A file added here is kept for the defense alone, and produced only once it answers a request.
  await page
    .getByLabel(/^Add files to produce/)
    .setInputFiles([
      { name: 'Escort log.pdf', mimeType: 'application/pdf', buffer: await record('Escort Log', 1) },
    ]);
  await expect(page.getByRole('status').filter({ hasText: 'Kept for your side only' })).toContainText(
    'Escort log.pdf',
  );

  // By drag and drop: the review answers No. 2.
  const request = (n: number) =>
    page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: `No. ${n}`, exact: true }) });
  const no2 = request(2);
  await page.getByRole('heading', { level: 3, name: REVIEW }).dragTo(no2);
  await expect(no2).toContainText(REVIEW);
  await expect(answersOf(page, REVIEW).getByLabel('No. 2')).toBeChecked();
  // Without a mouse: the yard log's own boxes say it answers No. 1.
  const yardLogAnswers = answersOf(page, YARD_LOG);
  await yardLogAnswers.getByText('No. 1', { exact: true }).click();
  await expect(yardLogAnswers.getByLabel('No. 1', { exact: true })).toBeChecked();
  await expect(request(1)).toContainText(YARD_LOG);
  await page.getByLabel(`Designation of ${REVIEW}`).selectOption({ label: 'Confidential' });
  await expect(page.getByLabel('Bates prefix')).toHaveValue('DEF');
  await expect(page.getByText(`2 files to produce: ${REVIEW}, ${YARD_LOG}.`)).toBeVisible();
  await atEveryWidth(page, 'production-builder');

  await page.getByRole('button', { name: 'Put the production together' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Draft production' })).toBeVisible();
  await expect(page.getByText(/If served now it would take DEF0000005–DEF0000008, 4 pages/)).toBeVisible();
  const table = page.getByRole('table', { name: /Numbers if served now/ });
  await expect(table.getByRole('row', { name: new RegExp(REVIEW) })).toContainText('DEF0000005–DEF0000006');
  await expect(table.getByRole('row', { name: new RegExp(REVIEW) })).toContainText('Confidential');
  await expect(table.getByRole('row', { name: new RegExp(REVIEW) })).toContainText('No. 2');
  await expect(table.getByRole('row', { name: new RegExp(YARD_LOG) })).toContainText('DEF0000007–DEF0000008');
  await atEveryWidth(page, 'production-draft');

  await expect(page.getByLabel(/^Your signature/)).toHaveValue('/s/ Dana Wu');
  await page.getByRole('button', { name: 'Sign and serve the production' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Production DEF002' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByText(/^Served \w+ \d+, \d{4} through Parley, signed \/s\/ Dana Wu/)).toBeVisible();
  await expect(page.getByRole('paragraph').filter({ hasText: 'SHA-256 of the .zip' })).toContainText(
    /[0-9a-f]{64}/,
  );

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the volume (.zip)' }).click();
  const volume = await download;
  expect(volume.suggestedFilename()).toBe('DEF002.zip');
  const bytes = await readFile(await volume.path());
  expect(bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');

  await page.getByText('The load files (Concordance DAT and Opticon OPT)').click();
  await expect(page.getByRole('region', { name: 'DEF002.dat' })).toContainText('DEF0000005');
  await expect(page.getByRole('region', { name: 'DEF002.opt' })).toContainText('DEF0000008,DEF002,');
  await atEveryWidth(page, 'production-served');
});

test('defense counsel logs a withheld memo and serves the supplement to the log', async ({ page }) => {
  await signIn(page, DEFENSE);
  await openTheRequests(page);
  await page.getByRole('link', { name: 'Keep the privilege log' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Privilege log: ${RFP}` })).toBeVisible();
  await expect(page.getByRole('row', { name: /No\. 1/ })).toContainText('Legal advice on the response');

  await page.getByLabel('The document’s date').fill('2012-03-16');
  await page.getByLabel('Author', { exact: true }).fill('Lt. A. Haskins');
  await page.getByLabel(/^Recipients/).fill('Dana Wu, Deputy Attorney General\nLitigation coordinator');
  await page.getByLabel(/^Kind of document/).fill('Memorandum');
  await page
    .getByLabel(/^Subject matter/)
    .fill('Facts of the use of force gathered at counsel’s request in anticipation of litigation');
  await page.getByText('Work product (FRCP 26(b)(3))', { exact: true }).click();
  await page
    .getByRole('group', { name: 'The requests it is withheld from' })
    .getByText(/^No\. 2:/)
    .click();
  await page.getByRole('button', { name: 'Add the entry' }).click();
  await expect(page.getByRole('row', { name: /Draft, not served/ })).toContainText('Memorandum');
  await atEveryWidth(page, 'privilege-log');

  await page.getByRole('button', { name: 'Sign and serve the supplement' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'was served on Luckert' })).toBeVisible();
  await expect(page.getByRole('row', { name: /No\. 2/ })).toContainText('Memorandum');
  await expect(page.getByRole('row', { name: /Draft, not served/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /\(CSV\)$/ })).toHaveCount(2);
});

test('defense counsel claws back a page of the new volume', async ({ page }) => {
  await signIn(page, DEFENSE);
  await page.getByRole('link', { name: CASE_LINK }).first().click();
  await page
    .getByRole('region', { name: 'Documents produced' })
    .getByRole('link', { name: 'Volume DEF002' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Production DEF002' })).toBeVisible();
  await page.getByLabel(/^The pages/).fill('DEF0000006');
  await page
    .getByLabel(/^The privilege claimed and its basis/)
    .fill('Attorney-client privilege: counsel’s notes on the review, produced inadvertently (FRE 502(b))');
  await page.getByRole('button', { name: 'Claw back these pages' }).click();
  await expect(page.getByRole('status')).toContainText(
    /Clawed back DEF0000006; the other side must answer by \w+ \d+, \d{4}\./,
  );
  await expect(page.getByRole('region', { name: 'Clawbacks' })).toContainText('Not answered yet');
  // The producing side keeps its copy.
  await expect(page.getByRole('button', { name: 'Download the volume (.zip)' })).toBeVisible();
});

test('the prisoner is told of the clawback and its deadline, and says he sequestered the page', async ({
  page,
}) => {
  await signIn(page, PRISONER);
  const todo = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: 'Answer the clawback' }) });
  await expect(todo.getByRole('heading')).toContainText(/by \w+ \d+, \d{4}$/);
  await todo.getByRole('link', { name: 'Answer the clawback' }).click();

  const notice = page.getByRole('region', { name: 'Pages clawed back: DEF0000006 (1 page)' });
  await expect(notice).toContainText(/Say what you did with them by \w+ \d+, \d{4}\./);
  await expect(notice).toContainText('produced inadvertently (FRE 502(b))');
  await atEveryWidth(page, 'clawback-notice');

  await notice.getByText(/^Sequester them/).click();
  await notice.getByRole('button', { name: 'Send your answer' }).click();
  await expect(page.getByRole('region', { name: 'Clawbacks' })).toContainText(
    /Answered .*: Sequestered: set aside, unused, until the claim is settled\./,
  );
  await expect(notice).toHaveCount(0);
  await expect(page.getByRole('row', { name: new RegExp(REVIEW) })).toContainText('Pages clawed back');
  await expect(page.getByRole('region', { name: /^The volume/ })).toContainText(
    /DEF0000006 of this volume was clawed back as privileged .*so the volume is no longer handed out/,
  );
  await expect(page.getByRole('button', { name: 'Download the volume (.zip)' })).toHaveCount(0);
  await atEveryWidth(page, 'production-clawed-back');
});

test('the prisoner reads what was produced for each request, and the privilege log served on him', async ({
  page,
}) => {
  await signIn(page, PRISONER);
  await openTheRequests(page);
  const requests = page.getByRole('list').filter({ has: page.getByRole('heading', { name: 'No. 1' }) });
  await expect(requests.getByRole('listitem').nth(1)).toContainText(/Produced: .*\(volume DEF002\)/);
  await expect(requests.getByRole('listitem').nth(1)).toContainText('Withheld: 1 log entry');
  await expect(requests.getByRole('listitem').nth(2)).toContainText('Withheld: 1 log entry');
  await expect(page.getByRole('link', { name: 'Produce documents' })).toHaveCount(0);
  await atEveryWidth(page, 'requests-produced');

  await page.getByRole('link', { name: 'Read the privilege log' }).click();
  await expect(page.getByRole('row', { name: /No\. 1/ })).toContainText('Warden K. Ochoa');
  await expect(page.getByRole('row', { name: /No\. 2/ })).toContainText('Work product (FRCP 26(b)(3))');
  await expect(page.getByRole('heading', { name: 'Log a withheld document' })).toHaveCount(0);
  await atEveryWidth(page, 'privilege-log-read');
});

test('defense counsel withdraws the claim: the page is his to use again, and the volume his to download', async ({
  page,
}) => {
  await signIn(page, DEFENSE);
  await page.getByRole('link', { name: CASE_LINK }).first().click();
  await page
    .getByRole('region', { name: 'Documents produced' })
    .getByRole('link', { name: 'Volume DEF002' })
    .click();
  const clawbacks = page.getByRole('region', { name: 'Clawbacks' });
  await clawbacks.getByRole('button', { name: 'Withdraw the claim over DEF0000006' }).click();
  await expect(clawbacks).toContainText(/Withdrawn .*: the pages may be used again\./);
  await expect(clawbacks.getByRole('button', { name: /Withdraw the claim/ })).toHaveCount(0);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, PRISONER);
  await page.getByRole('link', { name: CASE_LINK }).first().click();
  await page
    .getByRole('region', { name: 'Documents produced' })
    .getByRole('link', { name: 'Volume DEF002' })
    .click();
  await expect(page.getByRole('button', { name: 'Download the volume (.zip)' })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(REVIEW) })).not.toContainText('Pages clawed back');
});
