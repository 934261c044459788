import { expect, Page, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFENSE, demoSeeded, expectAccessible, SCREENSHOTS, signIn, WIDTHS } from './support';

test.beforeAll(async ({ request }) => {
  await demoSeeded(request);
  mkdirSync(SCREENSHOTS, { recursive: true });
});

async function openAccount(page: Page) {
  await signIn(page, DEFENSE);
  await page.getByRole('link', { name: 'Your account' }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
  await expect(page.getByText(/^Loading/)).toHaveCount(0);
}

test('counsel creates an API token, sees its secret once, and revokes it', async ({ page }) => {
  await openAccount(page);
  const tokens = page.getByRole('region', { name: 'API tokens' });

  // The API judges the number of days; its refusal keeps everything typed.
  await tokens.getByLabel(/What the token is for/).fill('Firm sync');
  await tokens.getByLabel(/Days until it stops working/).fill('0');
  await tokens.getByRole('button', { name: 'Create the token' }).click();
  await expect(tokens.getByRole('alert')).toContainText('expiresInDays');
  await expect(tokens.getByLabel(/What the token is for/)).toHaveValue('Firm sync');
  await expect(tokens.getByLabel(/Days until it stops working/)).toHaveValue('0');

  await tokens.getByLabel(/Days until it stops working/).fill('30');
  await tokens.getByRole('button', { name: 'Create the token' }).click();
  const box = tokens.getByRole('heading', { name: 'Your new token “Firm sync”' });
  await expect(box).toBeVisible();
  await expect(tokens.getByText('It will not be shown again.')).toBeVisible();
  const secret = (await tokens.locator('code').innerText()).trim();
  expect(secret.length).toBeGreaterThan(20);
  await expect(tokens.getByRole('row', { name: /Firm sync/ })).toContainText('Read and Write');
  await expectAccessible(page);

  // Once means once: after a reload the token is listed, its secret nowhere.
  await page.reload();
  await expect(page.getByRole('row', { name: /Firm sync/ })).toBeVisible();
  await expect(page.getByText(secret)).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Your new token “Firm sync”' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Revoke Firm sync' }).click();
  await expect(page.getByRole('button', { name: 'Revoke Firm sync' })).toHaveCount(0);
  await expect(page.getByRole('row', { name: /Firm sync/ })).not.toContainText('Not revoked');
});

test('counsel adds a webhook, is told why a host is refused, and reads its delivery log', async ({
  page,
}) => {
  await openAccount(page);
  const webhooks = page.getByRole('region', { name: 'Webhooks' });

  // A host that does not resolve is refused by the API, in its words, and the address stays typed.
  await webhooks.getByLabel(/Address Parley posts your notices to/).fill('https://example.invalid/hooks');
  await webhooks.getByLabel(/Description/).fill('Docketing system');
  await webhooks.getByRole('button', { name: 'Add the webhook' }).click();
  await expect(webhooks.getByRole('alert')).toContainText('example.invalid does not resolve');
  await expect(webhooks.getByLabel(/Address Parley posts your notices to/)).toHaveValue(
    'https://example.invalid/hooks',
  );
  await expect(webhooks.getByLabel(/Description/)).toHaveValue('Docketing system');

  // Nothing listens on the discard port: an address the demo accepts and nobody answers.
  await webhooks.getByLabel(/Address Parley posts your notices to/).fill('http://127.0.0.1:9/hooks');
  await webhooks.getByRole('button', { name: 'Add the webhook' }).click();
  await expect(
    webhooks.getByRole('heading', { name: 'The signing secret for http://127.0.0.1:9/hooks' }),
  ).toBeVisible();
  await expect(webhooks.getByText('It will not be shown again.')).toBeVisible();
  await expect(webhooks.locator('code')).toContainText('whsec_');
  await expect(
    webhooks.getByRole('heading', { level: 3, name: 'http://127.0.0.1:9/hooks', exact: true }),
  ).toBeVisible();
  await expect(webhooks.getByText('On: Parley sends your notices here.')).toBeVisible();
  await expect(
    webhooks.getByRole('heading', { level: 4, name: 'Delivery log of Docketing system' }),
  ).toBeVisible();
  await expect(
    webhooks.getByText(/No notices have been sent to this endpoint yet|Notices sent to/),
  ).toBeVisible();
  await expectAccessible(page);

  for (const size of WIDTHS) {
    await page.setViewportSize(size);
    // Long URLs and secrets wrap: nothing pushes the screen sideways, even at 320 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
    await page.screenshot({ path: join(SCREENSHOTS, `account-${size.name}.png`), fullPage: true });
  }

  await webhooks.getByRole('button', { name: 'Delete Docketing system' }).click();
  await expect(
    webhooks.getByRole('heading', { level: 3, name: 'http://127.0.0.1:9/hooks', exact: true }),
  ).toHaveCount(0);
});

test('counsel turns email notices off and on again', async ({ page }) => {
  await openAccount(page);
  const notices = page.getByRole('region', { name: 'Notices' });
  const email = notices.getByLabel('Also send my notices by email');
  await expect(email).toBeChecked();

  await notices.getByText('Also send my notices by email').click();
  await notices.getByRole('button', { name: 'Save how I get notices' }).click();
  await expect(notices.getByText('Your notices will no longer be sent by email.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Also send my notices by email')).not.toBeChecked();

  await page.getByText('Also send my notices by email').click();
  await page.getByRole('button', { name: 'Save how I get notices' }).click();
  await expect(page.getByText('Your notices will also be sent by email.')).toBeVisible();
  await expect(page.getByLabel('Also send my notices by email')).toBeChecked();
  await expectAccessible(page);
});
