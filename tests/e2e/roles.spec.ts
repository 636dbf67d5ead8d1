import { DEMO_PASSWORDS, expect, test } from './fixtures';
import { typeDateTime } from './form-fields';
import { call } from './call';

/*
 * Roles are what the hospital decides (issue 10 item 1): by default the clerk keeps the whole register, delivery
 * and discharge included; when the admin takes "Clinical" away from the clerk, the Delivery action stays in
 * place, disabled, with the reason beside it, before anything is typed. And a clerk who logs in after the admin
 * starts on Today, not on the admin's last screen (item 10).
 */

const now = Date.now();
/** A moment `minutesAgo` before now as the facility (IST) sees it. */
function ist(minutesAgo = 0): { date: string; time: string; iso: string } {
  const local = new Date(now - minutesAgo * 60_000 + 330 * 60_000).toISOString();
  return {
    date: `${local.slice(8, 10)}-${local.slice(5, 7)}-${local.slice(0, 4)}`,
    time: local.slice(11, 16),
    iso: `${local.slice(0, 16)}:00+05:30`,
  };
}

test.describe.configure({ mode: 'serial' });
test.use({ loginAs: 'clerk' });

test.beforeEach(async ({ request }) => {
  await call(request, 'setLanguage', { ui_language: 'en' });
});

test('the clerk records a twin delivery and the discharge, end to end', async ({ page, request }) => {
  const mother = (
    await call(request, 'admitMother', { fields: { mother_name: 'Sabina Parveen', age_years: 25, admission_at: ist(240).iso } })
  ).record;
  await page.goto('/#/register');
  await expect(page.getByTestId('current-user')).toContainText('Clerk');
  const row = page.getByTestId('today-row').filter({ hasText: 'Sabina Parveen' });
  await expect(row.getByTestId('denied-reason')).toHaveCount(0);
  await row.getByRole('button', { name: 'Delivery', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Record delivery: Sabina Parveen' })).toBeVisible();
  await typeDateTime(page, 'Delivery date and time', ist(120));
  await page.getByRole('radio', { name: 'Normal', exact: true }).check();
  await page.getByLabel('Gestation (completed weeks)').fill('37');
  await page.getByRole('group', { name: 'Complications', exact: true }).getByRole('checkbox', { name: 'None' }).check();
  const a = page.getByTestId('baby-A');
  await a.getByRole('radio', { name: 'Female', exact: true }).check();
  await a.getByRole('radio', { name: 'Live birth', exact: true }).check();
  await a.getByLabel('Birth weight (g)').fill('2300');
  await typeDateTime(a, 'Time of birth', ist(120));
  await page.getByRole('button', { name: 'Add baby B (twins, triplets)' }).click();
  const b = page.getByTestId('baby-B');
  await b.getByRole('radio', { name: 'Male', exact: true }).check();
  await b.getByRole('radio', { name: 'Live birth', exact: true }).check();
  await b.getByLabel('Birth weight (g)').fill('2150');
  await typeDateTime(b, 'Time of birth', ist(110));
  await page.keyboard.press('Control+s');
  await expect(page).toHaveURL(new RegExp(`#/register/record/${mother.id}$`));
  await expect(page.getByRole('status')).toContainText('Delivery saved');
  await expect(page.getByText('Your role does not allow this')).toHaveCount(0);

  await page.getByRole('button', { name: 'Discharge / refer / other outcome' }).click();
  await page.getByRole('radio', { name: 'Discharged', exact: true }).check();
  await typeDateTime(page, 'Date and time of leaving', ist(5));
  await page.getByRole('radio', { name: 'Stable', exact: true }).check();
  for (const baby of ['A', 'B']) {
    await page
      .getByRole('radiogroup', { name: `Baby ${baby}: Baby left` })
      .getByRole('radio', { name: 'With mother', exact: true })
      .check();
  }
  await page.getByRole('radio', { name: 'None / declined', exact: true }).check();
  await page.keyboard.press('Control+s');
  // Two hours after the birth is earlier than the hospital's "discharge due after": the form asks first.
  await page.getByRole('button', { name: 'Confirm and save' }).click();
  await expect(page).toHaveURL(new RegExp(`#/register/record/${mother.id}$`));
  await expect(page.locator('.record-meta .badge')).toHaveText('Discharged');

  const { record } = await call(request, 'getEpisode', { id: mother.id });
  expect(record).toMatchObject({ record_state: 'closed', outcome: 'discharged', number_of_babies: 2 });
  expect(record.babies.map((x) => [x.sex, x.outcome, x.birth_weight_g])).toEqual([
    ['F', 'live', 2300],
    ['M', 'live', 2150],
  ]);
  const audit = await call(request, 'getEpisode', { id: mother.id });
  expect(audit.record.delivery_at).toBe(ist(120).iso);
});

test('the admin takes Clinical from the clerk: Delivery is disabled with the reason before anything is typed', async ({
  page,
  pageAs,
  request,
}) => {
  const mother = (
    await call(request, 'admitMother', { fields: { mother_name: 'Nazma Begum', age_years: 22, admission_at: ist(90).iso } })
  ).record;
  const admin = await pageAs('admin');
  await admin.goto('/#/settings/roles');
  await expect(admin.getByRole('heading', { name: 'What each role may do' })).toBeVisible();
  await expect(admin.getByRole('checkbox', { name: 'Administrator: Users, settings, backups' })).toBeDisabled();
  const clerkClinical = admin.getByRole('checkbox', { name: 'Clerk: Clinical: delivery and babies' });
  await expect(clerkClinical).toBeChecked();
  await clerkClinical.focus();
  await admin.keyboard.press('Space');
  await admin.getByRole('button', { name: 'Save' }).click();
  await expect(admin.getByRole('status')).toContainText('Roles saved');

  try {
    await page.goto('/#/register');
    const row = page.getByTestId('today-row').filter({ hasText: 'Nazma Begum' });
    await expect(row.getByRole('button', { name: 'Delivery', exact: true })).toBeDisabled();
    await expect(row.getByTestId('denied-reason')).toHaveText('Not for “Clerk”');
    // The outcome is register work: still hers.
    await expect(row.getByRole('button', { name: 'Outcome', exact: true })).toBeEnabled();
    await page.goto(`/#/register/record/${mother.id}`);
    await expect(page.getByRole('button', { name: 'Record delivery' })).toBeDisabled();
    await expect(page.locator('.record-side [data-testid=denied-reason]')).toContainText(
      'Not allowed for “Clerk” (Clinical: delivery and babies). The administrator sets this in Settings → Roles.',
    );
    // Typed in by hand, the form's address shows the reason, not a form that cannot be saved.
    await page.goto(`/#/register/record/${mother.id}/delivery`);
    await expect(page.getByTestId('forbidden')).toContainText('Clinical: delivery and babies');
    await expect(page.getByRole('button', { name: /^Save/ })).toHaveCount(0);
    expect((await page.request.post('/api/recordDelivery', { data: {} })).status()).toBe(403);

    // In Hindi too.
    await page.goto('/#/register');
    await page.getByTestId('lang-switch').click();
    await expect(page.getByTestId('today-row').filter({ hasText: 'Nazma Begum' }).getByTestId('denied-reason')).toHaveText(
      '“लिपिक” के लिए नहीं',
    );
  } finally {
    await admin.request.post('/api/updateRoleSettings', { data: { 'clerk:clinical.write': true } });
  }
});

test('a clerk logging in after the admin lands on Today, not on the admin’s last screen', async ({ pageAs }) => {
  const page = await pageAs('admin');
  await page.goto('/#/users');
  await expect(page.getByTestId('users-table')).toBeVisible();
  await page.getByRole('button', { name: 'Log out' }).click();
  // The Users screen has a "User name" field too: wait for the login form.
  await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible();
  await page.getByLabel('User name').fill('clerk');
  await page.getByLabel('Password').fill(DEMO_PASSWORDS.clerk);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('current-user')).toContainText('Clerk');
  await expect(page.getByTestId('today-table')).toBeVisible();
  await expect(page.getByTestId('forbidden')).toHaveCount(0);
  expect(new URL(page.url()).hash).toBe('');
});
