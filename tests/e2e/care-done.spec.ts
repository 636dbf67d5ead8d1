import type { APIRequestContext } from '@playwright/test';
import type { Dashboard } from '../../src/shared/care/dashboard';
import { expect, test } from './fixtures';
import { typeDateTime, typedAt } from './form-fields';
import { call } from './call';
import { admitAt, istBefore, referOut } from './care-setup';

/*
 * Issue 11 "Done means" and "Bad input", the lines care.spec.ts and dashboard.spec.ts did not assert on the screen: an
 * eclampsia referral alone is urgent, a voided record has no timer, feedback before the departure and a departure
 * before the decision are refused with their messages and nothing saved, and every dashboard figure opens its rows.
 */

let now = Date.now();
test.beforeEach(async ({ request }) => {
  now = Date.now();
  await call(request, 'setLanguage', { ui_language: 'en' });
});

/** `minutesAgo` before the test's start as facility-local (IST) ISO. */
const ist = (minutesAgo = 0) => istBefore(now, minutesAgo);
const admit = (request: APIRequestContext, name: string, minutesAgo: number) => admitAt(request, name, ist(minutesAgo));

test('an eclampsia referral alone puts her on top as urgent; voiding her record takes her timer off the board', async ({
  page,
  request,
}) => {
  const mother = await admit(request, 'Gulnaz Parveen', 90);
  const row = page.getByTestId('today-row').filter({ hasText: 'Gulnaz Parveen' });
  await page.goto('/#/register');
  await expect(row).toHaveCount(1);
  await expect(row).not.toHaveAttribute('data-urgent', 'true');
  await expect(row.getByTestId('referral-timer')).toHaveCount(0);

  await call(request, 'recordReferralDecision', {
    id: mother.id,
    version: mother.version,
    referral: {
      receiving_facility_name: 'Sadar Hospital Kishanganj',
      decision_at: ist(10),
      reasons: ['eclampsia_severe_pre_eclampsia'],
    },
  });
  await page.reload();
  await expect(row).toHaveAttribute('data-urgent', 'true');
  await expect(row).toContainText('Urgent');
  await expect(row).toContainText('Eclampsia / severe pre-eclampsia');
  // Ten minutes by the typed (whole-minute) decision, eleven if the real clock has passed the next minute since.
  await expect(row.getByTestId('referral-timer')).toContainText(/decided 1[01] min ago/);
  // Urgent women come first: no woman above her is not urgent.
  const urgent = await page.getByTestId('today-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-urgent')));
  const at = (await page.getByTestId('today-row').allTextContents()).findIndex((t) => t.includes('Gulnaz Parveen'));
  expect(urgent.slice(0, at).every((u) => u === 'true')).toBe(true);
  // Her record runs the same timer on the referral, and asks no feedback before she has left.
  await page.goto(`/#/register/record/${mother.id}`);
  const track = page.getByTestId('referral-track');
  await expect(track.getByTestId('referral-timer')).toContainText(/decided 1[01] min ago \(target 30 min\)/);
  await expect(track).not.toContainText('No feedback yet');
  await page.goto('/#/register');

  // Voided (entered twice): off the board, no timer; a decision on it is refused with the reason named.
  const { record } = await call(request, 'getEpisode', { id: mother.id });
  const voided = await call(request, 'voidEpisode', { id: mother.id, version: record.version, reason_code: 'duplicate' });
  await page.reload();
  await expect(page.getByTestId('today-row').first()).toBeVisible();
  await expect(row).toHaveCount(0);
  expect((await call(request, 'getWardBoard', {})).entries.map((e) => e.id)).not.toContain(mother.id);
  const refused = await request.post('/api/recordReferralDecision', {
    data: { id: mother.id, version: voided.record.version, referral: { decision_at: ist(5) } },
  });
  expect(((await refused.json()) as { error: { message: string } }).error.message).toBe('error.episode_voided');
  await page.goto(`/#/register/record/${mother.id}`);
  await expect(page.getByTestId('record-risk').or(page.locator('h1')).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Refer', exact: true })).toHaveCount(0);
  await expect(page.getByTestId('referral-track')).toBeVisible();
  await expect(page.getByTestId('referral-timer')).toHaveCount(0);
});

test('feedback dated before the departure is refused on the screen with the departure named; nothing is saved', async ({
  page,
  request,
}) => {
  const mother = await admit(request, 'Afsana Khatoon', 180);
  await referOut(request, mother.id, { reasons: ['pph'], decision_at: ist(100), departure_at: ist(60) }, ist(60));
  await page.goto(`/#/register/record/${mother.id}`);
  await page.getByTestId('referral-track').getByRole('button', { name: 'Record feedback' }).click();
  const form = page.getByTestId('feedback-form');
  await typeDateTime(form, 'Feedback received at', typedAt(ist(90)));
  await form.getByRole('radio', { name: 'Not known', exact: true }).check();
  await form.getByRole('button', { name: 'Save' }).click();
  const departure = ist(60);
  const named = `${departure.slice(8, 10)}-${departure.slice(5, 7)}-${departure.slice(0, 4)} ${departure.slice(11, 16)}`;
  await expect(form.getByRole('alert')).toContainText(`Feedback cannot be before the departure (${named})`);
  await expect(page.getByTestId('referral-feedback')).toHaveCount(0);
  expect((await call(request, 'episodeReferrals', { id: mother.id }))[0]!.feedback).toBeNull();
});

test('a departure typed before the decision to refer is refused on the outcome form; the record stays open', async ({
  page,
  request,
}) => {
  const mother = await admit(request, 'Noorjahan Begum', 120);
  await call(request, 'recordReferralDecision', {
    id: mother.id,
    version: mother.version,
    referral: { receiving_facility_name: 'Sadar Hospital Kishanganj', decision_at: ist(20), reasons: ['aph'] },
  });
  await page.goto(`/#/register/record/${mother.id}/outcome`);
  await page.getByRole('radio', { name: 'Referred out', exact: true }).check();
  await typeDateTime(page, 'Date and time of leaving', typedAt(ist(40)));
  await page.keyboard.press('Control+s');
  const confirm = page.getByTestId('confirm-box');
  if (await confirm.isVisible().catch(() => false)) await confirm.getByRole('button').first().click();
  await expect(page.getByText('Departure cannot be before the decision to refer.').first()).toBeVisible();
  await expect(page).toHaveURL(/\/outcome$/);
  const { record } = await call(request, 'getEpisode', { id: mother.id });
  expect(record).toMatchObject({ record_state: 'admitted', outcome: null });
  expect(record.referrals[0]!.departure_at).toBeNull();
  // Still pending on the board, timer running.
  const board = await call(request, 'getWardBoard', {});
  expect(board.entries.find((e) => e.id === mother.id)?.pending).toContain('referral_pending');
});

test('every figure of the month at a glance opens its rows, each a link to its record', async ({ page, request }) => {
  const dashboard = await call(request, 'getDashboard', {});
  await page.goto('/#/dashboard');
  await expect(page.getByTestId('dashboard')).toBeVisible({ timeout: 30_000 });
  const figures = Object.entries(dashboard.rows) as [string, Dashboard['rows'][keyof Dashboard['rows']]][];
  const withRows = figures.filter(([, r]) => r.episode_ids.length + r.baby_ids.length > 0);
  expect(withRows.length).toBeGreaterThan(8);
  for (const [id, rows] of figures) {
    const button = page.locator(`[data-figure="${id}"]`);
    if (rows.episode_ids.length + rows.baby_ids.length === 0) {
      await expect(button).toBeDisabled();
      continue;
    }
    await button.click();
    const list = page.getByTestId('dashboard-rows');
    await expect(list.getByRole('link')).toHaveCount(rows.episode_ids.length + rows.baby_ids.length);
    // Every row is named by its serial number (the lookup carries each record), never a bare id.
    await expect(list.locator('.serial').filter({ hasText: /^#/ })).toHaveCount(0);
    await list.getByRole('button').last().click();
    await expect(list).toHaveCount(0);
  }
});

test('closing her otherwise while a decided referral has not left asks first, naming the facility', async ({ page, request }) => {
  const mother = await admit(request, 'Rubina Khatoon', 120);
  await call(request, 'recordReferralDecision', {
    id: mother.id,
    version: mother.version,
    referral: { receiving_facility_name: 'Sadar Hospital Kishanganj', decision_at: ist(30), reasons: ['aph'] },
  });
  await page.goto(`/#/register/record/${mother.id}/outcome`);
  await page.getByRole('radio', { name: 'Left against advice (LAMA)', exact: true }).check();
  await typeDateTime(page, 'Date and time of leaving', typedAt(ist(5)));
  await page.keyboard.press('Control+s');
  const question = 'A referral to Sadar Hospital Kishanganj was decided and no departure is recorded.';
  await expect(page.getByText(question).first()).toBeVisible();
  expect((await call(request, 'getEpisode', { id: mother.id })).record.outcome).toBeNull();
  await page.getByRole('button', { name: 'Confirm and save' }).click();
  await expect(page).toHaveURL(new RegExp(`#/register/record/${mother.id}$`));
  const { record } = await call(request, 'getEpisode', { id: mother.id });
  expect(record).toMatchObject({ outcome: 'lama', record_state: 'closed' });
  // The decision stays on the record, not carried out: no departure, so no delay and no follow-up; and, closed, no
  // timer runs on her record (nor on Today, which lists open records only).
  expect(record.referrals[0]).toMatchObject({ decision_at: expect.any(String), departure_at: null });
  await expect(page.getByTestId('referral-track')).toBeVisible();
  await expect(page.getByTestId('referral-timer')).toHaveCount(0);
});
