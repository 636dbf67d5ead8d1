import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { typeDateTime, typedAt } from './form-fields';
import { call } from './call';
import { admitAt, istBefore, referOut } from './care-setup';

/*
 * Referral writes follow the register's rule for changing saved values: the service asks why when a referral changes a
 * submitted month's figures, and a correction of a saved decision or feedback asks why on the screen (ReferralTracking).
 */

/** Last complete month's report made final (0 in each item typed by hand, every warning acknowledged) and submitted. */
async function submitLastMonth(request: APIRequestContext): Promise<string> {
  const report = await call(request, 'getHmisReport', {});
  const where = { month: report.month, format_id: report.format.id };
  const manual = Object.fromEntries(
    report.items.filter((i) => i.source === 'manual').map((i) => [i.item_no, { in_facility: 0, outreach: null }]),
  );
  const typed = await call(request, 'saveHmisInputs', { ...where, version: report.version, patch: { manual } });
  const open = typed.checks.filter((c) => c.severity === 'warning' && !c.passed && !c.acknowledgement);
  const acknowledgements = Object.fromEntries(open.map((c) => [c.ack_key, 'Checked with the labour-room register']));
  const final = await call(request, 'saveHmisInputs', { ...where, version: typed.version, patch: { acknowledgements } });
  await call(request, 'submitHmisReport', { ...where, version: final.version });
  return report.month;
}

const history = async (request: APIRequestContext, id: number) => JSON.stringify(await call(request, 'episodeHistory', { id }));

async function openRefer(page: Page, id: number): Promise<Locator> {
  await page.goto(`/#/register/record/${id}`);
  await page.getByRole('button', { name: 'Refer', exact: true }).click();
  return page.getByTestId('referral-decision-panel');
}

/**
 * The decision saved: the panel closes and the record says so. (The message of an earlier save stays on the record
 * while the panel is open again, so the panel closing is what shows this save went through.)
 */
async function expectSaved(page: Page, panel: Locator) {
  await expect(panel).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Decision to refer saved.' })).toBeVisible();
}

test.beforeEach(async ({ request }) => {
  await call(request, 'setLanguage', { ui_language: 'en' });
});

test('a referral decision that changes a submitted month asks why; correcting the decision asks why', async ({
  page,
  request,
}) => {
  const month = await submitLastMonth(request);
  // A woman referred in, admitted on the 28th of that month and still here (entered late, with its reason).
  const { record } = await call(request, 'admitMother', {
    fields: {
      mother_name: 'Zainab Khatoon',
      age_years: 26,
      admission_at: `${month}-28T09:00:00+05:30`,
      admission_category: 'referred_in',
    },
    reason: 'Admission register page found late',
    acknowledge_warnings: true,
  });

  // Eclampsia makes her high-risk: HMIS 1.9.4.a of the submitted month changes, so the service asks why.
  let panel = await openRefer(page, record.id);
  await panel.getByLabel('Referred to (facility)').fill('Sadar Hospital Kishanganj');
  await typeDateTime(panel, 'Decision to refer at', typedAt(`${month}-28T10:00`));
  await panel.getByRole('checkbox', { name: 'Eclampsia / severe pre-eclampsia' }).check();
  await expect(panel.getByLabel('Reason for the correction')).toHaveCount(0);
  await panel.getByRole('button', { name: 'Save' }).click();
  await expect(panel.getByText(`This changes the submitted report of ${month}`).first()).toBeVisible();
  await page.setViewportSize({ width: 1366, height: 768 });
  await panel.getByLabel('Reason for the correction').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/care-refer-reason-en.png' });
  expect((await call(request, 'getEpisode', { id: record.id })).record.referrals).toEqual([]);
  await panel.getByLabel('Reason for the correction').fill('Referral slip copy found in the file');
  await panel.getByRole('button', { name: 'Save' }).click();
  await expectSaved(page, panel);
  expect(await history(request, record.id)).toContain('Referral slip copy found in the file');
  const report = await call(request, 'getHmisReport', { month });
  expect(report.changes?.items.map((i) => i.item_no)).toContain('1.9.4.a');

  // Correcting the saved decision (another facility) asks why before anything is sent.
  panel = await openRefer(page, record.id);
  await panel.getByLabel('Referred to (facility)').fill('MGM Medical College, Kishanganj');
  await expect(panel.getByLabel('Reason for the correction')).toBeVisible();
  await panel.getByRole('button', { name: 'Save' }).click();
  await expect(panel.getByRole('alert')).toContainText('Write why the saved value is being changed');
  await panel.getByLabel('Reason for the correction').fill('Wrong facility written first');
  await panel.getByRole('button', { name: 'Save' }).click();
  await expectSaved(page, panel);
  const after = (await call(request, 'getEpisode', { id: record.id })).record.referrals[0]!;
  expect(after.receiving_facility_name).toBe('MGM Medical College, Kishanganj');
  expect(await history(request, record.id)).toContain('Wrong facility written first');
});

test('correcting saved feedback asks why; the reason is kept in the history', async ({ page, request }) => {
  const now = Date.now();
  const ist = (minutesAgo: number) => istBefore(now, minutesAgo);
  const record = await admitAt(request, 'Ruksar Bano', ist(300), { age_years: 23 });
  await referOut(request, record.id, { reasons: ['aph'], decision_at: ist(240), departure_at: ist(200) }, ist(200));
  const [track] = await call(request, 'episodeReferrals', { id: record.id });
  await call(request, 'recordReferralFeedback', {
    referral_id: track!.referral_id,
    feedback: {
      feedback_received_at: ist(10),
      feedback_channel: 'phone',
      reached_at: ist(150),
      arrival_outcome: 'referred_on',
      delivery_mode: null,
      baby_outcome: null,
      diagnosis: null,
      advice: 'Referred on to PMCH Patna',
    },
  });

  await page.goto(`/#/register/record/${record.id}`);
  await page.getByTestId('referral-track').getByRole('button', { name: 'Record feedback' }).click();
  const form = page.getByTestId('feedback-form');
  await expect(form.getByLabel('Reason for the correction')).toHaveCount(0);
  await form.getByLabel('Advice').fill('Referred on to AIIMS Patna');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByRole('alert')).toContainText('Write why the saved value is being changed');
  await form.getByLabel('Reason for the correction').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/care-feedback-reason-en.png' });
  await form.getByLabel('Reason for the correction').fill('The ASHA named the other hospital');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('referral-feedback')).toContainText('Referred on to AIIMS Patna');
  expect(await history(request, record.id)).toContain('The ASHA named the other hospital');
});
