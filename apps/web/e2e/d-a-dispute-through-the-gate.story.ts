import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { demoSeeded, expectAccessible, PRISONER, SCREENSHOTS, signIn } from './support';

/**
 * The prisoner disputes the answer counsel served (c-counsel-answers): the gate's checklist says what
 * is missing before he has conferred, and Escalate is refused with the same words until it is met.
 */
test.beforeAll(async ({ request }) => {
  await demoSeeded(request);
});

test('a dispute opens over an answer, the checklist names what is missing, and a letter is the first step', async ({
  page,
}) => {
  await signIn(page, PRISONER);
  await page.getByRole('link', { name: 'Luckert v. Brannon, No. C 13-4426 EDL (PR)' }).first().click();
  await page.getByText('No. 1: Identify the author of Incident report 12-0314.').click();
  await page.getByLabel('What is wrong with the answers').fill('The objection to “author” is boilerplate.');
  await page.getByRole('button', { name: 'Open the dispute' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Dispute: The objection to “author” is boilerplate.' }),
  ).toBeVisible();

  const checklist = page
    .getByRole('heading', { level: 2, name: 'Before you can take this to the court' })
    .locator('..');
  await expect(checklist).toContainText('Meet and confer in good faith first');
  await expect(checklist).toContainText('Certify that you conferred');
  await expectAccessible(page);
  await page.screenshot({ path: join(SCREENSHOTS, 'dispute-checklist.png'), fullPage: true });

  // Escalating now is refused with the gate's own words, and what was typed stays.
  await page.getByLabel('Your position, for the joint letter').fill('Compel a full answer.');
  await page.getByLabel('Your final proposed compromise').fill('An answer within 14 days.');
  await expect(page.getByRole('status').filter({ hasText: 'page count' })).toHaveText(
    'The page count shows once your conferral counts (the checklist says what is missing).',
  );
  await page.getByRole('button', { name: 'Take it to the court' }).click();
  await expect(page.getByRole('alert')).toContainText('This dispute cannot go to the court yet.');
  await expect(page.getByLabel('Your position, for the joint letter')).toHaveValue('Compel a full answer.');

  await page.getByLabel('Your letter').fill('Please withdraw the objection; “author” has its plain meaning.');
  await page.getByRole('button', { name: 'Send the letter' }).click();
  await expect(page.getByText(/Letter from Luckert, .*“Please withdraw the objection/)).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Print this letter' }).click();
  expect((await download).suggestedFilename()).toMatch(/Letter-from-Luckert-to-J\.-Brannon\.pdf$/);
});
