import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { CASE_LINK, DEFENSE, demoSeeded, expectAccessible, SCREENSHOTS, signIn } from './support';

/**
 * Counsel brings a paralegal into the case: the invitation link opens the web app, where the invitee
 * creates an account on the way (a guessable password is refused in the API's words, nothing typed
 * lost), joins, and finds the case on the first screen.
 */
test.beforeAll(async ({ request }) => {
  await demoSeeded(request);
});

const PARALEGAL = 'sam.ortiz@brannon-law.demo';

test('an invitation link lets a newcomer register on the way and join the case', async ({ page }) => {
  await signIn(page, DEFENSE);
  await page.getByRole('link', { name: CASE_LINK }).first().click();
  await page.getByLabel('For which party').selectOption({ label: 'J. Brannon' });
  await page.getByLabel('As', { exact: true }).selectOption('PARALEGAL');
  await page.getByLabel('Their email address').fill(PARALEGAL);
  await page.getByRole('button', { name: 'Create the invitation link' }).click();
  const shown = page.getByRole('status').filter({ hasText: `Give this link to ${PARALEGAL}` });
  await expect(shown).toBeVisible();
  const link = (await shown.getByText('/invitations/').textContent()) ?? '';
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/invitations\/\S+$/);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Sign out' }).click();

  await page.setViewportSize({ width: 320, height: 640 });
  // Signed out, the sign-in screen offers an account, and the account screen offers the way back.
  await page.getByRole('link', { name: 'Create an account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Create your Parley account' })).toBeVisible();
  await expectAccessible(page);
  await page.goto(link);
  await expect(
    page.getByRole('heading', { level: 1, name: 'You are invited to a case on Parley' }),
  ).toBeVisible();
  await page.getByLabel('Your full name, as you sign papers').fill('Sam Ortiz');
  await page.getByLabel('Your email address').fill(PARALEGAL);
  await page.getByLabel(/^Choose a password/).fill('password12');
  await page.getByLabel(/^Firm/).fill('Brannon Law LLP');
  await page.getByRole('button', { name: 'Create my account' }).click();
  await expect(page.getByRole('alert')).toContainText('too easy to guess');
  await expect(page.getByLabel(/^Firm/)).toHaveValue('Brannon Law LLP');
  await expectAccessible(page);
  await page.screenshot({ path: join(SCREENSHOTS, 'invitation-phone.png'), fullPage: true });

  await page.getByLabel(/^Choose a password/).fill('lantern orchard velvet quarry');
  await page.getByRole('button', { name: 'Create my account' }).click();
  await page.getByRole('button', { name: 'Join the case' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'You joined the case for J. Brannon' }),
  ).toBeVisible();
  await expect(page.getByText('You joined as a paralegal.')).toBeVisible();
  await page.getByRole('link', { name: 'See what to do next' }).click();
  await expect(page.getByRole('link', { name: CASE_LINK }).first()).toBeVisible();

  // The link works once.
  await page.goto(link);
  await page.getByRole('button', { name: 'Join the case' }).click();
  await expect(page.getByRole('alert')).toContainText('This invitation has already been used.');
});
