import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import { DEMO_PASSWORDS, expect, startWebServer, stopWebServer, test } from './fixtures';

/** The login screen in English, whatever language the demo starts in (that screen only). */
async function english(page: Page) {
  // The switch appears with the screen, after the stored language is applied: reading `lang` earlier would race it.
  await page.getByTestId('lang-switch').waitFor();
  if ((await page.locator('html').getAttribute('lang')) === 'hi') await page.getByTestId('lang-switch').click();
}

/** The app in English: the stored language, set before the page loads (a click could race the settings load). */
async function storeEnglish(request: APIRequestContext) {
  expect((await request.post('/api/setLanguage', { data: { ui_language: 'en' } })).status()).toBe(200);
}

test.describe('first run', () => {
  test('creates the administrator on an empty data folder, then logs out and in again', async ({ browser }) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'prasav-e2e-first-'));
    const server = await startWebServer(['--data-dir', dataDir], { demo: false });
    const context = await browser.newContext({ baseURL: server.url });
    try {
      const page = await context.newPage();
      await page.goto('/');
      await english(page);
      await expect(page.getByRole('heading', { name: 'Welcome to Prasav' })).toBeVisible();
      await page.getByLabel('Full name').fill('Sunita Devi');
      await page.getByLabel('User name').fill('sunita');
      await page.getByLabel('Password', { exact: true }).fill('labour-room-1');
      await page.getByLabel('Password again').fill('labour-room-2');
      await page.getByRole('button', { name: 'Create administrator' }).click();
      await expect(page.getByText('The two passwords differ.')).toBeVisible();
      await page.getByLabel('Password again').fill('labour-room-1');
      await page.getByRole('button', { name: 'Create administrator' }).click();
      await expect(page.getByTestId('current-user')).toContainText('Sunita Devi');

      await page.getByRole('button', { name: /Log out|लॉग आउट/ }).click();
      await english(page);
      await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible();
      await page.getByLabel('User name').fill('sunita');
      await page.getByLabel('Password').fill('labour-room-1');
      await page.getByRole('button', { name: 'Log in' }).click();
      await expect(page.getByTestId('current-user')).toContainText('Sunita Devi');
      // The first-run operation is closed for good.
      const again = await context.request.post('/api/createFirstAdmin', {
        data: { username: 'intruder', full_name: 'X', password: 'password-123' },
      });
      expect(again.status()).toBe(409);
    } finally {
      await context.close();
      await stopWebServer(server);
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

test.describe('logged out', () => {
  test.use({ loginAs: null });

  test('makes this computer wait after five wrong passwords, even against the right one', async ({ page, request }) => {
    await page.goto('/');
    await english(page);
    await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible();
    // Not logged in: the service refuses everything but the public operations.
    expect((await request.post('/api/getSettings', { data: {} })).status()).toBe(401);
    await page.getByLabel('User name').fill('doctor');
    for (let i = 1; i <= 4; i++) {
      await page.getByLabel('Password').fill(`wrong-password-${i}`);
      await page.getByRole('button', { name: 'Log in' }).click();
      await expect(page.getByText('Wrong user name or password.')).toBeVisible();
    }
    await page.getByLabel('Password').fill('wrong-password-5');
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(
      page.getByText(/Too many wrong passwords for this account from this computer\. Try again in 30 s\./),
    ).toBeVisible();
    await page.getByLabel('Password').fill(DEMO_PASSWORDS.doctor);
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByText(/Too many wrong passwords for this account/)).toBeVisible();
    await expect(page.getByTestId('current-user')).toHaveCount(0);
  });
});

test('a clerk sees no Users, Backup or Settings, cannot open them, and the service refuses their operations', async ({
  pageAs,
  playwright,
  baseURL,
}) => {
  const clerk = await pageAs('clerk');
  await clerk.goto('/#/register');
  await expect(clerk.getByTestId('current-user')).toContainText(/Clerk|लिपिक/);
  const nav = clerk.getByRole('navigation').first();
  await expect(nav.getByRole('link')).toHaveCount(3);
  for (const path of ['users', 'settings', 'backup', 'settings/access']) {
    await clerk.goto(`/#/${path}`);
    await expect(clerk.getByTestId('forbidden')).toBeVisible();
    await expect(clerk.getByRole('button', { name: /Save|सहेजें|Add user|उपयोगकर्ता जोड़ें/ })).toHaveCount(0);
  }
  // Reports: she reads the month and enters figures, but neither signs it off nor changes the report's rules.
  await clerk.goto('/#/reports');
  await expect(clerk.getByTestId('export-set')).toBeVisible({ timeout: 30_000 });
  await expect(clerk.locator('.settings-panel')).toHaveCount(0);
  await expect(clerk.getByRole('button', { name: /Mark as submitted|जमा/ })).toHaveCount(0);
  // The same cookie, straight at the API: refused by the service, not only hidden.
  for (const op of [
    'listUsers',
    'createUser',
    'updateSettings',
    'createBackup',
    'restoreBackup',
    'updateLanSettings',
    'updateHmisSettings',
    'submitHmisReport',
  ]) {
    const res = await clerk.request.post(`/api/${op}`, { data: {} });
    expect(res.status(), op).toBe(403);
  }
  expect((await clerk.request.post('/api/getSettings', { data: {} })).status()).toBe(200);
  // And a request that did not log in at all gets 401.
  const anonymous = await playwright.request.newContext({ baseURL });
  expect((await anonymous.post('/api/listUsers', { data: {} })).status()).toBe(401);
  await anonymous.dispose();
});

test('the admin adds a clerk, who must choose a password at the first login', async ({ page, pageAs, request }) => {
  await storeEnglish(request);
  await page.goto('/#/users');
  await expect(page.getByRole('heading', { name: 'Users' })).toBeVisible();
  const form = page.getByTestId('add-user');
  await form.getByLabel('Full name').fill('Rubina Khatoon');
  await form.getByLabel('User name').fill('rubina');
  await form.getByLabel('Role').selectOption('clerk');
  await form.getByLabel('Password').fill('temp-pass-1');
  await form.getByRole('button', { name: 'Add user' }).click();
  await expect(page.getByText('User rubina added.', { exact: false })).toBeVisible();
  await expect(page.locator('tr[data-username="rubina"]')).toContainText('must change password');

  const rubina = await pageAs(null);
  await rubina.goto('/');
  // The stored language is English (above): wait for the login screen rather than racing its settings load.
  await expect(rubina.getByRole('heading', { name: 'Log in' })).toBeVisible();
  await rubina.getByLabel('User name').fill('rubina');
  await rubina.getByLabel('Password').fill('temp-pass-1');
  await rubina.getByRole('button', { name: 'Log in' }).click();
  await expect(rubina.getByRole('heading', { name: 'Choose your own password' })).toBeVisible();
  await rubina.getByLabel('Current password').fill('temp-pass-1');
  await rubina.getByLabel('New password').fill('rubina-own-1');
  await rubina.getByLabel('Password again').fill('rubina-own-1');
  await rubina.getByRole('button', { name: 'Save password' }).click();
  await expect(rubina.getByTestId('current-user')).toContainText('Rubina Khatoon');

  // Disabled: her session ends at once.
  await page.locator('tr[data-username="rubina"]').getByRole('button', { name: 'Disable' }).click();
  await expect(page.locator('tr[data-username="rubina"]')).toContainText('Disabled');
  expect((await rubina.request.post('/api/getSettings', { data: {} })).status()).toBe(401);
});

test('locks the screen after the idle minutes and keeps what was typed', async ({ page, request }) => {
  expect((await request.post('/api/updateSecuritySettings', { data: { idle_minutes: 1 } })).status()).toBe(200);
  await storeEnglish(request);
  await page.clock.install();
  await page.goto('/#/settings');
  const name = page.getByLabel('Hospital name');
  await name.fill('Typed but not saved');
  await page.clock.fastForward('00:50');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.clock.fastForward('00:20');
  const lock = page.getByRole('dialog');
  await expect(lock.getByRole('heading', { name: 'Screen locked' })).toBeVisible();
  // The server session ended with the lock: the page cannot act behind the lock screen.
  expect((await page.request.post('/api/getSettings', { data: {} })).status()).toBe(401);
  await lock.getByLabel('Password').fill('not-the-password');
  await lock.getByRole('button', { name: 'Unlock' }).click();
  await expect(lock.getByText('Wrong user name or password.')).toBeVisible();
  await lock.getByLabel('Password').fill(DEMO_PASSWORDS.admin);
  await lock.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(name).toHaveValue('Typed but not saved');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toHaveText('Settings saved.');
  await request.post('/api/updateSecuritySettings', { data: { idle_minutes: 10 } });
});
