import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { DEFENSE, demoSeeded, expectAccessible, SCREENSHOTS, signIn } from './support';

/** Defense counsel answers the set the prisoner served (b-a-party-serves-discovery) from What to do next. */
test.beforeAll(async ({ request }) => {
  await demoSeeded(request);
});

test('counsel asks for more time, then answers with an objection, and the unsworn answers are flagged', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await signIn(page, DEFENSE);
  const todo = page.getByRole('listitem').filter({ hasText: 'Second Set of Interrogatories' });
  await todo.getByRole('link', { name: 'Answer now' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Answer “Second Set of Interrogatories”' }),
  ).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel(/Propose a new date for the responses/).fill('01/29/2027');
  await page.getByRole('button', { name: 'Propose this date' }).click();
  await expect(
    page.getByText('Proposed: responses move to January 29, 2027 when the other side agrees.'),
  ).toBeVisible();
  await expect(page.getByText('Waiting for the other side to agree.')).toBeVisible();

  await page.getByLabel('Answer to No. 1').fill('Sgt. Okafor wrote Incident report 12-0314.');
  await page.getByLabel(/Objections to No\. 1/).fill('Vague as to "author".');
  await page.screenshot({ path: join(SCREENSHOTS, 'answer-set-phone.png'), fullPage: true });
  await page.getByRole('button', { name: 'Sign and serve the responses' }).click();
  const done = page.getByRole('heading', { level: 1, name: 'Responses served' });
  await expect(done).toBeVisible();
  await expect(page.getByText(/flagged unverified \(FRCP 33\(b\)\(3\)\)/)).toBeVisible();
  await expectAccessible(page);
});
