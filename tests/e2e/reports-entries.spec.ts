import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expect, test } from './fixtures';

/*
 * Issue 10 item 2: what a clerk types into the report's hand-entered items is never silently lost — not by an
 * export straight after typing, not by a change of month, not by a reload. Issue 13 §3: switching months quickly
 * shows the month asked last.
 */
test.use({ loginAs: 'clerk' });

// Files share the worker's demo server: leave the language as the demo starts (Hindi) for the next file.
test.afterEach(async ({ request }) => {
  await request.post('/api/setLanguage', { data: { ui_language: 'hi' } });
});

async function openReports(page: Page): Promise<string> {
  expect((await page.request.post('/api/setLanguage', { data: { ui_language: 'en' } })).ok()).toBe(true);
  await page.goto('/#/reports');
  await expect(page.getByRole('heading', { name: 'Monthly HMIS report' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('figure-2.2')).toBeVisible();
  return page.getByTestId('report-month').inputValue();
}

const box = (page: Page, item: string) => page.getByLabel(`${item} In-facility`, { exact: true });

/** The stored manual value of an item, as the service answers it. */
async function storedValue(page: Page, month: string, item: string): Promise<number | null> {
  const body = await (await page.request.post('/api/getHmisReport', { data: { month } })).json();
  return body.data.items.find((i: { item_no: string }) => i.item_no === item).value;
}

test('a value typed and exported at once is in the exported files, and stays in its box', async ({ page }) => {
  await openReports(page);
  await box(page, '1.1').fill('37');
  // No "Save entries", no pause: straight to the export.
  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  await page.getByTestId('export-set').click();
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded 4 files.' })).toBeVisible({ timeout: 60_000 });
  await expect(box(page, '1.1')).toHaveValue('37');
  await expect.poll(() => downloads.length).toBe(4);

  const dir = mkdtempSync(join(tmpdir(), 'prasav-e2e-'));
  try {
    const saved: Record<string, string> = {};
    for (const d of downloads) {
      const path = join(dir, d.suggestedFilename());
      await d.saveAs(path);
      saved[d.suggestedFilename().split('.').pop()!] = path;
    }
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saved.xlsx!);
    const sheet = workbook.getWorksheet('Report')!;
    let row = 0;
    sheet.eachRow((r, n) => {
      if (n >= 12 && r.getCell(1).value === '1.1') row = n;
    });
    expect(sheet.getCell(`D${row}`).value).toBe(37);
    expect(sheet.getCell(`G${row}`).value).toBe('manual');
    expect(readFileSync(saved.csv!, 'utf8')).toMatch(/\r\n1\.1,[^,]*,[^\r\n]*,37,/);
    // The Checks sheet holds messages, never a template's placeholders.
    const checks = workbook.getWorksheet('Checks')!;
    checks.eachRow((r) => {
      expect(String(r.getCell(6).value ?? '')).not.toContain('{{');
      expect(String(r.getCell(7).value ?? '')).not.toContain('{{');
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('typed entries survive a quick change of month and a reload; Ctrl+S saves at once', async ({ page }) => {
  const month = await openReports(page);
  await box(page, '1.1.1').fill('12');
  // Straight away to the previous month (no pause for the save as you type), then back.
  await page.getByRole('button', { name: 'Previous month' }).click();
  await expect(page.getByTestId('report-month')).not.toHaveValue(month);
  await expect(page.getByTestId('report-shown')).not.toContainText('Loading');
  await page.getByRole('button', { name: 'Next month' }).click();
  await expect(page.getByTestId('report-month')).toHaveValue(month);
  await expect(box(page, '1.1.1')).toHaveValue('12');
  await expect.poll(() => storedValue(page, month, '1.1.1')).toBe(12);

  // Ctrl+S from the box stores what is typed before the pause would.
  await box(page, '1.1.2').fill('5');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('entries-state')).toHaveText('Saved.');
  expect(await storedValue(page, month, '1.1.2')).toBe(5);

  await page.reload();
  await expect(page.getByTestId('figure-2.2')).toBeVisible({ timeout: 30_000 });
  await expect(box(page, '1.1.1')).toHaveValue('12');
  await expect(box(page, '1.1.2')).toHaveValue('5');

  // Leaving the screen at once by the menu stores what was typed; coming back shows it.
  await box(page, '1.1.1').fill('8');
  await page.getByRole('navigation').getByRole('link', { name: 'Register' }).click();
  await expect.poll(() => storedValue(page, month, '1.1.1')).toBe(8);
  await page.goto('/#/reports');
  await expect(box(page, '1.1.1')).toHaveValue('8');

  // A wrong entry is kept as typed, said so, and the export refuses rather than send the stored value.
  await box(page, '1.1.2').fill('5x');
  await expect(page.getByRole('alert').filter({ hasText: 'Not a whole number in item 1.1.2' })).toBeVisible();
  await page.getByTestId('export-set').click();
  await expect(page.getByRole('alert').filter({ hasText: 'Not exported: item 1.1.2' })).toBeVisible();
  expect(await storedValue(page, month, '1.1.2')).toBe(5);
});

test('Alt+S is not "send to DHIS2" on Reports: the push moved to Alt+P; the clerk sees one line on DHIS2', async ({
  page,
  pageAs,
}) => {
  await openReports(page);
  // The clerk may not send, and is told in one line what to do instead of a line per unmapped item.
  await expect(page.getByTestId('dhis2-unmapped')).toHaveText('DHIS2 not set up — ask the admin.');
  await expect(page.getByTestId('dhis2-panel').getByRole('button', { name: /Send to DHIS2/ })).toHaveCount(0);

  const doctor = await pageAs('doctor');
  await openReports(doctor);
  const push = doctor.getByTestId('dhis2-panel').getByRole('button', { name: /Send to DHIS2/ });
  await expect(push).toHaveAttribute('accesskey', 'p');
  await expect(push).toContainText('Alt+P');
  await expect(doctor.locator('[accesskey="s"]')).toHaveCount(0);
});

test('switching months quickly shows the month asked last, even when an earlier answer arrives later', async ({ page }) => {
  const month = await openReports(page);
  const [year, mm] = month.split('-').map(Number) as [number, number];
  const back = (n: number) => {
    const d = new Date(Date.UTC(year, mm - 1 - n, 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  };
  const slow = back(1);
  const last = back(2);
  // Hold the answer for the first month asked until the second has been shown.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/getHmisReport', async (route) => {
    if (route.request().postDataJSON()?.month === slow) await held;
    await route.continue();
  });
  await page.getByRole('button', { name: 'Previous month' }).click();
  await page.getByRole('button', { name: 'Previous month' }).click();
  await expect(page.getByTestId('report-month')).toHaveValue(last);
  const [y, m] = last.split('-');
  const monthName = new Date(Date.UTC(Number(y), Number(m) - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' });
  await expect(page.getByTestId('report-shown')).toContainText(`${monthName} ${y}`);
  release();
  // The late answer for the other month changes nothing on screen.
  await page.waitForTimeout(1000);
  await expect(page.getByTestId('report-month')).toHaveValue(last);
  await expect(page.getByTestId('report-shown')).toContainText(`${monthName} ${y}`);
  await expect(page.getByTestId('report-shown')).not.toContainText('Loading');
});

test('a check that names items leads to them; one that lists records leads to the record', async ({ page }) => {
  await openReports(page);
  const blank = page.getByTestId('check-M01');
  await blank.getByRole('button', { name: '4.2', exact: true }).click();
  await expect(page.locator('#report-item-4\\.2')).toBeFocused();
  await expect(page.locator('#report-item-4\\.2')).toBeInViewport();

  const incomplete = page.getByTestId('check-C01');
  await incomplete.getByText(/^Incomplete records/).click();
  const record = incomplete.getByRole('link').first();
  const id = /(\d+)$/.exec((await record.getAttribute('href'))!)![1];
  await record.click();
  await expect(page).toHaveURL(new RegExp(`#/register/record/${id}$`));
});
