import { expect, Page, test } from '@playwright/test';
import { join } from 'node:path';
import {
  CASE_LINK,
  DEFENSE,
  demoSeeded,
  expectAccessible,
  openDispute,
  PRISONER,
  SCREENSHOTS,
  signIn,
} from './support';

/**
 * Conferring by telephone rather than by letter, through the browser only: the prisoner disputes an
 * answer of the seed's first set and offers times, counsel takes one and records the call (first with a
 * time not yet come, refused), proposes a resolution, and the prisoner confirms the record and accepts.
 */
test.beforeAll(async ({ request }) => {
  await demoSeeded(request);
});

const SUMMARY = 'The list of documents leaves out the yard video.';
const COURT_ZONE = 'America/Los_Angeles';

/** A moment as a `datetime-local` input takes it, on the court's clock. */
function onCourtClock(instant: number): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: COURT_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(instant));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}

const signOut = (page: Page) => page.getByRole('button', { name: 'Sign out' }).click();

test('the prisoner offers times, counsel takes one and records the call, and a proposed resolution ends the dispute', async ({
  page,
}) => {
  await signIn(page, PRISONER);
  await page.getByRole('link', { name: CASE_LINK }).first().click();
  await page.getByText('No. 3: Identify every document that records the incident.').click();
  await page.getByLabel('What is wrong with the answers').fill(SUMMARY);
  await page.getByRole('button', { name: 'Open the dispute' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Dispute: ${SUMMARY}` })).toBeVisible();

  await page.getByLabel('How', { exact: true }).first().selectOption('TELEPHONE');
  await page.getByLabel(/^A time you can confer/).fill('2027-01-12T10:00');
  await page
    .getByLabel(/^Another time you can confer/)
    .first()
    .fill('2027-01-13T14:30');
  await page.getByLabel('Your message').fill('I can take a call on the prison’s legal line at these times.');
  await page.getByRole('button', { name: 'Send the request to confer' }).click();
  await expect(
    page.getByText(/^You asked to confer by telephone on .*Times offered: January 12, 2027/),
  ).toBeVisible();
  await expect(page.getByText(/^Waiting for J\. Brannon to answer, by \w+ \d+, \d{4}\.$/)).toBeVisible();
  await expectAccessible(page);
  await signOut(page);

  // Counsel's first screen says what is asked of it, with one button to it.
  await signIn(page, DEFENSE);
  await page
    .getByRole('listitem')
    .filter({ hasText: /^Answer Luckert’s request to meet and confer by / })
    .getByRole('link', { name: 'Open the dispute' })
    .click();
  await page.getByText('I can confer January 12, 2027, 10:00 a.m. PST').click();
  await page.getByLabel(/^A message to the other side/).fill('Counsel will call the legal line.');
  await page.getByRole('button', { name: 'Send my answer' }).click();
  await expect(
    page.getByText(/^You accepted January 12, 2027, 10:00 a.m. PST\. “Counsel will call/),
  ).toBeVisible();

  // A conference not yet held is refused, and what was typed stays.
  const summary = page.getByLabel('What was discussed');
  await page.getByLabel(/^When it was held/).fill(onCourtClock(Date.now() + 3 * 3_600_000));
  await page.getByLabel('How long, in minutes').fill('20');
  await page.getByLabel(/^Who took part/).fill('Dana Wu, counsel for J. Brannon\nR. Luckert, pro se');
  await summary.fill('Whether the yard video is a record of the incident.');
  await page.getByLabel(/^What was agreed/).fill('Defendant will identify and produce the yard video.');
  await page.getByRole('button', { name: 'Record the conference' }).click();
  await expect(page.getByRole('alert')).toContainText('in the future');
  await expect(summary).toHaveValue('Whether the yard video is a record of the incident.');
  await page.getByLabel(/^When it was held/).fill(onCourtClock(Date.now()));
  await page.getByRole('button', { name: 'Record the conference' }).click();
  await expect(page.getByText(/^Conference by telephone recorded by you: held .*20 minutes/)).toBeVisible();
  await expect(page.getByText('Luckert has not yet confirmed or contested this record.')).toBeVisible();

  await page
    .getByLabel('What the parties agreed')
    .fill('Defendant identifies the yard video and produces it.');
  await page.getByLabel(/^The day the answers will be supplemented by/).fill('2027-01-29');
  await page.getByRole('button', { name: 'Propose this resolution' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Your proposed resolution' })).toBeVisible();
  await expectAccessible(page);
  await signOut(page);

  await page.setViewportSize({ width: 320, height: 640 });
  await openDispute(page, PRISONER, SUMMARY);
  await page.getByRole('button', { name: 'Confirm this record' }).click();
  await expect(page.getByText('You confirmed this record.')).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 2, name: 'J. Brannon proposes a resolution' }),
  ).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOTS, 'dispute-conference-phone.png'), fullPage: true });
  await page.getByRole('button', { name: 'Accept this resolution' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Resolved' })).toBeVisible();
  await expect(page.getByText('“Defendant identifies the yard video and produces it.”')).toBeVisible();
  await expect(page.getByText('This dispute is resolved; nothing more is done here.')).toBeVisible();
  await expectAccessible(page);
});
