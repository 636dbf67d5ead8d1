import { join } from 'node:path';
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { DEMO_PASSWORDS } from '../../src/shared/demo';

/*
 * The app's main flows in the real Electron window: the built app (out/main/index.js) on a throw-away demo register.
 * Run by `npm run test:electron`, which skips with a printed notice where the Electron binary is not installed;
 * run directly without the binary, every test here is skipped with the same notice.
 */

const binary = process.env.PRASAV_ELECTRON;
const SKIP = 'Electron binary not installed: skipped (run through `npm run test:electron`, which finds it)';
if (!binary) console.log(SKIP);
test.skip(!binary, SKIP);

let electronApp: ElectronApplication;
let page: Page;

test.beforeAll(async () => {
  electronApp = await _electron.launch({
    executablePath: binary!,
    args: [join(__dirname, '..', '..'), '--demo'],
    cwd: join(__dirname, '..', '..'),
  });
  page = await electronApp.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await electronApp?.close();
});

/** The page's globals, seen from this Node-typed file (callbacks run in the page: each casts `globalThis` itself). */
interface PageGlobals {
  location: { hash: string };
  prasav?: Record<string, (input: unknown) => Promise<{ ok: boolean }>>;
  require?: unknown;
  process?: unknown;
}

/** The renderer routes by hash: `app://prasav/index.html#/…`. */
const open = (hash: string) => page.evaluate((h) => ((globalThis as unknown as PageGlobals).location.hash = h), hash);
/** A contract call through the preload bridge, as the screens make it. */
const bridge = (op: string, input: unknown) =>
  page.evaluate(([o, i]) => (globalThis as unknown as PageGlobals).prasav![o as string]!(i), [op, input] as const);

test('the window is the hardened app page: app:// origin, the contract bridge, no Node', async () => {
  expect(page.url()).toMatch(/^app:\/\/prasav\/index\.html/);
  const probe = await page.evaluate(() => ({
    bridge: typeof (globalThis as unknown as PageGlobals).prasav?.login,
    node: typeof (globalThis as unknown as PageGlobals).require,
    process: typeof (globalThis as unknown as PageGlobals).process,
  }));
  expect(probe).toEqual({ bridge: 'function', node: 'undefined', process: 'undefined' });
  const main = await electronApp.evaluate(({ app, BrowserWindow }) => ({
    lock: app.hasSingleInstanceLock(),
    windows: BrowserWindow.getAllWindows().length,
  }));
  expect(main).toEqual({ lock: true, windows: 1 });
});

test('the clerk logs in, admits a woman by keyboard and previews her slip', async () => {
  await page.locator('input[autocomplete=username]').fill('clerk');
  await page.locator('input[autocomplete=current-password]').fill(DEMO_PASSWORDS.clerk);
  await page.locator('button[type=submit]').click();
  expect(await bridge('setLanguage', { ui_language: 'en' })).toMatchObject({ ok: true });
  await page.reload();
  await open('#/register');
  await expect(page.getByRole('heading', { name: 'In the labour room and wards now' })).toBeVisible();

  await page.keyboard.press('Alt+N');
  await expect(page.getByLabel("Mother's name")).toBeFocused();
  await page.keyboard.type('Kalpana Hembram');
  await page.keyboard.press('Tab');
  await page.keyboard.type('23');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status')).toContainText('Admitted Kalpana Hembram: serial no.');
  const id = Number(/record\/(\d+)/.exec(page.url())![1]);

  await open(`#/slips/${id}`);
  await expect(page.getByRole('heading', { name: 'Print', level: 1 })).toBeVisible();
  await page.locator('[data-testid^="slip-"]').first().click();
  await expect(page.getByTestId('slip-frame')).toBeVisible();
  // The desktop app lists the PC's printers through Electron (may be none on a build machine, but it answers).
  expect(await bridge('listPrinters', {})).toMatchObject({ ok: true });
});
