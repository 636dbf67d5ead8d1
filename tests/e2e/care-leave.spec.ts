import type { Dialog, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { call } from './call';

/*
 * The record's referral forms keep no draft: leaving one with typed entries (here by Alt+T, the same question as a
 * link, Find or logout) asks first, and a form opened and left untouched, or saved, does not ask.
 */

test.use({ loginAs: 'clerk' });

const now = Date.now();
const ist = (minutesAgo: number) => `${new Date(now - minutesAgo * 60_000 + 330 * 60_000).toISOString().slice(0, 16)}:00+05:30`;

/** Presses Alt+T and returns the question asked ('' for none), answering it with `answer`. */
async function leaveByAltT(page: Page, answer: 'stay' | 'leave'): Promise<string> {
  let asked = '';
  const onDialog = (dialog: Dialog) => {
    asked = dialog.message();
    void (answer === 'stay' ? dialog.dismiss() : dialog.accept());
  };
  page.on('dialog', onDialog);
  await page.keyboard.press('Alt+t');
  if (answer === 'stay') await expect.poll(() => asked).not.toBe('');
  else await expect(page).toHaveURL(/#\/register$/);
  page.off('dialog', onDialog);
  return asked;
}

test('the referral decision asks before typed entries are lost; untouched or saved, it does not', async ({ page, request }) => {
  await call(request, 'setLanguage', { ui_language: 'en' });
  const { record } = await call(request, 'admitMother', {
    fields: { mother_name: 'Nasreen Khatoon', age_years: 22, admission_at: ist(120) },
    acknowledge_warnings: true,
  });
  const refer = async () => {
    await page.goto(`/#/register/record/${record.id}`);
    await page.getByRole('button', { name: 'Refer', exact: true }).click();
    return page.getByTestId('referral-decision-panel');
  };

  await refer();
  expect(await leaveByAltT(page, 'leave')).toBe('');

  const panel = await refer();
  await panel.getByLabel('Referred to (facility)').fill('Sadar Hospital Kishanganj');
  expect(await leaveByAltT(page, 'stay')).toContain('The decision to refer is not saved');
  await expect(page).toHaveURL(new RegExp(`#/register/record/${record.id}$`));
  await expect(panel.getByLabel('Referred to (facility)')).toHaveValue('Sadar Hospital Kishanganj');

  await panel.getByRole('checkbox', { name: 'Eclampsia / severe pre-eclampsia' }).check();
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status')).toContainText('Decision to refer saved.');
  expect(await leaveByAltT(page, 'leave')).toBe('');
});

test('the feedback form asks in Hindi before typed feedback is lost', async ({ page, request }) => {
  await call(request, 'setLanguage', { ui_language: 'hi' });
  const { record } = await call(request, 'admitMother', {
    fields: { mother_name: 'Sabina Parveen', age_years: 27, admission_at: ist(300) },
    acknowledge_warnings: true,
  });
  await call(request, 'recordOutcome', {
    id: record.id,
    version: record.version,
    fields: { outcome: 'referred_out', outcome_at: ist(200) },
    referral: {
      receiving_facility_name: 'Sadar Hospital Kishanganj',
      reasons: ['aph'],
      decision_at: ist(240),
      departure_at: ist(200),
    },
    acknowledge_warnings: true,
  });
  await page.goto(`/#/register/record/${record.id}`);
  await page.getByTestId('referral-track').getByRole('button', { name: 'जवाब दर्ज करें' }).click();
  const form = page.getByTestId('feedback-form');
  await form.getByLabel('सलाह', { exact: true }).fill('PMCH पटना भेजा गया');
  expect(await leaveByAltT(page, 'stay')).toContain('जवाब सहेजा नहीं गया है');
  await expect(form.getByLabel('सलाह', { exact: true })).toHaveValue('PMCH पटना भेजा गया');
  expect(await leaveByAltT(page, 'leave')).toContain('जवाब सहेजा नहीं गया है');
});
