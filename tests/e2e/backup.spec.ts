import { DEMO_PASSWORDS, expect, test } from './fixtures';

test('backs up now, then restores that backup from the list after a preview', async ({ page, request }) => {
  // English, stored before the page loads (a click on the switch could race the settings load).
  expect((await request.post('/api/setLanguage', { data: { ui_language: 'en' } })).status()).toBe(200);
  await page.goto('/#/backup');
  await expect(page.getByRole('heading', { name: 'Backups', exact: true })).toBeVisible();
  const before = (await (await request.post('/api/getSettings', { data: {} })).json()).data.hospital_name as string;

  await page.getByTestId('backup-now').click();
  await expect(page.getByRole('status')).toContainText('Backup written and verified');
  await expect(page.getByTestId('backup-indicator')).toContainText('Last backup');
  const list = page.getByTestId('backup-list');
  const manual = list.locator('tr', { hasText: 'manual' }).first();
  await expect(manual).toContainText('users: 4');
  await expect(manual).toContainText(/register records: \d{4}, babies: \d{4}, referrals: \d+/);

  // A change after the backup, which the restore must undo.
  expect((await request.post('/api/updateSettings', { data: { hospital_name: 'Changed after the backup' } })).status()).toBe(200);

  await manual.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByTestId('backup-preview');
  await expect(preview).toContainText(before);
  await expect(preview).toContainText('Checked: the file is complete and undamaged');
  await preview.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(preview).toContainText('A safety backup of the current register is written first');
  await preview.getByRole('button', { name: 'Yes, restore' }).click();

  // Everyone logs in again, with the accounts of the backup.
  await expect(page.getByText('The register was restored from a backup.')).toBeVisible();
  await page.getByLabel('User name').fill('admin');
  await page.getByLabel('Password').fill(DEMO_PASSWORDS.admin);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.locator('.brand-hospital')).toHaveText(before);
  await page.goto('/#/backup');
  await expect(page.getByTestId('backup-list').locator('tr', { hasText: 'before restore' })).toHaveCount(1);
});
