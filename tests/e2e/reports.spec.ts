import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expect, test } from './fixtures';

// Files share the worker's demo server: leave the language as the demo starts (Hindi) for the next file.
test.afterEach(async ({ request }) => {
  await request.post('/api/setLanguage', { data: { ui_language: 'hi' } });
});

/** The Reports screen in English, on the demo hospital's last complete month. */
async function openReports(page: Page): Promise<void> {
  // The stored language wins on load; setting it first avoids racing the switch against the settings' arrival.
  expect((await page.request.post('/api/setLanguage', { data: { ui_language: 'en' } })).ok()).toBe(true);
  await page.goto('/#/reports');
  await expect(page.getByRole('heading', { name: 'Monthly HMIS report' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('figure-2.2')).toBeVisible();
}

test('produces the export set with one click; the XLSX and the PDF carry the numbers the screen shows', async ({ page }) => {
  await openReports(page);
  const figure = async (item: string) => Number(await page.getByTestId(`figure-${item}`).textContent());
  const deliveries = await figure('2.2');
  const lbw = await figure('4.4.2');
  expect(deliveries).toBeGreaterThan(50);

  // Every figure explains itself: the rows it counts, each linking to its record.
  await page.getByTestId('figure-2.2').click();
  const explain = page.getByTestId('explain');
  await expect(explain.getByRole('heading')).toHaveText(`Item 2.2: ${deliveries} counted`);
  await expect(explain.getByRole('link')).toHaveCount(deliveries);
  const first = explain.getByRole('link').first();
  await expect(first).toHaveAttribute('href', /^#\/register\/record\/\d+$/);
  const serial = /^\d{4}\/\d+/.exec((await first.textContent())!.trim())![0];
  const id = /(\d+)$/.exec((await first.getAttribute('href'))!)![1];
  await first.click();
  await expect(page).toHaveURL(new RegExp(`#/register/record/${id}$`));
  await expect(page.locator('body')).toContainText(serial);
  await page.goBack();
  await expect(page.getByTestId('figure-2.2')).toBeVisible();

  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  await page.getByTestId('export-set').click();
  // The first PDF starts the server's Chromium: allow for a slow, shared machine.
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded 4 files.' })).toBeVisible({ timeout: 60_000 });
  await expect.poll(() => downloads.length).toBe(4);

  const dir = mkdtempSync(join(tmpdir(), 'prasav-e2e-'));
  try {
    const saved: Record<string, string> = {};
    for (const d of downloads) {
      const path = join(dir, d.suggestedFilename());
      await d.saveAs(path);
      saved[d.suggestedFilename().split('.').pop()!] = path;
    }
    expect(Object.keys(saved).sort()).toEqual(['csv', 'json', 'pdf', 'xlsx']);
    expect(downloads[0]!.suggestedFilename()).toMatch(/^HMIS_BR-KGJ-PVT-0042_\d{4}-\d{2}_hmis-2022-sb\d(_DRAFT)?\.xlsx$/);

    // The documented cells: header rows 1–9 in A/B, column headers on row 11, items from row 12, values in D.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saved.xlsx!);
    const sheet = workbook.getWorksheet('Report')!;
    expect(sheet.getCell('A5').value).toBe('Facility name');
    expect(sheet.getCell('B5').value).toBe('Seemanchal Maternity & Nursing Home');
    expect(sheet.getCell('A11').value).toBe('Item No.');
    expect(sheet.getCell('D11').value).toBe('In-facility');
    const rows = new Map<string, number>();
    sheet.eachRow((row, n) => {
      if (n >= 12) rows.set(String(row.getCell(1).value), n);
    });
    expect(sheet.getCell(`D${rows.get('2.2')}`).value).toBe(deliveries);
    expect(sheet.getCell(`D${rows.get('4.4.2')}`).value).toBe(lbw);
    expect(sheet.getCell(`G${rows.get('1.1')}`).value).toBe('manual');

    const csv = readFileSync(saved.csv!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain(`\r\n2.2,M2,Number of Institutional Deliveries conducted (Including C-Sections),${deliveries},`);

    const text = execFileSync('pdftotext', ['-layout', saved.pdf!, '-']).toString();
    expect(text).toContain('Seemanchal Maternity & Nursing Home');
    expect(text).toMatch(
      new RegExp(`2\\.2\\s+Number of Institutional Deliveries conducted \\(Including C-Sections\\)\\s+${deliveries}\\b`),
    );
    expect(text).toMatch(new RegExp(`4\\.4\\.2\\s+Number of Newborns having weight less than 2500 gms\\s+${lbw}\\b`));

    const json = JSON.parse(readFileSync(saved.json!, 'utf8'));
    expect(json.report.items.find((i: { item_no: string }) => i.item_no === '2.2').value).toBe(deliveries);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('entries and notes make the report final; submitted, it freezes and later edits show as differences', async ({
  page,
  request,
}) => {
  await openReports(page);
  // Type 0 in every "enter by hand" item and save.
  const inputs = page.locator('input.count[aria-label$="In-facility"]');
  const count = await inputs.count();
  expect(count).toBeGreaterThan(5);
  for (let i = 0; i < count; i++) await inputs.nth(i).fill('0');
  await page.getByRole('button', { name: 'Save entries' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(page.getByTestId('check-M01')).toHaveCount(0);

  // Acknowledge every open warning with a note.
  const forms = page.locator('.ack-form');
  for (let open = await forms.count(); open > 0; open--) {
    await forms.first().getByRole('textbox').fill('Checked with the labour-room register');
    await forms.first().getByRole('button', { name: 'Acknowledge' }).click();
    await expect(forms).toHaveCount(open - 1);
  }
  await expect(page.getByTestId('checks-summary')).toHaveText(/^0 errors, 0 warnings to acknowledge/);
  await expect(page.getByTestId('export-set')).toHaveText('Export report set');

  await page.getByRole('button', { name: 'Mark as submitted' }).click();
  await page.locator('.confirm').getByRole('button', { name: 'Mark as submitted' }).click();
  await expect(page.getByText(/^Submitted on .* The figures are frozen\.$/)).toBeVisible();
  const submitted = Number(await page.getByTestId('figure-3.1').textContent());

  // A clerk corrects a delivery of that month to a caesarean: it needs a reason, then the report shows the change.
  const report = await (await request.post('/api/getHmisReport', { data: {} })).json();
  const nightVaginal: number[] = report.data.items.find((i: { item_no: string }) => i.item_no === '2.2.2').episode_ids;
  // One without an episiotomy (which a caesarean cannot have).
  let record: { id: number; version: number; episiotomy: boolean | null } | null = null;
  for (const id of nightVaginal) {
    record = (await (await request.post('/api/getEpisode', { data: { id } })).json()).data.record;
    if (record!.episiotomy !== true) break;
  }
  const vaginal = record!.id;
  // Warnings are acknowledged: whether she went home sooner than a caesarean's due hours depends on the demo month.
  const change = {
    id: vaginal,
    version: record!.version,
    fields: { mode: 'lscs_emergency', lscs_indication: 'Fetal distress' },
    acknowledge_warnings: true,
  };
  const refused = await request.post('/api/updateEpisode', { data: change });
  expect((await refused.json()).error.issues[0]).toMatchObject({ field: 'reason', message: 'v.reason_after_submission' });
  expect((await request.post('/api/updateEpisode', { data: { ...change, reason: 'Entered as normal by mistake' } })).ok()).toBe(
    true,
  );

  // An admission of that month entered late, on the Admit screen: the service asks why, and the reason box appears.
  const month: string = report.data.month;
  await page.goto('/#/register/admit');
  await page.getByLabel("Mother's name").fill('Late Entry');
  await page.getByLabel('Age (years)').fill('25');
  const when = page
    .locator('.field')
    .filter({ has: page.locator('label, .field-label').getByText('Admission date and time', { exact: true }) });
  await when
    .locator('input')
    .nth(0)
    .fill(`28-${month.slice(5, 7)}-${month.slice(0, 4)}`);
  await when.locator('input').nth(1).fill('09:00');
  await page.keyboard.press('Control+s');
  await expect(page.getByText(`This changes the submitted report of ${month}`).first()).toBeVisible();
  await page.getByLabel('Reason for the correction').fill('Admission register page found late');
  await page.keyboard.press('Control+s');
  await expect(page).toHaveURL(/#\/register\/record\/\d+$/);
  await expect(page.getByRole('status')).toContainText('Admitted Late Entry');
  const lateId = Number(/record\/(\d+)$/.exec(page.url())![1]);
  const history = await (await request.post('/api/episodeHistory', { data: { id: lateId } })).json();
  expect(JSON.stringify(history)).toContain('Admission register page found late');

  await page.goto('/#/reports');
  const banner = page.getByTestId('changed-banner');
  await expect(banner).toContainText('Report changed since submission');
  const row = banner.locator('tr').filter({ has: page.locator('td:first-child', { hasText: /^3\.1$/ }) });
  await expect(row).toHaveText(`3.1${submitted}${submitted + 1}`);
  // The screen still shows what was submitted.
  await expect(page.getByTestId('figure-3.1')).toHaveText(String(submitted));
});
