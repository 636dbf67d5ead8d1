import type { Dialog, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { call } from './call';
import { admitAt, istBefore, referOut } from './care-setup';

/*
 * The record's referral forms keep no draft: leaving one with typed entries (here by Alt+T, the same question as a
 * link, Find or logout) asks first, and a form opened and left untouched, or saved, does not ask.
 */

test.use({ loginAs: 'clerk' });

const now = Date.now();
const ist = (minutesAgo: number) => istBefore(now, minutesAgo);

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
  const record = await admitAt(request, 'Nasreen Khatoon', ist(120));
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
  const record = await admitAt(request, 'Sabina Parveen', ist(300));
  await referOut(request, record.id, { reasons: ['aph'], decision_at: ist(240), departure_at: ist(200) }, ist(200));
  await page.goto(`/#/register/record/${record.id}`);
  await page.getByTestId('referral-track').getByRole('button', { name: 'जवाब दर्ज करें' }).click();
  const form = page.getByTestId('feedback-form');
  await form.getByLabel('सलाह', { exact: true }).fill('PMCH पटना भेजा गया');
  expect(await leaveByAltT(page, 'stay')).toContain('जवाब सहेजा नहीं गया है');
  await expect(form.getByLabel('सलाह', { exact: true })).toHaveValue('PMCH पटना भेजा गया');
  expect(await leaveByAltT(page, 'leave')).toContain('जवाब सहेजा नहीं गया है');
});
