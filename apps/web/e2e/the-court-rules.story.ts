import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  CHAMBERS,
  DEFENSE,
  demoSeeded,
  expectAccessible,
  PRISONER,
  SCREENSHOTS,
  signIn,
  WIDTHS,
} from './support';

/**
 * The end of the seed story, in the browser only: the magistrate judge's clerk opens the docket,
 * reads the dispute and its joint letter, and rules; each party then sees the compliance deadline.
 */
test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ request }) => {
  await demoSeeded(request);
  mkdirSync(SCREENSHOTS, { recursive: true });
});

for (const size of WIDTHS) {
  test(`the clerk’s first screen is the docket (${size.name}, ${size.width} px)`, async ({ page }) => {
    await page.setViewportSize(size);
    await signIn(page, CHAMBERS);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Discovery disputes before the court' }),
    ).toBeVisible();
    await expect(
      // Oldest first: the demo's dispute leads (e-the-joint-letter adds a second).
      page.getByRole('link', { name: /Luckert v\. Brannon, No\. C 13-4426 EDL \(PR\)/ }).first(),
    ).toBeVisible();
    await expect(page.getByLabel('Show')).toHaveValue('SUBMITTED');
    await expectAccessible(page);
    await page.screenshot({ path: join(SCREENSHOTS, `court-docket-${size.name}.png`), fullPage: true });
  });
}

test('the clerk reads the dispute and the joint letter, is told what a ruling lacks, and rules', async ({
  page,
}) => {
  await signIn(page, CHAMBERS);
  await page
    .getByRole('link', { name: /Luckert v\. Brannon/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /Luckert v\. Brannon/ })).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 3, name: 'First Set of Interrogatories, No. 2' }),
  ).toBeVisible();
  await expect(page.getByText('Objection: Vague as to "use of force".')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Meeting and conferring' })).toBeVisible();
  await expectAccessible(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Read the joint letter (PDF)' }).click();
  expect((await download).suggestedFilename()).toMatch(/joint-discovery-letter\.pdf$/);

  // Nothing chosen: the form says so and keeps the order's text.
  await page
    .getByLabel('Text of the order')
    .fill('Defendant shall answer Interrogatory No. 2 under a protective order.');
  await page.getByRole('button', { name: 'Enter the ruling' }).click();
  await expect(page.getByRole('alert')).toContainText('Choose how the court rules.');
  await expect(page.getByLabel('Text of the order')).toHaveValue(
    'Defendant shall answer Interrogatory No. 2 under a protective order.',
  );

  await page.getByText('Granted in part', { exact: true }).click();
  await page.getByLabel(/Days to comply/).fill('14');
  await page.getByRole('button', { name: 'Enter the ruling' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Ruling: Granted in part' })).toBeVisible();
  await expect(page.getByText(/J\. Brannon must comply by \w+ \d+, \d{4}\./)).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: join(SCREENSHOTS, 'court-ruling.png'), fullPage: true });
});

test('each party then sees the ruling’s deadline in What to do next', async ({ page }) => {
  await signIn(page, DEFENSE);
  const ordered = page.getByRole('listitem').filter({ hasText: 'Comply with the court' });
  await expect(
    ordered.getByRole('heading', { level: 3, name: /^Comply with the court.*by \w+ \d+, \d{4}$/ }),
  ).toBeVisible();
  // One button to where it is met: the case's deadlines, where the party reports it done.
  await ordered.getByRole('link', { name: 'Report it done' }).click();
  await expect(
    page
      .getByRole('region', { name: 'Deadlines of the case' })
      .getByRole('button', { name: /^Report that this is done: Comply with the court’s order/ }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, PRISONER);
  await expect(
    page.getByRole('heading', {
      level: 3,
      name: /^Waiting for J\. Brannon to comply with the court.*, by \w+ \d+, \d{4}$/,
    }),
  ).toBeVisible();
  const compliance = page.getByRole('listitem').filter({ hasText: 'Comply with the court' });
  await compliance.getByText('How was this date counted?').click();
  await expect(compliance.getByText(/FRCP 6/).first()).toBeVisible();
  await expectAccessible(page);
  // The party's first screen for the README: what the court ordered, and the notices of the story.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: join(SCREENSHOTS, 'party-home-desktop.png'), fullPage: true });
  await page.getByRole('button', { name: 'Mark these notices read' }).click();
  await expect(page.getByText('No new notices.')).toBeVisible();
});
