/**
 * Takes the screenshots checked in under docs/screenshots/ (`npm run screenshots`): every screen in Hindi
 * and English on the demo database, in Debian's Chromium. Look at them after every UI change.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
  /** The whole page (default), or the first screen of a long one. */
  fullPage?: boolean;
}

/** Back to the top of the page once layout has settled (opening a panel may scroll it). */
const TO_TOP = 'new Promise((done) => requestAnimationFrame(() => { window.scrollTo(0, 0); requestAnimationFrame(done); }))';

const SHOTS: Shot[] = [
  { name: 'shell-register', path: '#/register' },
  { name: 'settings', path: '#/settings' },
  {
    name: 'reports',
    path: '#/reports',
    fullPage: false,
    // The drill-down of a figure: the register rows it counts.
    prepare: async (page) => {
      await page.getByTestId('figure-2.2').click();
      await page.getByTestId('explain').waitFor();
      await page.evaluate(TO_TOP);
    },
  },
  {
    name: 'reports-checks',
    path: '#/reports',
    fullPage: false,
    // The side column: checks with their notes, and the month's incomplete records opened.
    prepare: async (page) => {
      await page
        .locator('.checks details')
        .first()
        .evaluate((d) => d.setAttribute('open', ''));
      await page.evaluate(TO_TOP);
    },
  },
];

/** The printable HMIS report (bilingual, one set): the first and the last page as PNG. */
async function reportPdfPages(url: string, request: Page['request']): Promise<void> {
  const { month } = (await (await request.post(`${url}api/getHmisReport`, { data: {} })).json()).data;
  const result = await (
    await request.post(`${url}api/exportHmisReport`, { data: { month, final: false, destination: 'download' } })
  ).json();
  const file = result.data.files.find((f: { name: string }) => f.name.endsWith('.pdf'));
  const dir = mkdtempSync(join(tmpdir(), 'prasav-shots-'));
  try {
    writeFileSync(join(dir, 'report.pdf'), Buffer.from(file.base64, 'base64'));
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(dir, 'report.pdf')]).toString())![1]);
    for (const [n, suffix] of [
      [1, 'first'],
      [pages, 'last'],
    ] as const) {
      execFileSync('pdftoppm', [
        '-r',
        '90',
        '-png',
        '-singlefile',
        '-f',
        String(n),
        '-l',
        String(n),
        join(dir, 'report.pdf'),
        join(OUT, `hmis-report-pdf-${suffix}`),
      ]);
      console.log(`docs/screenshots/hmis-report-pdf-${suffix}.png`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

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
        await page.screenshot({ path: join(OUT, `${shot.name}-${lang}.png`), fullPage: shot.fullPage ?? true });
        console.log(`docs/screenshots/${shot.name}-${lang}.png`);
      }
      if (lang === 'en') await reportPdfPages(server.url, page.request);
      await page.close();
    }
  } finally {
    await browser.close();
    await stopWebServer(server);
  }
}

void main();
