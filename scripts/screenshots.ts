/**
 * Takes the screenshots checked in under docs/screenshots/ (`npm run screenshots`): every screen in Hindi
 * and English on the demo database, in Debian's Chromium. Look at them after every UI change.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import config from '../playwright.config';
import type { Role } from '../src/shared/roles';
import { loginAs, startWebServer, stopWebServer, type WebServer } from '../tests/e2e/fixtures';

const OUT = join(__dirname, '..', 'docs', 'screenshots');

interface Shot {
  name: string;
  path: string;
  /** Who is logged in (default admin); null for the screens before login. */
  as?: Role | null;
  /** Optional steps after navigation (open a record, fill a form). */
  prepare?: (page: Page) => Promise<void>;
}

const SHOTS: Shot[] = [
  { name: 'shell-register', path: '#/register' },
  { name: 'settings', path: '#/settings' },
  { name: 'settings-access', path: '#/settings/access' },
  { name: 'users', path: '#/users' },
  {
    name: 'backup',
    path: '#/backup',
    prepare: async (page) => {
      await page.getByTestId('backup-now').click();
      await page.getByRole('status').waitFor();
      await page.getByTestId('backup-list').getByRole('button').first().click();
      await page.getByTestId('backup-preview').locator('.ok, .banner-error').first().waitFor();
    },
  },
  { name: 'clerk-home', path: '#/register', as: 'clerk' },
  {
    name: 'lock',
    path: '#/settings',
    prepare: async (page) => {
      await page.getByTestId('lock-now').click();
      await page.getByRole('dialog').waitFor();
    },
  },
  { name: 'login', path: '', as: null },
];

const viewport = { width: 1366, height: 800 };

async function shoot(page: Page, name: string, lang: string): Promise<void> {
  // Every screen has a heading; wait for it and for the bundled font, or the text is not painted yet.
  await page.locator('h1, h2').first().waitFor();
  await page.waitForFunction("document.fonts.status === 'loaded'");
  await page.evaluate('document.fonts.ready');
  await page.screenshot({ path: join(OUT, `${name}-${lang}.png`), fullPage: true });
  console.log(`docs/screenshots/${name}-${lang}.png`);
}

async function demoShots(browser: Browser, server: WebServer): Promise<void> {
  for (const lang of ['hi', 'en'] as const) {
    for (const shot of SHOTS) {
      const context = await browser.newContext({ viewport, locale: 'en-IN', timezoneId: 'Asia/Kolkata' });
      const admin = await browser.newContext();
      await loginAs(admin, server.url, 'admin');
      await admin.request.post(`${server.url}api/setLanguage`, { data: { ui_language: lang } });
      await admin.close();
      const role = shot.as === undefined ? 'admin' : shot.as;
      if (role) await loginAs(context, server.url, role);
      const page = await context.newPage();
      await page.goto(`${server.url}${shot.path}`);
      await page
        .locator('html')
        .and(page.locator(`[lang="${lang}"]`))
        .waitFor();
      await page.waitForLoadState('networkidle');
      if (shot.prepare) await shot.prepare(page);
      await shoot(page, shot.name, lang);
      await context.close();
    }
  }
}

/** The first-run screen needs an empty data folder: its own server, not the demo. */
async function firstRunShots(browser: Browser): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'prasav-shots-'));
  const server = await startWebServer(['--data-dir', dataDir], { demo: false });
  try {
    for (const lang of ['hi', 'en'] as const) {
      const page = await browser.newPage({ viewport, locale: 'en-IN', timezoneId: 'Asia/Kolkata' });
      await page.goto(server.url);
      await page.getByTestId('lang-switch').waitFor();
      if ((await page.locator('html').getAttribute('lang')) !== lang) await page.getByTestId('lang-switch').click();
      await shoot(page, 'first-run', lang);
      await page.close();
    }
  } finally {
    await stopWebServer(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = await startWebServer();
  const browser = await chromium.launch(config.use?.launchOptions);
  try {
    await demoShots(browser, server);
    await firstRunShots(browser);
  } finally {
    await browser.close();
    await stopWebServer(server);
  }
}

void main();
