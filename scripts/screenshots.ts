/**
 * Takes the screenshots checked in under docs/screenshots/ (`npm run screenshots`): every screen in Hindi
 * and English on the demo database, in Debian's Chromium. Look at them after every UI change.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import config from '../playwright.config';
import { startWebServer, stopWebServer } from '../tests/e2e/fixtures';

const OUT = join(__dirname, '..', 'docs', 'screenshots');

interface Shot {
  name: string;
  path: string;
  /** Optional steps after navigation (open a record, fill a form). */
  prepare?: (page: Page) => Promise<void>;
}

const SHOTS: Shot[] = [
  { name: 'shell-register', path: '#/register' },
  { name: 'settings', path: '#/settings' },
  { name: 'settings-print', path: '#/settings/print' },
  {
    name: 'slips',
    path: '#/slips/1',
    prepare: async (page) => {
      await page.locator('.slip-buttons button').first().click();
      await page.frameLocator('[data-testid=slip-frame]').locator('h1').waitFor();
    },
  },
];

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = await startWebServer();
  const browser = await chromium.launch(config.use?.launchOptions);
  try {
    for (const lang of ['hi', 'en'] as const) {
      const page = await browser.newPage({ viewport: { width: 1366, height: 800 }, locale: 'en-IN', timezoneId: 'Asia/Kolkata' });
      await page.goto(server.url);
      await page.request.post(`${server.url}api/setLanguage`, { data: { ui_language: lang } });
      for (const shot of SHOTS) {
        await page.goto(`${server.url}${shot.path}`);
        await page.reload();
        await page
          .locator('html')
          .and(page.locator(`[lang="${lang}"]`))
          .waitFor();
        await page.waitForLoadState('networkidle');
        if (shot.prepare) await shot.prepare(page);
        await page.evaluate('document.fonts.ready');
        await page.screenshot({ path: join(OUT, `${shot.name}-${lang}.png`), fullPage: true });
        console.log(`docs/screenshots/${shot.name}-${lang}.png`);
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await stopWebServer(server);
  }
}

void main();
