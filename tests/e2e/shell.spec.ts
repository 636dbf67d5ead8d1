import { expect, test } from './fixtures';

test('switches language, edits the hospital name in Settings, and keeps it after reload', async ({ page }) => {
  await page.goto('/#/settings');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // The demo starts in Hindi; switch to English and back, the choice persists.
  const switcher = page.getByTestId('lang-switch');
  if ((await page.locator('html').getAttribute('lang')) === 'hi') {
    await expect(page.getByRole('heading', { name: 'संस्था सेटिंग्स' })).toBeVisible();
    await switcher.click();
  }
  await expect(page.getByRole('heading', { name: 'Facility settings' })).toBeVisible();
  await switcher.click();
  await expect(page.getByRole('heading', { name: 'संस्था सेटिंग्स' })).toBeVisible();

  const name = page.getByLabel('अस्पताल का नाम');
  await name.fill('Kishanganj Mother & Child Hospital / किशनगंज मातृ शिशु अस्पताल');
  await page.getByRole('button', { name: 'सहेजें' }).click();
  await expect(page.getByRole('status')).toHaveText('सेटिंग्स सहेज ली गईं।');

  await page.reload();
  await expect(page.getByLabel('अस्पताल का नाम')).toHaveValue('Kishanganj Mother & Child Hospital / किशनगंज मातृ शिशु अस्पताल');
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
  await expect(page.locator('.brand-hospital')).toHaveText('Kishanganj Mother & Child Hospital / किशनगंज मातृ शिशु अस्पताल');
});

test('refuses bad settings with messages naming the field, in the chosen language, and keeps what was saved', async ({
  page,
  request,
}) => {
  await page.goto('/#/settings');
  if ((await page.locator('html').getAttribute('lang')) === 'hi') await page.getByTestId('lang-switch').click();
  await expect(page.getByRole('heading', { name: 'Facility settings' })).toBeVisible();
  const before = await (await request.post('/api/getSettings', { data: {} })).json();

  await page.getByLabel('Hospital name').fill('   ');
  await page.getByLabel('Time zone').fill('Asia/Patna');
  await page.getByLabel('PIN code').fill('05510');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Hospital name must not be blank.')).toBeVisible();
  await expect(page.getByText('Time zone is not a known time zone (e.g. Asia/Kolkata).')).toBeVisible();
  await expect(page.getByText('PIN code must be 6 digits, not starting with 0.')).toBeVisible();

  // The service refuses the same input on its own (not only the form), naming each field.
  const refused = await request.post('/api/updateSettings', { data: { hospital_name: '', facility_type: 'spaceport' } });
  expect(refused.status()).toBe(400);
  const body = await refused.json();
  expect(body.error.code).toBe('invalid_input');
  expect(body.error.issues.map((i: { field: string }) => i.field).sort()).toEqual(['facility_type', 'hospital_name']);

  const after = await (await request.post('/api/getSettings', { data: {} })).json();
  expect(after).toEqual(before);
});
