/**
 * Takes the screenshots checked in under docs/screenshots/ (`npm run screenshots`): every screen in Hindi
 * and English on the demo database, in Debian's Chromium. Look at them after every UI change.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import config from '../playwright.config';
import { startWebServer, stopWebServer } from '../tests/e2e/fixtures';
import { sampleMonth } from '../tests/fixtures/dhis2-standin/sample-report';
import { labourRoomSeed } from '../tests/fixtures/dhis2-standin/seeds';
import { Dhis2StandIn } from '../tests/fixtures/dhis2-standin/server';

const OUT = join(__dirname, '..', 'docs', 'screenshots');

interface Shot {
  name: string;
  path: string;
  /** Optional steps after navigation (open a record, fill a form). */
  prepare?: (page: Page) => Promise<void>;
}

/**
 * The DHIS2 screens need a server and a month's values: the test stand-in (5 October in Kishanganj) and values
 * written by hand for September (0 C-sections, which the server refuses) and October, until the HMIS module exists.
 */
const standIn = new Dhis2StandIn(labourRoomSeed(), {
  version: '2.42',
  clock: () => new Date('2026-10-05T05:00:00Z'),
  timeZone: 'Asia/Kolkata',
});

async function configureDhis2(page: Page, base: string): Promise<void> {
  const post = (op: string, data: unknown) => page.request.post(`${base}api/${op}`, { data });
  await post('dhis2SaveConnection', {
    server_url: standIn.url,
    auth_type: 'token',
    username: '',
    secret: 'd2p_standin_token_1',
    data_set: 'Lr0MonthDS1',
    org_unit: 'InFac000001',
    attribute_option_combo: '',
    id_scheme: 'UID',
  });
  const report = sampleMonth('2026-10');
  await post('dhis2MatchMapping', { format_id: report.format_id, items: report.items.map(({ value: _v, ...item }) => item) });
  const blank = {
    data_element: '',
    data_element_code: '',
    data_element_name: '',
    category_option_combo: '',
    category_option_combo_code: '',
    category_option_combo_name: '',
  };
  await post('dhis2SaveMappingRow', { format_id: report.format_id, row: { item_no: '4.1.3.a', excluded: true, ...blank } });
}

const SHOTS: Shot[] = [
  { name: 'shell-register', path: '#/register' },
  { name: 'settings', path: '#/settings' },
  {
    name: 'settings-dhis2',
    path: '#/settings/dhis2',
    prepare: async (page) => {
      await page.getByTestId('dhis2-mapping').locator('input[type="month"]').fill('2026-10');
      await page.getByTestId('dhis2-test').click();
      await page.getByTestId('dhis2-test-ok').waitFor();
    },
  },
  {
    name: 'reports-dhis2-conflicts',
    path: '#/reports',
    prepare: async (page) => {
      await page.getByTestId('report-month').fill('2026-09');
      await page.getByTestId('dhis2-panel').locator('button.primary').click();
      await page.getByTestId('dhis2-conflicts').waitFor();
      await page.getByTestId('dhis2-history').waitFor();
    },
  },
  {
    name: 'reports-dhis2-sent',
    path: '#/reports',
    prepare: async (page) => {
      await page.getByTestId('report-month').fill('2026-10');
      await page.getByTestId('dhis2-panel').locator('button.primary').click();
      await page.getByTestId('dhis2-queue').waitFor();
      await page.getByTestId('dhis2-history').waitFor();
    },
  },
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
  await standIn.start(0);
  const values = join(mkdtempSync(join(tmpdir(), 'prasav-shots-')), 'report-values.json');
  writeFileSync(values, JSON.stringify([sampleMonth('2026-10'), sampleMonth('2026-09', { '3.1': 0 })]));
  const server = await startWebServer(['--report-values', values]);
  const browser = await chromium.launch(config.use?.launchOptions);
  try {
    for (const lang of ['hi', 'en'] as const) {
      const page = await browser.newPage({ viewport: { width: 1366, height: 800 }, locale: 'en-IN', timezoneId: 'Asia/Kolkata' });
      await page.goto(server.url);
      await page.request.post(`${server.url}api/setLanguage`, { data: { ui_language: lang } });
      await configureDhis2(page, server.url);
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
    await standIn.stop();
  }
}

void main();
