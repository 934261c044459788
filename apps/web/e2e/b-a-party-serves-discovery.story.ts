import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { DEFENSE, demoSeeded, expectAccessible, PRISONER, SCREENSHOTS, signIn } from './support';

/** The prisoner drafts and serves interrogatories in the browser; the count and the refusal come from the API. */
test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ request }) => {
  await demoSeeded(request);
});

async function openServeForm(page: import('@playwright/test').Page) {
  await signIn(page, PRISONER);
  await page.getByRole('link', { name: 'Luckert v. Brannon, No. C 13-4426 EDL (PR)' }).first().click();
  await page.getByRole('link', { name: 'Serve discovery' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Serve discovery in Luckert v. Brannon' }),
  ).toBeVisible();
}

test('the 26th interrogatory is foreseen as it is typed, then refused with its rule, and kept as a draft', async ({
  page,
}) => {
  await openServeForm(page);
  await page.getByLabel('Title').fill('Second Set of Interrogatories');
  await page
    .getByLabel('Request 1', { exact: true })
    .fill('For each officer, state every post held on March 14, 2012.');
  await page.getByLabel('Discrete subparts in request 1 (0 if none)').fill('22');
  await expect(page.getByRole('status')).toContainText(
    'bring the interrogatories served on this party to 26',
  );
  await expectAccessible(page);
  await page.screenshot({ path: join(SCREENSHOTS, 'serve-set-over-the-limit.png'), fullPage: true });
  await page.getByRole('button', { name: 'Sign and serve' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Saved as a draft, not served');
  await expect(alert).toContainText('(FRCP 33(a)(1))');
  await expect(page.getByRole('button', { name: 'Serve the saved draft' })).toBeVisible();
});

test('a set within the limit is served, and the other side has a new deadline', async ({ page }) => {
  await openServeForm(page);
  await page.getByLabel('Title').fill('Second Set of Interrogatories');
  await page.getByLabel('Request 1', { exact: true }).fill('Identify the author of Incident report 12-0314.');
  await expect(page.getByRole('status')).toContainText(/makes \d+ of 25/);
  await page.getByRole('button', { name: 'Sign and serve' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Served' })).toBeVisible();
  await expect(page.getByText(/Responses are due \w+ \d+, \d{4}\./)).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, DEFENSE);
  await expect(
    page.getByRole('heading', {
      level: 3,
      name: /^Answer Luckert’s interrogatories \(Second Set of Interrogatories\) by /,
    }),
  ).toBeVisible();
});
