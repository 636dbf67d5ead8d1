import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures';
import { typeDateTime, typedAt } from './form-fields';
import { call } from './call';
import { admitAt, istBefore, referOut } from './care-setup';

/*
 * docs/domain/care.md end to end, in Chromium against the real service and a demo database: the one high-risk rule (a referral
 * reason makes her high-risk, named, on the record and in HMIS 1.9.3.a), the ward board and referral tracking.
 */

let now = Date.now();
test.beforeEach(async ({ request }) => {
  // On a whole minute: a typed time (minutes only) is then exactly N minutes before it, and a timer read a few seconds
  // later on a loaded machine cannot have crossed into the next minute.
  now = Math.floor(Date.now() / 60_000) * 60_000;
  await call(request, 'setLanguage', { ui_language: 'en' });
});

/** `minutesAgo` before the test's start as facility-local (IST) ISO. */
const ist = (minutesAgo = 0) => istBefore(now, minutesAgo);
const admit = (request: APIRequestContext, name: string, minutesAgo: number, extra = {}) =>
  admitAt(request, name, ist(minutesAgo), extra);

test('an eclampsia referral names the high-risk reason on the record and counts in HMIS 1.9.3.a', async ({ page, request }) => {
  const mother = await admit(request, 'Rukhsana Khatun', 120);
  const month = ist().slice(0, 7);
  const item = async () => (await call(request, 'getHmisReport', { month })).items.find((i) => i.item_no === '1.9.3.a')!;
  const before = await item();
  expect(before.episode_ids).not.toContain(mother.id);

  const closed = await referOut(
    request,
    mother.id,
    { reasons: ['eclampsia_severe_pre_eclampsia'], decision_at: ist(60), departure_at: ist(30) },
    ist(30),
  );
  expect(closed.risk_reasons).toEqual([
    expect.objectContaining({ code: 'referral_reason.eclampsia_severe_pre_eclampsia', urgent: true }),
  ]);

  const after = await item();
  expect(after.episode_ids).toContain(mother.id);
  expect(after.value).toBe((before.value ?? 0) + 1);

  await page.goto(`/#/register/record/${mother.id}`);
  const risk = page.getByTestId('record-risk');
  await expect(risk).toContainText('Referral for: Eclampsia / severe pre-eclampsia');
  await expect(risk.locator('li.urgent')).toHaveCount(1);
  await expect(risk).toContainText('Urgent');
});

/** A typed date and time as the forms take them, `minutesAgo` before the test's start (IST). */
test('an urgent woman tops the board; the referral timer turns red past the target; departure stops it and the delay shows on record, slip and register', async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.clock.install({ time: new Date(now) });
  const mother = await admit(request, 'Shabnam Ara', 90, { bp_systolic: 170, bp_diastolic: 112 });

  // The decision to refer, from the record's side panel (typed 25 minutes ago).
  await page.goto(`/#/register/record/${mother.id}`);
  await page.getByRole('button', { name: 'Refer', exact: true }).click();
  const panel = page.getByTestId('referral-decision-panel');
  await panel.getByLabel('Referred to (facility)').fill('Sadar Hospital Kishanganj');
  await typeDateTime(panel, 'Decision to refer at', typedAt(ist(25)));
  await panel.getByRole('checkbox', { name: 'Eclampsia / severe pre-eclampsia' }).check();
  await panel.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toContainText('Decision to refer saved.');

  await page.goto('/#/register');
  const first = page.getByTestId('today-row').first();
  await expect(first).toContainText('Shabnam Ara');
  await expect(first).toHaveAttribute('data-urgent', 'true');
  await expect(first).toContainText('Severe hypertension: BP 170/112');
  await expect(first).toContainText('Referral for: Eclampsia / severe pre-eclampsia');
  const timer = first.getByTestId('referral-timer');
  await expect(timer).toContainText('decided 25 min ago (target 30 min)');
  await expect(timer).toHaveAttribute('data-late', 'false');
  await page.screenshot({ path: 'test-results/care-board-en.png' });

  // Six minutes later (the screen's clock): past the 30-minute target, red.
  await page.clock.fastForward('06:00');
  await expect(timer).toContainText('decided 31 min ago');
  await expect(timer).toHaveAttribute('data-late', 'true');
  await expect(timer).toHaveCSS('color', 'rgb(179, 38, 30)');
  await expect(timer).toContainText('Past the target');
  await page.screenshot({ path: 'test-results/care-timer-late-en.png' });
  await call(request, 'setLanguage', { ui_language: 'hi' });
  await page.reload();
  await expect(page.getByTestId('referral-timer').first()).toContainText('लक्ष्य से देर');
  await page.screenshot({ path: 'test-results/care-board-hi.png' });
  await call(request, 'setLanguage', { ui_language: 'en' });
  await page.reload();

  // Departure: the outcome "referred out" (the pending referral's content is carried over), leaving now.
  await page.getByTestId('today-row').first().getByRole('button', { name: 'Outcome' }).click();
  await page.getByRole('radio', { name: 'Referred out', exact: true }).check();
  await typeDateTime(page, 'Date and time of leaving', typedAt(ist(0)));
  await expect(page.getByTestId('referral-section').getByLabel('Referred to (facility)')).toHaveValue(
    'Sadar Hospital Kishanganj',
  );
  await page.keyboard.press('Control+s');
  const confirm = page.getByTestId('confirm-box');
  if (await confirm.isVisible().catch(() => false)) await confirm.getByRole('button').first().click();
  await expect(page).toHaveURL(new RegExp(`#/register/record/${mother.id}$`));
  await expect(page.getByTestId('referral-delay')).toContainText('Referral delay (decision to departure): 25 min');

  const board = await call(request, 'getWardBoard', {});
  expect(board.entries.find((e) => e.id === mother.id)).toBeUndefined();
  const slip = await call(request, 'previewSlip', { episode_id: mother.id, slip: 'referral' });
  expect(slip.html).toContain('25 मिनट');
  expect(slip.html).toContain('25 min');

  await page.goto('/#/register/book');
  await page
    .getByRole('searchbox')
    .or(page.getByLabel(/Search|Find in the register/))
    .first()
    .fill('Shabnam');
  await expect(page.getByTestId('book-referral-delay').first()).toContainText('Referral delay: 25 min');
});

// The 7-day mark itself, on a moved clock, is care-follow-up.spec.ts; here the referrals are entered late.
test('feedback is recorded on the record of a referral from the follow-up list', async ({ page, request }) => {
  const day = 24 * 60;
  const late = await admit(request, 'Nasreen Begum', 9 * day);
  await referOut(
    request,
    late.id,
    { reasons: ['aph'], decision_at: ist(8 * day + 50), departure_at: ist(8 * day) },
    ist(8 * day),
  );
  const recent = await admit(request, 'Kamla Devi', 4 * day);
  await referOut(
    request,
    recent.id,
    { reasons: ['aph'], decision_at: ist(3 * day + 30), departure_at: ist(3 * day) },
    ist(3 * day),
  );

  await page.goto('/#/register');
  await page.getByTestId('follow-up-link').click();
  const rows = page.getByTestId('follow-up-row');
  await expect(rows.filter({ hasText: 'Nasreen Begum' })).toContainText('8 days');
  await expect(rows.filter({ hasText: 'Kamla Devi' })).toHaveCount(0);

  // Bad input: feedback dated before the departure is refused with the departure named; nothing is saved.
  const [track] = await call(request, 'episodeReferrals', { id: late.id });
  const refused = await request.post('/api/recordReferralFeedback', {
    data: {
      referral_id: track!.referral_id,
      feedback: {
        feedback_received_at: ist(9 * day),
        feedback_channel: null,
        reached_at: null,
        arrival_outcome: 'unknown',
        delivery_mode: null,
        baby_outcome: null,
        diagnosis: null,
        advice: null,
      },
    },
  });
  expect(((await refused.json()) as { error: { issues: { message: string }[] } }).error.issues[0]!.message).toBe(
    'care.v.feedback_before_departure',
  );

  await rows.filter({ hasText: 'Nasreen Begum' }).getByRole('link').click();
  await page.getByTestId('referral-track').getByRole('button', { name: 'Record feedback' }).click();
  const form = page.getByTestId('feedback-form');
  await form.getByRole('radio', { name: 'Phone', exact: true }).check();
  await form.getByRole('radio', { name: 'Delivered there', exact: true }).check();
  await form.getByRole('radio', { name: 'Caesarean (emergency)', exact: true }).check();
  await form.getByLabel('Advice').fill('BP check at the PHC after one week');
  await form.getByRole('button', { name: 'Save' }).click();
  const feedback = page.getByTestId('referral-feedback');
  await expect(feedback).toContainText('Delivered there');
  await expect(feedback).toContainText('Caesarean (emergency)');
  await expect(feedback).toContainText('BP check at the PHC after one week');
  expect((await call(request, 'referralFollowUps', {})).map((r) => r.episode_id)).not.toContain(late.id);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByTestId('referral-tracks').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/care-feedback-en.png' });
  await call(request, 'setLanguage', { ui_language: 'hi' });
  await page.reload();
  await expect(page.getByTestId('referral-feedback')).toContainText('वहाँ प्रसव हुआ');
  await page.getByTestId('referral-tracks').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/care-feedback-hi.png' });
  await page.goto('/#/register/follow-up');
  await expect(page.getByTestId('follow-up-table')).toBeVisible();
  await page.screenshot({ path: 'test-results/care-follow-up-hi.png' });
});

test('the admin changes a high-risk threshold in Settings → Care and the record follows it', async ({ page, request }) => {
  const mother = await admit(request, 'Parveen Khatun', 60, { age_years: 32 });
  expect((await call(request, 'getEpisode', { id: mother.id })).risk_reasons).toEqual([]);
  await page.goto('/#/settings/care');
  const form = page.getByTestId('care-policy-form');
  await form.getByLabel('High risk: age over').fill('30');
  await form.getByLabel('Referral target: decision to departure (minutes)').fill('0');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  expect((await call(request, 'getCarePolicy', {})).referral_target_minutes).toBe(30);
  await form.getByLabel('Referral target: decision to departure (minutes)').fill('45');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Care settings saved.')).toBeVisible();
  expect(await call(request, 'getCarePolicy', {})).toMatchObject({ risk_age_above: 30, referral_target_minutes: 45 });
  await page.goto(`/#/register/record/${mother.id}`);
  await expect(page.getByTestId('record-risk')).toContainText('Age 32 (over 30)');
  await call(request, 'updateCarePolicy', { risk_age_above: 35, referral_target_minutes: 30 });
});
