import { APIRequestContext, expect, Page, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  CHAMBERS,
  DEFENSE,
  demoSeeded,
  expectAccessible,
  PASSWORD,
  SCREENSHOTS,
  signIn,
  WIDTHS,
} from './support';

const ADMIN = 'admin@parley.demo';
const DANA_PHONE = '(415) 555-0142';

test.beforeAll(async ({ request }) => {
  await demoSeeded(request);
  mkdirSync(SCREENSHOTS, { recursive: true });
});

/** Every width of a screen: nothing pushes it sideways, axe finds nothing, and a screenshot to look at. */
async function atEveryWidth(page: Page, name: string) {
  for (const size of WIDTHS) {
    await page.setViewportSize(size);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
    await expectAccessible(page);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${size.name}.png`), fullPage: true });
  }
}

async function openAccount(page: Page) {
  await signIn(page, DEFENSE);
  await page.getByRole('link', { name: 'Your account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
  await expect(page.getByText(/^Loading/)).toHaveCount(0);
}

test('counsel changes the telephone of her signature block, is refused a wrong one, and puts it back', async ({
  page,
}) => {
  await openAccount(page);
  const block = page.getByRole('region', { name: 'Your signature block', exact: true });
  await expect(block).toContainText('N.D. Cal. Civil L.R. 3-4(a)(1)');
  const phone = block.getByLabel(/Telephone/);
  await expect(phone).toHaveValue(DANA_PHONE);
  await expect(block.getByLabel(/Firm or office/)).toHaveValue('Wu & Brannon Law Group LLP');
  await expect(block.getByLabel(/Mailing address/)).toHaveValue(
    /^1 Market Street, Suite 2400\nSan Francisco/,
  );

  // The API judges the number; its refusal keeps what was typed.
  await phone.fill('call the front desk');
  await block.getByRole('button', { name: 'Save the signature block' }).click();
  await expect(block.getByRole('alert')).toContainText('telephone must be a telephone number');
  await expect(phone).toHaveValue('call the front desk');

  await phone.fill('(415) 555-0199');
  await block.getByRole('button', { name: 'Save the signature block' }).click();
  await expect(block.getByText('Papers you sign from now on carry this signature block.')).toBeVisible();
  await expect(block.getByRole('alert')).toHaveCount(0);
  await atEveryWidth(page, 'account-signature');

  // Saved means saved: a reload shows it, and the other lines were left as they were.
  await page.reload();
  await expect(phone).toHaveValue('(415) 555-0199');
  await expect(block.getByLabel(/State Bar number/)).toHaveValue('214793');
  await phone.fill(DANA_PHONE);
  await block.getByRole('button', { name: 'Save the signature block' }).click();
  await expect(block.getByText('Papers you sign from now on carry this signature block.')).toBeVisible();
  await page.reload();
  await expect(phone).toHaveValue(DANA_PHONE);
});

test('counsel makes a calendar address, sees it once, and stops it', async ({ page }) => {
  await openAccount(page);
  const feeds = page.getByRole('region', { name: 'Calendar addresses' });
  const stopButtons = feeds.getByRole('button', { name: /^Stop the address made / });
  const before = await stopButtons.count();

  await feeds.getByRole('button', { name: 'Make a calendar address for my deadlines' }).click();
  await expect(feeds.getByRole('heading', { name: 'Your new calendar address' })).toBeVisible();
  await expect(feeds.getByText('It will not be shown again.')).toBeVisible();
  const address = (await feeds.locator('code').innerText()).trim();
  expect(address).toMatch(/^http:\/\/.*\/calendar\/.+\.ics$/);
  await expect(stopButtons).toHaveCount(before + 1);
  await expect(feeds.getByRole('row').last()).toContainText('Not stopped');
  await atEveryWidth(page, 'account-calendar');

  // Once means once: after a reload the address is listed by when it was made, itself nowhere.
  await page.reload();
  await expect(stopButtons).toHaveCount(before + 1);
  await expect(page.getByText(address)).toHaveCount(0);

  await stopButtons.last().click();
  await expect(stopButtons).toHaveCount(before);
  await expect(feeds.getByRole('row').last()).not.toContainText('Not stopped');
  // A stopped address answers nothing.
  expect((await page.request.get(address)).ok()).toBe(false);
});

/**
 * Two cases of the court under one docket number, opened through the API by someone registered for
 * this story alone, so no demo case or person another story relies on changes.
 */
async function twoCasesClaiming(request: APIRequestContext, docketNumber: string) {
  const call = async (query: string, variables: object, token?: string) => {
    const response = await request.post('/graphql', {
      data: { query, variables },
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return body.data as Record<string, never>;
  };
  const address = '12 Pier Road\nOakland, CA 94607';
  const { register } = await call(
    'mutation ($input: RegisterInput!) { register(input: $input) { accessToken } }',
    {
      input: {
        email: `quill-${Date.now()}@example.org`,
        name: 'Pat Quill',
        password: PASSWORD,
        mailingAddress: address,
      },
    },
  );
  const token = (register as { accessToken: string }).accessToken;
  const { courts } = await call('{ courts { id district } }', {}, token);
  const court = (courts as Array<{ id: string; district: string }>).find((c) => c.district === 'N.D. Cal.');
  for (const title of ['Quill v. Harbor Co.', 'Quill v Harbor Company']) {
    await call(
      'mutation ($input: CreateCaseInput!) { createCase(input: $input) { id } }',
      {
        input: {
          courtId: court?.id,
          docketNumber,
          title,
          judge: 'Laporte',
          myPartyIndex: 0,
          myRole: 'PRO_SE',
          parties: [
            { name: 'P. Quill', side: 'PLAINTIFF', proSe: true, mailingAddress: address },
            { name: 'Harbor Co.', side: 'DEFENDANT' },
          ],
        },
      },
      token,
    );
  }
}

test('the court’s clerk reads the docket numbers claimed by more than one case', async ({
  page,
  request,
}) => {
  const docketNumber = `C 26-${String(Date.now() % 10_000).padStart(4, '0')} LB`;
  await twoCasesClaiming(request, docketNumber);
  await signIn(page, CHAMBERS);
  await page.getByRole('link', { name: 'Docket numbers claimed by more than one case' }).click();
  await expect(page).toHaveURL(/\/court\/docket-conflicts$/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Docket numbers claimed by more than one case' }),
  ).toBeVisible();
  const conflict = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: `No. ${docketNumber}` }) });
  await expect(conflict).toContainText('2 Parley cases claim this docket number, the oldest first:');
  const claims = conflict.getByRole('listitem');
  await expect(claims).toHaveCount(2);
  await expect(claims.first()).toContainText(
    /^Quill v\. Harbor Co\., claimed on Parley \w+ \d+, \d{4}, \d+:\d\d [ap]\.m\. P[SD]T\./,
  );
  await expect(claims.first()).toContainText(
    'Parties: P. Quill (plaintiff, represented on Parley); Harbor Co. (defendant, nobody on Parley).',
  );
  await expect(claims.last()).toContainText('Quill v Harbor Company');
  await atEveryWidth(page, 'court-docket-conflicts');
  await page.getByRole('link', { name: 'Back to the docket' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Discovery disputes before the court' }),
  ).toBeVisible();
});

test('the admin gets a link to the queue board and runs a queue’s failed jobs again', async ({ page }) => {
  await signIn(page, ADMIN);
  await expect(page.getByRole('heading', { level: 1, name: 'Courts on Parley' })).toBeVisible();
  const jobs = page.getByRole('region', { name: 'Background jobs' });

  await jobs.getByRole('button', { name: 'Get a link to the queue board' }).click();
  const board = jobs.getByRole('link', { name: 'Open the queue board' });
  await expect(board).toHaveAttribute('href', /^http:\/\/[^/]+\/admin\/queues\/enter#.+/);
  await expect(
    jobs.getByText(/^The link works until \w+ \d+, \d{4}, \d+:\d\d [ap]\.m\. .+; after that/),
  ).toBeVisible();

  await jobs.getByRole('button', { name: 'Run the failed deadline jobs again' }).click();
  await expect(jobs.getByRole('status').filter({ hasText: /deadline/ })).toHaveText(
    /^(No deadline job had failed: nothing was run again\.|\d+ failed deadline jobs? (was|were) run again\.)$/,
  );
  await atEveryWidth(page, 'admin-queues');

  // The link opens the board itself.
  await board.click();
  await expect(page).toHaveURL(/\/admin\/queues(\/)?$/);
});
