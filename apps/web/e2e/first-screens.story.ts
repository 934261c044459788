import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { demoSeeded, expectAccessible, PRISONER, SCREENSHOTS, signIn, WIDTHS } from './support';

test.beforeAll(async ({ request }) => {
  await demoSeeded(request);
  mkdirSync(SCREENSHOTS, { recursive: true });
});

for (const size of WIDTHS) {
  test(`the prisoner signs in and sees what to do next (${size.name}, ${size.width} px)`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await signIn(page, PRISONER);
    await expect(page.getByRole('heading', { level: 1, name: 'What to do next' })).toBeVisible();
    await expect(page.getByText('Loading your deadlines…')).toBeHidden();
    await expect(page.getByRole('heading', { level: 2, name: 'New notices' })).toBeVisible();
    await expectAccessible(page);
    await page.screenshot({ path: join(SCREENSHOTS, `party-first-screen-${size.name}.png`), fullPage: true });

    // A reload keeps the session (the refresh token), then signing out forgets it.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'What to do next' })).toBeVisible();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Parley' })).toBeVisible();
  });
}

test('a wrong password is refused in plain words, and what was typed stays', async ({ page }) => {
  await signIn(page, PRISONER, 'not the passphrase');
  await expect(page.getByRole('alert')).toContainText('You are not signed in');
  await expect(page.getByLabel('Email address')).toHaveValue(PRISONER);
  await expect(page.getByLabel('Password')).toHaveValue('not the passphrase');
  await expectAccessible(page);
  await page.screenshot({ path: join(SCREENSHOTS, 'sign-in-refused.png') });
});

test('the first screen’s JavaScript is at most 250 KB gzipped', async ({ page }) => {
  const scripts: Buffer[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') scripts.push(await response.body());
  });
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Parley' })).toBeVisible();
  const gzipped = scripts.reduce((sum, body) => sum + gzipSync(body).length, 0);
  expect(scripts.length).toBeGreaterThan(0);
  expect(gzipped).toBeLessThanOrEqual(250 * 1024);
});

test('the API serves the app at /: hashed assets cached for a year, the page never, GraphQL where it was', async ({
  request,
}) => {
  const page = await request.get('/', { headers: { accept: 'text/html' } });
  expect(page.headers()['cache-control']).toBe('no-cache');
  const html = await page.text();
  const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  expect(script).toBeDefined();
  const asset = await request.get(script as string);
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  // A deep link opens the app; a client that is not a browser gets the API's not-found.
  const deep = await request.get('/cases/anything', { headers: { accept: 'text/html' } });
  expect(await deep.text()).toBe(html);
  const api = await request.get('/no-such-thing', { headers: { accept: 'application/json' } });
  expect(api.status()).toBe(404);
  const graphql = await request.post('/graphql', { data: { query: '{ __typename }' } });
  expect(await graphql.json()).toEqual({ data: { __typename: 'Query' } });
});
