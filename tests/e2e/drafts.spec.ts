import type { Dialog, Page } from '@playwright/test';
import { DEMO_PASSWORDS, expect, test } from './fixtures';
import { call } from './call';
import { editIdentity, identitySection } from './form-fields';

/*
 * Drafts (issue 10 item 3): a half-filled admission survives a reload and a logout/login (the form says "draft
 * restored"), leaving it by a link asks first, and the draft is gone once the admission is saved. As the clerk,
 * by keyboard, at 1366×768.
 */

test.use({ loginAs: 'clerk', viewport: { width: 1366, height: 768 } });

test.beforeEach(async ({ page }) => {
  expect((await page.request.post('/api/setLanguage', { data: { ui_language: 'en' } })).ok()).toBe(true);
});

/** Answers the next dialogs (accept or dismiss) and records what they asked. */
function answerDialogs(page: Page, accept: boolean): Dialog[] {
  const seen: Dialog[] = [];
  page.on('dialog', (dialog) => {
    seen.push(dialog);
    void (accept ? dialog.accept() : dialog.dismiss());
  });
  return seen;
}

async function typeHalfAdmission(page: Page, name: string) {
  await page.goto('/#/register/admit');
  const mother = page.getByLabel("Mother's name");
  await expect(mother).toBeFocused();
  await page.keyboard.type(name);
  await page.keyboard.press('Tab');
  await page.keyboard.type('23');
  // The draft goes to the register file after a pause in typing.
  await expect(page.getByTestId('draft-kept')).toHaveText('Draft kept');
}

test('a half-filled admission survives a reload and logout/login, and is dropped when saved', async ({ page }) => {
  await typeHalfAdmission(page, 'Draft Devi');

  // Reload: the browser asks (beforeunload); the form comes back from the draft.
  const dialogs = answerDialogs(page, true);
  await page.reload();
  expect(dialogs.map((d) => d.type())).toContain('beforeunload');
  await expect(page.getByTestId('draft-restored')).toContainText('Draft restored');
  await expect(page.getByLabel("Mother's name")).toHaveValue('Draft Devi');
  await expect(page.getByLabel('Age (years)')).toHaveValue('23');
  await page.screenshot({ path: 'test-results/draft-restored-en.png' });

  // Logout asks, keeps the draft in the register file; the next login finds it.
  await page.getByRole('button', { name: 'Log out' }).click();
  expect(dialogs.at(-1)?.type()).toBe('confirm');
  expect(dialogs.at(-1)?.message()).toContain('stay as a draft');
  await page.getByLabel('User name').fill('clerk');
  await page.getByLabel('Password').fill(DEMO_PASSWORDS.clerk);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.goto('/#/register/admit');
  await expect(page.getByTestId('draft-restored')).toBeVisible();
  await expect(page.getByLabel("Mother's name")).toHaveValue('Draft Devi');

  // Hindi: the same note in Devanagari.
  await page.getByTestId('lang-switch').click();
  await expect(page.getByTestId('draft-restored')).toContainText('ड्राफ़्ट वापस लाया गया');
  await page.screenshot({ path: 'test-results/draft-restored-hi.png' });
  await page.getByTestId('lang-switch').click();

  // Saved: the draft is gone, a new admission starts empty.
  await page.getByLabel("Mother's name").focus();
  await page.keyboard.press('Control+s');
  await expect(page).toHaveURL(/#\/register\/record\/\d+/);
  await page.goto('/#/register/admit');
  await expect(page.getByLabel("Mother's name")).toHaveValue('');
  await expect(page.getByTestId('draft-restored')).toHaveCount(0);
});

test('leaving a half-filled form by a link asks; staying keeps the entries, discard drops the draft', async ({ page }) => {
  await typeHalfAdmission(page, 'Leave Kumari');
  const dismissed = answerDialogs(page, false);
  await page.getByRole('link', { name: 'Reports' }).click();
  expect(dismissed.at(-1)?.message()).toContain('Leave the form?');
  await expect(page).toHaveURL(/#\/register\/admit/);
  await expect(page.getByLabel("Mother's name")).toHaveValue('Leave Kumari');

  // Find + Enter asks the same way.
  await page.keyboard.press('F2');
  await page.keyboard.type('Devi');
  await page.keyboard.press('Enter');
  await expect.poll(() => dismissed.length).toBe(2);
  await expect(page).toHaveURL(/#\/register\/admit/);
  page.removeAllListeners('dialog');

  // Leave (the draft stays), come back: restored; discard it: the form starts empty and leaving asks nothing.
  answerDialogs(page, true);
  await page.getByRole('link', { name: 'Reports' }).click();
  await expect(page).toHaveURL(/#\/reports/);
  await page.goto('/#/register/admit');
  await expect(page.getByLabel("Mother's name")).toHaveValue('Leave Kumari');
  await page.getByTestId('discard-draft').click();
  await expect(page.getByLabel("Mother's name")).toHaveValue('');
  await expect(page.getByTestId('draft-restored')).toHaveCount(0);
  page.removeAllListeners('dialog');
  const after = answerDialogs(page, false);
  await page.getByRole('link', { name: 'Reports' }).click();
  await expect(page).toHaveURL(/#\/reports/);
  expect(after).toHaveLength(0);
});

test('a half-filled delivery (a baby card too) survives a reload, in Hindi as well', async ({ page, request }) => {
  const admitted = await request.post('/api/admitMother', {
    data: {
      fields: { mother_name: 'Nasreen Bano', age_years: 26, admission_at: new Date(Date.now() - 3_600_000).toISOString() },
    },
  });
  const { data } = (await admitted.json()) as { data: { record: { id: number } } };
  await page.goto(`/#/register/record/${data.record.id}/delivery`);
  await page.getByLabel('Gestation (completed weeks)').fill('38');
  await page.getByTestId('baby-A').getByLabel('Birth weight (g)').fill('2750');
  await expect(page.getByTestId('draft-kept')).toHaveText('Draft kept');
  answerDialogs(page, true);
  await page.reload();
  await expect(page.getByTestId('draft-restored')).toBeVisible();
  await expect(page.getByLabel('Gestation (completed weeks)')).toHaveValue('38');
  await expect(page.getByTestId('baby-A').getByLabel('Birth weight (g)')).toHaveValue('2750');
  await page.getByTestId('lang-switch').click();
  await expect(page.getByTestId('draft-restored')).toContainText('ड्राफ़्ट वापस लाया गया');
  await page.screenshot({ path: 'test-results/draft-delivery-hi.png' });
});

test('a correction typed in a record section survives a reload with its reason, over changes made since; the save drops the draft', async ({
  page,
  request,
}) => {
  const { record } = await call(request, 'admitMother', {
    fields: { mother_name: 'Rinki Hansda', age_years: 24, admission_at: new Date(Date.now() - 3_600_000).toISOString() },
  });
  const identity = identitySection(page);
  const edit = () => editIdentity(page);
  await page.goto(`/#/register/record/${record.id}`);
  await edit();
  await identity.getByLabel('Age (years)').fill('25');
  await identity.getByLabel('Reason for the correction').fill('Age from the ANC card');
  await expect(identity.getByTestId('draft-kept')).toHaveText('Draft kept');

  // Meanwhile the mobile is entered elsewhere (another PC); the reload reads the record with it. The restored draft
  // shows the new mobile (and says the record changed since), and its save keeps it.
  await call(request, 'updateEpisode', { id: record.id, version: record.version, fields: { mobile: '9876504321' } });
  answerDialogs(page, true);
  await page.reload();
  await edit();
  await expect(identity.getByTestId('draft-restored')).toContainText('Draft restored');
  await expect(identity.getByTestId('draft-restored')).toContainText('changed');
  await expect(identity.getByLabel('Age (years)')).toHaveValue('25');
  await expect(identity.getByLabel('Mobile', { exact: true })).toHaveValue('9876504321');
  await expect(identity.getByLabel('Reason for the correction')).toHaveValue('Age from the ANC card');

  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status').filter({ hasText: 'Saved:' })).toHaveText('Saved: Admission and identity.');
  await expect.poll(() => call(request, 'getDraft', { form: `section-identity:${record.id}` })).toBeNull();
  expect((await call(request, 'getEpisode', { id: record.id })).record).toMatchObject({ age_years: 25, mobile: '9876504321' });
  await edit();
  await expect(identity.getByTestId('draft-restored')).toHaveCount(0);
});
