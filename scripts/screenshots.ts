/**
 * Takes the screenshots checked in under docs/screenshots/ (`npm run screenshots`): every screen in Hindi
 * and English on the demo database, in Debian's Chromium. Look at them after every UI change.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import config from '../playwright.config';
import type { Role } from '../src/shared/roles';
import { loginAs, startWebServer, stopWebServer, type WebServer } from '../tests/e2e/fixtures';
import { sampleMonth } from '../tests/fixtures/dhis2-standin/sample-report';
import { labourRoomSeed } from '../tests/fixtures/dhis2-standin/seeds';
import { Dhis2StandIn } from '../tests/fixtures/dhis2-standin/server';
import { blankMappingRow } from '../src/shared/dhis2';

const OUT = join(__dirname, '..', 'docs', 'screenshots');

interface Shot {
  name: string;
  path: string;
  /** Who is logged in (default admin); null for the screens before login. */
  as?: Role | null;
  /** Optional steps after navigation (open a record, fill a form). */
  prepare?: (page: Page) => Promise<void>;
  /** The whole page (default), or the first screen of a long one. */
  fullPage?: boolean;
}

/**
 * The DHIS2 screens need a server and a month's values: the test stand-in (5 October in Kishanganj) and a trial values
 * file (`--report-values`) for September (0 C-sections, which the server refuses) and October, so the panel shows a
 * refusal and a success whatever the demo register holds. (The HMIS table above the panel shows the register's own.)
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
  await post('dhis2SaveMappingRow', { format_id: report.format_id, row: blankMappingRow('4.1.3.a', true) });
}

/** The demo register through the API (the shots pick their records the way a clerk would find them). */
async function call<T>(page: Page, op: string, input: unknown): Promise<T> {
  const response = await page.request.post(new URL(`/api/${op}`, page.url()).toString(), { data: input });
  const body = (await response.json()) as { ok: boolean; data: T; error?: unknown };
  if (!body.ok) throw new Error(`${op}: ${JSON.stringify(body.error)}`);
  return body.data;
}

interface Row {
  id: number;
  record_state: string;
  voided: boolean;
  outcome: string | null;
  version?: number;
}

async function open(page: Page, hash: string): Promise<void> {
  await page.evaluate(`window.location.hash = ${JSON.stringify(hash)}`);
  await page.waitForLoadState('networkidle');
}

async function firstToday(page: Page, state: string): Promise<Row> {
  const rows = await call<Row[]>(page, 'listToday', {});
  const row = rows.find((r) => r.record_state === state);
  if (!row) throw new Error(`no ${state} woman on Today`);
  return row;
}

async function registerRow(page: Page, query: Record<string, unknown>, pick: (r: Row) => boolean): Promise<Row> {
  const today = new Date().toISOString().slice(0, 7);
  const { rows } = await call<{ rows: Row[] }>(page, 'listRegister', {
    from_month: `${Number(today.slice(0, 4)) - 2}-01`,
    to_month: today,
    include_voided: true,
    descending: true,
    limit: 500,
    ...query,
  });
  const row = rows.find(pick);
  if (!row) throw new Error('no such record in the demo register');
  return row;
}
/** Back to the top of the page once layout has settled (opening a panel may scroll it). */
const TO_TOP = 'new Promise((done) => requestAnimationFrame(() => { window.scrollTo(0, 0); requestAnimationFrame(done); }))';

/**
 * The demo holds no referral still waiting to leave: one is decided 42 minutes ago (eclampsia) for a woman on the board,
 * once before the shots, so Today shows its timer red past the 30-minute target in both languages alike.
 */
async function decideLateReferral(page: Page): Promise<void> {
  type Entry = { id: number; hours_since_admission: number | null; pending_referral: unknown };
  const board = await call<{ entries: Entry[] }>(page, 'getWardBoard', {});
  const woman = board.entries.find((e) => e.pending_referral) ?? board.entries.find((e) => (e.hours_since_admission ?? 0) >= 1);
  if (!woman) throw new Error('no woman on the ward board admitted an hour ago');
  if (!woman.pending_referral) {
    const { record } = await call<{ record: { version: number } }>(page, 'getEpisode', { id: woman.id });
    const decided = `${new Date(Date.now() - 42 * 60_000 + 330 * 60_000).toISOString().slice(0, 16)}:00+05:30`;
    await call(page, 'recordReferralDecision', {
      id: woman.id,
      version: record.version,
      referral: {
        receiving_facility_name: 'Sadar Hospital Kishanganj',
        decision_at: decided,
        reasons: ['eclampsia_severe_pre_eclampsia'],
      },
    });
  }
}

const SHOTS: Shot[] = [
  { name: 'register-today', path: '#/register' },
  {
    name: 'care-timer-late',
    path: '#/register',
    fullPage: false,
    prepare: (page) => page.getByTestId('referral-timer').first().waitFor(),
  },
  { name: 'care-follow-up', path: '#/register/follow-up', fullPage: false },
  {
    name: 'register-admit',
    path: '#/register/admit',
    prepare: async (page) => {
      await page.keyboard.type('Kalpana Hembram');
      await page.keyboard.press('Tab');
      await page.keyboard.type('23');
      await page.locator('input[type=radio][value=referred_in]').check();
    },
  },
  {
    name: 'register-admit-errors',
    path: '#/register/admit',
    prepare: async (page) => {
      await page.keyboard.type('Kalpana Hembram');
      await page.locator('[data-path="fields.age_years"]').fill('8');
      await page.locator('[data-path="fields.mobile"]').fill('12345');
      await page.locator('[data-path="fields.mobile"]').press('Enter');
    },
  },
  {
    name: 'register-delivery',
    path: '#/register',
    prepare: async (page) => {
      const row = await firstToday(page, 'admitted');
      await open(page, `#/register/record/${row.id}/delivery`);
      await page.locator('input[type=radio][value=normal_vaginal]').check();
      const a = page.getByTestId('baby-A');
      await a.locator('input[type=radio][value=F]').check();
      await a.locator('input[type=radio][value=live]').check();
      await a.locator('[data-path="babies.0.birth_weight_g"]').fill('2100');
      await a.locator('[data-path="babies.0.vit_k"]').fill('t');
      await page.getByTestId('add-baby').click();
      const b = page.getByTestId('baby-B');
      await b.locator('input[type=radio][value=M]').check();
      await b.locator('input[type=radio][value=fresh_still_birth]').check();
      await page.locator('[data-path="fields.delivery_at#time"]').fill('now');
    },
  },
  {
    name: 'register-outcome-referral',
    path: '#/register',
    prepare: async (page) => {
      const row = await firstToday(page, 'delivered');
      await open(page, `#/register/record/${row.id}/outcome`);
      await page.locator('input[type=radio][value=referred_out]').check();
      await page.locator('[data-path="fields.outcome_at#time"]').fill('now');
      await page.locator('input[type=radio][value=emergency]').check();
      await page.locator('[data-path="referral.receiving_facility_name"]').fill('Sadar Hospital, Kishanganj');
      await page.locator('[data-path="referral.reasons"] input').nth(0).check();
    },
  },
  {
    name: 'register-outcome-discharge',
    path: '#/register',
    prepare: async (page) => {
      const row = await firstToday(page, 'delivered');
      await open(page, `#/register/record/${row.id}/outcome`);
      await page.locator('input[type=radio][value=discharged]').check();
      await page.locator('input[type=radio][value=stable]').check();
    },
  },
  { name: 'register-book', path: '#/register/book' },
  {
    name: 'register-find',
    path: '#/register',
    prepare: async (page) => {
      // Typed into the box itself: F2 pressed before the screen's key handler is attached would be lost.
      await page.locator('#find-box').fill('sunita');
      await page.locator('.find-panel [role=option]').first().waitFor();
      await page.keyboard.press('ArrowDown');
    },
  },
  {
    name: 'register-record',
    path: '#/register',
    prepare: async (page) => {
      // A referred-out record, with a correction in its history.
      const row = await registerRow(page, { outcome: 'referred_out' }, (r) => !r.voided);
      const { record } = await call<{ record: { id: number; version: number; age_years: number } }>(page, 'getEpisode', {
        id: row.id,
      });
      await call(page, 'updateEpisode', {
        id: record.id,
        version: record.version,
        fields: { age_years: record.age_years + 1 },
        reason: 'Age copied from the wrong card',
      });
      await open(page, `#/register/record/${row.id}`);
    },
  },
  {
    name: 'register-record-voided',
    path: '#/register',
    prepare: async (page) => {
      // The demo has no voided record: void one (the same one in both languages).
      const row = await registerRow(page, { record_state: 'closed', outcome: 'discharged' }, () => true);
      if (!row.voided) {
        const { record } = await call<{ record: { version: number } }>(page, 'getEpisode', { id: row.id });
        await call(page, 'voidEpisode', {
          id: row.id,
          version: record.version,
          reason_code: 'duplicate',
          reason_text: 'Entered twice: see the next serial number',
        });
      }
      await open(page, `#/register/record/${row.id}`);
    },
  },
  {
    name: 'register-record-void-panel',
    path: '#/register',
    prepare: async (page) => {
      const row = await firstToday(page, 'admitted');
      await open(page, `#/register/record/${row.id}`);
      await page.locator('.side-actions button.danger-outline').click();
      await page.locator('input[type=radio][value=other]').check();
      await page.getByTestId('void-panel').locator('button[type=submit]').click();
    },
  },
  { name: 'dashboard', path: '#/dashboard', as: 'doctor' },
  {
    name: 'dashboard-rows',
    path: '#/dashboard',
    as: 'doctor',
    fullPage: false,
    prepare: async (page) => {
      await page.locator('[data-figure="referrals_out"]').click();
      await page.getByTestId('dashboard-rows').scrollIntoViewIfNeeded();
    },
  },
  { name: 'settings', path: '#/settings' },
  {
    name: 'settings-dhis2',
    path: '#/settings/dhis2',
    prepare: async (page) => {
      await page.getByTestId('dhis2-mapping').locator('.month-input input').fill('2026-10');
      await page.getByTestId('dhis2-test').click();
      await page.getByTestId('dhis2-test-ok').waitFor();
    },
  },
  {
    name: 'reports-dhis2-conflicts',
    path: '#/reports',
    fullPage: false,
    // The DHIS2 panel sits under the report's ~100 items: the shot shows the panel, not the whole page.
    prepare: async (page) => {
      await page.getByTestId('report-month').fill('2026-09');
      await page.getByTestId('dhis2-panel').locator('button.primary').click();
      await page.getByTestId('dhis2-conflicts').waitFor();
      await page.getByTestId('dhis2-history').waitFor();
      await page.getByTestId('dhis2-panel').evaluate((panel) => panel.scrollIntoView({ block: 'start' }));
    },
  },
  {
    name: 'reports-dhis2-sent',
    path: '#/reports',
    fullPage: false,
    prepare: async (page) => {
      await page.getByTestId('report-month').fill('2026-10');
      await page.getByTestId('dhis2-panel').locator('button.primary').click();
      await page.getByTestId('dhis2-queue').waitFor();
      await page.getByTestId('dhis2-history').waitFor();
      await page.getByTestId('dhis2-panel').evaluate((panel) => panel.scrollIntoView({ block: 'start' }));
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
  { name: 'settings-register-rules', path: '#/settings/register' },
  {
    name: 'settings-import-report',
    path: '#/settings/exchange',
    prepare: async (page) => {
      const csv = [
        'mother_name,age_years,admission_at,mobile,baby1_sex,colour',
        'Sunita Devi,24,05-10-2026 10:00,9876543210,F,',
        'Puja Kumari,25,05-10-2026 11:00,12345,F,',
        'Rinku Devi,23,31-02-2026 10:00,,F,',
      ].join('\n');
      await page.locator('[data-path="import_file"]').setInputFiles({
        name: 'register.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(csv),
      });
      await page.getByTestId('import-form').locator('button').first().click();
      await page.getByTestId('import-report').waitFor();
    },
  },
  { name: 'settings-access', path: '#/settings/access' },
  { name: 'settings-roles', path: '#/settings/roles' },
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
  {
    name: 'backup-second-folder',
    path: '#/backup',
    fullPage: false,
    // Choosing a USB folder asks for its passphrase in the same step; saved without one, the refusal names the field.
    prepare: async (page) => {
      const form = page.getByTestId('backup-settings');
      await form.locator('[data-path="second_dir"]').fill(mkdtempSync(join(tmpdir(), 'prasav-shots-usb-')));
      await form.locator('button[type=submit]').click();
      await form.locator('.field-invalid').first().waitFor();
      await form.locator('[data-path="passphrase"]').scrollIntoViewIfNeeded();
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

const viewport = { width: 1366, height: 800 };

/** `npm run screenshots -- reports-dhis2` re-takes only the shots whose names start so (all of them by default). */
const ONLY = process.argv.slice(2);

async function shoot(page: Page, name: string, lang: string, fullPage = true): Promise<void> {
  // Every screen has a heading; wait for it and for the bundled font, or the text is not painted yet.
  await page.locator('h1, h2').first().waitFor();
  await page.waitForFunction("document.fonts.status === 'loaded'");
  await page.evaluate('document.fonts.ready');
  await page.screenshot({ path: join(OUT, `${name}-${lang}.png`), fullPage });
  console.log(`docs/screenshots/${name}-${lang}.png`);
}

async function demoShots(browser: Browser, server: WebServer): Promise<void> {
  for (const lang of ['hi', 'en'] as const) {
    for (const shot of SHOTS.filter((s) => ONLY.length === 0 || ONLY.some((name) => s.name.startsWith(name)))) {
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
      await shoot(page, shot.name, lang, shot.fullPage);
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
  await standIn.start(0);
  const values = join(mkdtempSync(join(tmpdir(), 'prasav-shots-')), 'report-values.json');
  writeFileSync(values, JSON.stringify([sampleMonth('2026-10'), sampleMonth('2026-09', { '3.1': 0 })]));
  const server = await startWebServer(['--report-values', values]);
  const browser = await chromium.launch(config.use?.launchOptions);
  try {
    // The DHIS2 screens need the stand-in configured once, by the administrator.
    const admin = await browser.newContext();
    await loginAs(admin, server.url, 'admin');
    const adminPage = await admin.newPage();
    await configureDhis2(adminPage, server.url);
    await adminPage.goto(server.url);
    await decideLateReferral(adminPage);
    if (ONLY.length === 0) await reportPdfPages(server.url, admin.request);
    await admin.close();
    await demoShots(browser, server);
    if (ONLY.length === 0) await firstRunShots(browser);
  } finally {
    await browser.close();
    await stopWebServer(server);
    await standIn.stop();
  }
}

void main();
