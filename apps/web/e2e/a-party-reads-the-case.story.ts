import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { demoSeeded, expectAccessible, PRISONER, SCREENSHOTS, signIn, WIDTHS } from './support';

test.beforeAll(async ({ request }) => {
  await demoSeeded(request);
  mkdirSync(SCREENSHOTS, { recursive: true });
});

for (const size of WIDTHS) {
  test(`the prisoner opens his case: parties, discovery, disputes, the trail (${size.name}, ${size.width} px)`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await signIn(page, PRISONER);
    await page.getByRole('link', { name: 'Luckert v. Brannon, No. C 13-4426 EDL (PR)' }).first().click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Luckert v. Brannon, No. C 13-4426 EDL (PR)' }),
    ).toBeVisible();
    await expect(page.getByText(/J\. Brannon, Defendant: Dana Wu \(Counsel\)/)).toBeVisible();
    await expect(
      page.getByText(/Luckert, Plaintiff, in custody: R\. Luckert \(for themselves\)/),
    ).toBeVisible();
    await expect(page.getByRole('row', { name: /First Set of Interrogatories/ })).toContainText('Answered');
    await expectAccessible(page);
    await page.screenshot({ path: join(SCREENSHOTS, `party-case-${size.name}.png`), fullPage: true });
  });
}

test('the served paper downloads, the trail verifies, and a calendar address is made once', async ({
  page,
}) => {
  await signIn(page, PRISONER);
  await page.getByRole('link', { name: 'Luckert v. Brannon, No. C 13-4426 EDL (PR)' }).first().click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download “First Set of Interrogatories”' }).click();
  expect((await download).suggestedFilename()).toMatch(/First-Set-of-Interrogatories\.pdf$/);

  await page.getByRole('button', { name: 'Verify the trail' }).click();
  await expect(page.getByRole('status')).toContainText(
    /The trail is intact: all \d+ events fit their hash chain\./,
  );

  await page.getByRole('button', { name: 'Make a calendar address for my deadlines' }).click();
  await expect(page.getByText(/^http:\/\/.*\/calendar\/.+\.ics$/)).toBeVisible();
  await expectAccessible(page);
});
