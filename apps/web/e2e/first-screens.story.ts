import AxeBuilder from '@axe-core/playwright';
import { APIRequestContext, expect, Page, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const PASSWORD = 'luckert brannon demo harbor';
const PRISONER = 'luckert@parley.demo';
const SCREENSHOTS = join(__dirname, '..', '..', '..', 'docs', 'screenshots');
const WIDTHS = [
  { name: 'phone', width: 320, height: 640 },
  { name: 'desktop', width: 1280, height: 800 },
];

/** The demo is seeded right after the API starts listening: wait until its people can sign in. */
async function demoSeeded(request: APIRequestContext) {
  await expect
    .poll(
      async () => {
        const response = await request.post('/graphql', {
          data: {
            query: `mutation { login(input: { email: "${PRISONER}", password: "${PASSWORD}" }) { accessToken } }`,
          },
        });
        return ((await response.json()) as { data?: unknown }).data ? 'seeded' : 'not yet';
      },
      { timeout: 120_000, intervals: [500] },
    )
    .toBe('seeded');
}

/** WCAG 2.1 AA, as axe checks it: nothing is allowed through. */
async function expectAccessible(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

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
    await page.screenshot({ path: join(SCREENSHOTS, `party-home-${size.name}.png`), fullPage: true });

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
