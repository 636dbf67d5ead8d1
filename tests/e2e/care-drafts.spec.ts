import type { Dialog, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { call } from './call';
import { admitAt, istBefore, referOut } from './care-setup';
import { typeDateTime, typedAt } from './form-fields';

/*
 * The record's referral forms keep drafts as the register's forms do: typed entries survive a reload (the form opened
 * again says "Draft restored"), leaving with them asks first, and the save drops the draft. A form opened and left
 * untouched does not ask. As the clerk, by keyboard, at 1366×768.
 */

test.use({ loginAs: 'clerk', viewport: { width: 1366, height: 768 } });

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

/** Reloads the page, letting the browser's own question (beforeunload) through. */
async function reload(page: Page) {
  const accept = (dialog: Dialog) => void dialog.accept();
  page.on('dialog', accept);
  await page.reload();
  page.off('dialog', accept);
}

test('the referral decision survives a reload as a draft, asks before it is left, and the save drops it', async ({
  page,
  request,
}) => {
  await call(request, 'setLanguage', { ui_language: 'en' });
  const record = await admitAt(request, 'Nasreen Khatoon', ist(120));
  const refer = async () => {
    await page.goto(`/#/register/record/${record.id}`);
    await page.getByRole('button', { name: 'Refer', exact: true }).click();
    const panel = page.getByTestId('referral-decision-panel');
    await expect(panel.getByLabel('Referred to (facility)')).toBeFocused();
    return panel;
  };

  await refer();
  expect(await leaveByAltT(page, 'leave')).toBe('');

  let panel = await refer();
  await page.keyboard.type('Sadar Hospital Kishanganj');
  await panel.getByRole('checkbox', { name: 'Eclampsia / severe pre-eclampsia' }).check();
  await expect(panel.getByTestId('draft-kept')).toHaveText('Draft kept');
  expect(await leaveByAltT(page, 'stay')).toContain('stay as a draft');
  await expect(panel.getByLabel('Referred to (facility)')).toHaveValue('Sadar Hospital Kishanganj');

  await reload(page);
  panel = await refer();
  await expect(panel.getByTestId('draft-restored')).toContainText('Draft restored');
  await expect(panel.getByLabel('Referred to (facility)')).toHaveValue('Sadar Hospital Kishanganj');
  await expect(panel.getByRole('checkbox', { name: 'Eclampsia / severe pre-eclampsia' })).toBeChecked();
  await page.screenshot({ path: 'test-results/referral-draft-en.png' });

  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status').filter({ hasText: 'Decision to refer saved.' })).toBeVisible();
  expect(await call(request, 'getDraft', { form: `referral-decision:${record.id}` })).toBeNull();
  panel = await refer();
  await expect(panel.getByTestId('draft-restored')).toHaveCount(0);
  await expect(panel.getByLabel('Referred to (facility)')).toHaveValue('Sadar Hospital Kishanganj');
  expect(await leaveByAltT(page, 'leave')).toBe('');
});

test('typed feedback survives a reload in Hindi; the save drops the draft', async ({ page, request }) => {
  await call(request, 'setLanguage', { ui_language: 'hi' });
  const record = await admitAt(request, 'Sabina Parveen', ist(300));
  await referOut(request, record.id, { reasons: ['aph'], decision_at: ist(240), departure_at: ist(200) }, ist(200));
  const openFeedback = async () => {
    await page.goto(`/#/register/record/${record.id}`);
    await page.getByTestId('referral-track').getByRole('button', { name: 'जवाब दर्ज करें' }).click();
    return page.getByTestId('feedback-form');
  };

  let form = await openFeedback();
  await form.getByLabel('सलाह', { exact: true }).fill('PMCH पटना भेजा गया');
  await expect(form.getByTestId('draft-kept')).toHaveText('ड्राफ़्ट सुरक्षित');
  expect(await leaveByAltT(page, 'stay')).toContain('ड्राफ़्ट के रूप में रहेंगी');
  await expect(form.getByLabel('सलाह', { exact: true })).toHaveValue('PMCH पटना भेजा गया');

  await reload(page);
  form = await openFeedback();
  await expect(form.getByTestId('draft-restored')).toContainText('ड्राफ़्ट वापस लाया गया');
  await expect(form.getByLabel('सलाह', { exact: true })).toHaveValue('PMCH पटना भेजा गया');
  await page.screenshot({ path: 'test-results/feedback-draft-hi.png' });

  // A wrong value on purpose (feedback dated before she left): refused, and the draft stays until a save succeeds.
  const form_ = `referral-feedback:${(await call(request, 'episodeReferrals', { id: record.id }))[0]!.referral_id}`;
  await typeDateTime(form, 'जवाब मिला', typedAt(ist(230)));
  await form.getByRole('radio', { name: 'पता नहीं', exact: true }).check();
  await page.keyboard.press('Control+s');
  await expect(form.getByRole('alert')).toContainText('रवानगी');
  expect(await call(request, 'getDraft', { form: form_ })).not.toBeNull();

  await typeDateTime(form, 'जवाब मिला', typedAt(ist(10)));
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('referral-feedback')).toContainText('PMCH पटना भेजा गया');
  expect(await call(request, 'getDraft', { form: form_ })).toBeNull();
});
