import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decryptFile } from '../../src/main/backup/crypto';
import { SECOND_SUBDIR } from '../../src/main/backup/files';
import { readManifests } from '../../src/main/backup/manifest';
import { expect, test } from './fixtures';

const PASSPHRASE = 'नदी किनारे का घाट 2026';
const folders: string[] = [];
const usbFolder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'prasav-e2e-usb-'));
  folders.push(dir);
  return dir;
};
test.afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

test('Hindi: a folder without its passphrase is refused; unticking encryption is the admin’s choice, then told', async ({
  page,
  request,
}) => {
  expect((await request.post('/api/setLanguage', { data: { ui_language: 'hi' } })).status()).toBe(200);
  await page.goto('/#/backup');
  const form = page.getByTestId('backup-settings');
  await form.getByLabel('दूसरा बैकअप फ़ोल्डर').fill(usbFolder());
  await expect(form.getByLabel('दूसरे फ़ोल्डर की प्रतियाँ एन्क्रिप्ट करें')).toBeChecked();
  await form.getByRole('button', { name: 'सहेजें' }).click();
  await expect(form).toContainText('पासफ़्रेज़: दूसरे फ़ोल्डर की प्रतियाँ एन्क्रिप्ट करने के लिए पासफ़्रेज़ लिखें');
  expect((await (await request.post('/api/getBackupSettings', { data: {} })).json()).data.second_dir).toBe('');

  // Unticked on purpose: saved, and the Backup screen says the copies there are plain, with the way to encrypt them.
  await form.getByLabel('दूसरे फ़ोल्डर की प्रतियाँ एन्क्रिप्ट करें').uncheck();
  await expect(form).toContainText('प्रतियाँ एन्क्रिप्ट नहीं होंगी');
  await form.getByRole('button', { name: 'सहेजें' }).click();
  await expect(form.getByRole('status')).toHaveText('बैकअप सेटिंग्स सहेजी गईं।');
  const notice = page.getByTestId('second-unencrypted');
  await expect(notice).toContainText('की प्रतियाँ एन्क्रिप्ट नहीं हैं');
  await notice.getByRole('button', { name: 'इन्हें एन्क्रिप्ट करें' }).click();
  await expect(page.locator('#backup-encryption input[type=password]').first()).toBeFocused();
});

test('English: the admin chooses a folder, is asked for the passphrase, and the next backup there is encrypted', async ({
  page,
  request,
}) => {
  expect((await request.post('/api/setLanguage', { data: { ui_language: 'en' } })).status()).toBe(200);
  await page.goto('/#/backup');
  const usb = usbFolder();
  const form = page.getByTestId('backup-settings');
  await form.getByLabel('Second backup folder').fill(usb);
  await expect(form.getByLabel('Encrypt the copies in the second folder')).toBeChecked();
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toContainText('Passphrase: type a passphrase to encrypt the copies in the second folder');

  await form.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await form.getByLabel('Passphrase again').fill(`${PASSPHRASE}!`);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toContainText('The two passphrases differ.');
  await form.getByLabel('Passphrase again').fill(PASSPHRASE);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByRole('status')).toHaveText('Backup settings saved.');
  await expect(page.getByText('Second copies are encrypted.').first()).toBeVisible();
  await expect(page.getByTestId('second-unencrypted')).toHaveCount(0);

  await page.getByTestId('backup-now').click();
  await expect(page.getByRole('status').first()).toContainText('Backup written and verified');
  await expect(page.getByTestId('backup-list').locator('tr', { hasText: 'second folder' }).first()).toContainText('encrypted');

  // The copy on the drive opens with the passphrase alone (a data folder without this PC's key).
  const dir = join(usb, SECOND_SUBDIR);
  const copies = readManifests(dir);
  expect(copies.length).toBeGreaterThan(0);
  expect(copies.every((m) => m.encrypted)).toBe(true);
  expect(readdirSync(dir).filter((f) => f.endsWith('.sqlite'))).toEqual([]);
  const otherPc = mkdtempSync(join(tmpdir(), 'prasav-e2e-other-pc-'));
  folders.push(otherPc);
  const opened = join(otherPc, 'opened.sqlite');
  expect(decryptFile(join(dir, copies[0]!.file), opened, otherPc, PASSPHRASE)).toBe(copies[0]!.plain_sha256);
  expect(readFileSync(opened).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');

  // Turning encryption off again is said and confirmed; then the Backup screen tells the copies there are plain.
  await page.getByRole('button', { name: 'Stop encrypting' }).click();
  const confirm = page.getByTestId('confirm-plain');
  await expect(confirm).toContainText('anyone holding the drive can read every record');
  await confirm.getByRole('button', { name: 'Yes, stop encrypting' }).click();
  await expect(page.getByText('Second copies are not encrypted.').first()).toBeVisible();
  await expect(page.getByTestId('second-unencrypted')).toContainText(usb);
});
