import { expect, test } from '@playwright/test';
import { CHAMBERS, DEFENSE, demoSeeded, expectAccessible, openDispute, PRISONER, signIn } from './support';

/**
 * The dispute of d-a-dispute-through-the-gate goes to the court, in the browser only: counsel answers
 * the letter, the prisoner certifies and the checklist clears, he takes it to the court, counsel adds
 * its part, and the clerk finds it ready for a ruling.
 */
test.beforeAll(async ({ request }) => {
  await demoSeeded(request);
});

const SUMMARY = 'The objection to “author” is boilerplate.';

test('a letter each way, a certification, the checklist clears, and the joint letter goes to the court', async ({
  page,
}) => {
  await openDispute(page, DEFENSE, SUMMARY);
  await page.getByLabel('Your letter').fill('We stand on the objection; the report names no author.');
  await page.getByRole('button', { name: 'Send the letter' }).click();
  await expect(page.getByText(/Letter from J\. Brannon, .*“We stand on the objection/)).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();

  await openDispute(page, PRISONER, SUMMARY);
  await page
    .getByLabel('How you conferred or tried to (FRCP 37(a)(1); Civil L.R. 37-1(b))')
    .fill('I wrote to defense counsel and she answered; we could not agree.');
  await page.getByRole('button', { name: 'Sign the certification' }).click();
  const checklist = page
    .getByRole('heading', { level: 2, name: 'Before you can take this to the court' })
    .locator('..');
  await expect(checklist).toContainText('Everything the court asks for is in place');
  await page
    .getByLabel('Your position, for the joint letter')
    .fill('The objection is boilerplate; compel an answer.');
  await page.getByLabel('Your final proposed compromise').fill('An answer within 14 days.');
  // The page count, measured by the API on the rendered letter, as he writes (Civil L.R. 37-1).
  await expect(page.getByRole('status').filter({ hasText: 'With your part' })).toHaveText(
    /^With your part, the joint letter runs to \d+ pages?\. You may take it to \d+ of the court’s \d+, leaving room for the other side\.$/,
  );
  await page.getByRole('button', { name: 'Take it to the court' }).click();
  await expect(page.getByRole('button', { name: 'Read the joint letter (PDF)' })).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();

  await openDispute(page, DEFENSE, SUMMARY);
  await expect(
    page.getByRole('heading', { level: 2, name: /^Add J\. Brannon’s part of the joint letter, by / }),
  ).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Your position', { exact: true }).fill('“Author” is vague for an unsigned report.');
  await page.getByLabel('Your final proposed compromise').fill('We will name who filed it.');
  await expect(page.getByRole('status').filter({ hasText: 'With your part' })).toHaveText(
    /^With your part, the joint letter runs to \d+ pages? of the court’s \d+\.$/,
  );
  await page.getByRole('button', { name: 'Add our part to the joint letter' }).click();
  await expect(page.getByText(/This dispute is escalated; nothing more is done here\./)).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();

  await signIn(page, CHAMBERS);
  // The demo's dispute and this one, both ready for a ruling.
  await expect(page.getByRole('link', { name: /Luckert v\. Brannon/ })).toHaveCount(2);
});
