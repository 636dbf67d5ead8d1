import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import type { Dashboard } from '../../src/shared/care/dashboard';
import type { EpisodeSummary } from '../../src/shared/contract/register';
import { previousMonth } from '../../src/shared/time';
import { expect, test } from './fixtures';

// Files share the worker's demo server: leave the language as the demo starts (Hindi) for the next file.
test.afterEach(async ({ request }) => {
  await request.post('/api/setLanguage', { data: { ui_language: 'hi' } });
});

test.use({ loginAs: 'clerk' });

async function call<T>(request: APIRequestContext, op: string, data: unknown): Promise<T> {
  const res = await request.post(`/api/${op}`, { data });
  const body = (await res.json()) as { ok: boolean; data: T };
  expect(body.ok, JSON.stringify(body)).toBe(true);
  return body.data;
}

/** Every record admitted from two months before `month` to its end: whoever delivered or left in it is among them. */
async function registerAround(request: APIRequestContext, month: string): Promise<EpisodeSummary[]> {
  const rows: EpisodeSummary[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await call<{ rows: EpisodeSummary[]; total: number }>(request, 'listRegister', {
      from_month: previousMonth(previousMonth(month)),
      to_month: month,
      offset,
      limit: 500,
    });
    rows.push(...page.rows);
    if (rows.length >= page.total) return rows;
  }
}

async function open(page: Page, lang: 'en' | 'hi'): Promise<Dashboard> {
  expect((await page.request.post('/api/setLanguage', { data: { ui_language: lang } })).ok()).toBe(true);
  const dashboard = await call<Dashboard>(page.request, 'getDashboard', {});
  await page.goto('/#/dashboard');
  await expect(page.getByTestId('dashboard')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('[data-figure="deliveries"]')).toBeVisible();
  return dashboard;
}

const shown = async (page: Page, figure: string) =>
  (await page.locator(`[data-figure="${figure}"] .figure-value`).textContent())!.trim();

test("the month's figures equal counts made from the register; each opens its records", async ({ page }) => {
  const d = await open(page, 'en');
  const month = d.month;
  const inMonth = (iso: string | null) => iso !== null && iso.slice(0, 7) === month;
  const rows = (await registerAround(page.request, month)).filter((r) => !r.voided);

  const lscs = rows.filter((r) => inMonth(r.delivery_at) && (r.mode === 'lscs_emergency' || r.mode === 'lscs_elective'));
  const referred = rows.filter((r) => inMonth(r.outcome_at) && r.outcome === 'referred_out');
  const died = rows.filter((r) => inMonth(r.outcome_at) && r.outcome === 'died');
  const hrp = rows.filter((r) => inMonth(r.outcome_at) && r.high_risk);
  expect(await shown(page, 'deliveries.lscs')).toBe(String(lscs.length));
  expect(await shown(page, 'referrals_out')).toBe(String(referred.length));
  expect(await shown(page, 'maternal_deaths')).toBe(String(died.length));
  expect(await shown(page, 'hrp_women')).toBe(String(hrp.length));
  expect(referred.length).toBeGreaterThan(0);
  // The CRS reports due now are listed under the figures too (care.md §4), not printed.
  await expect(page.getByTestId('crs-due')).toBeVisible();

  // A figure opens its records, by keyboard too; each links to the record.
  await page.locator('[data-figure="referrals_out"]').focus();
  await page.keyboard.press('Enter');
  const list = page.getByTestId('dashboard-rows');
  await expect(list.getByRole('link')).toHaveCount(referred.length);
  for (const r of referred) await expect(list.getByRole('link', { name: new RegExp(r.serial_no) })).toBeVisible();
  await list.getByRole('link').first().click();
  await expect(page).toHaveURL(/#\/register\/record\/\d+$/);
});

test('switches months; a month with no deliveries shows "—", not 0 % or NaN', async ({ page }) => {
  const d = await open(page, 'en');
  const heading = page.getByRole('heading', { level: 1 });
  await page.getByRole('button', { name: 'Previous month' }).click();
  await expect(page).toHaveURL(new RegExp(`#/dashboard/${previousMonth(d.month)}$`));
  await expect(heading).not.toContainText(d.month);
  // Far before the demo register: nothing to divide by. The address holds the month, so a reload keeps it.
  await page.goto('/#/dashboard/2001-01');
  await page.reload();
  await expect(heading).toContainText('January 2001');
  await expect(page.locator('[data-figure="deliveries"] .figure-value')).toHaveText('0');
  for (const figure of ['lscs_rate', 'lbw_rate', 'still_birth_rate', 'referral_delay.median', 'ppiucd_rate'])
    await expect(page.locator(`[data-figure="${figure}"] .figure-value`)).toHaveText('—');
  await expect(page.getByTestId('dashboard')).not.toContainText('NaN');
});

test('reads in Hindi and prints on one A4 page', async ({ page }) => {
  await open(page, 'hi');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('महीना एक नज़र में');
  await expect(page.locator('[data-figure="deliveries"]')).toContainText('यहाँ हुए प्रसव');
  await expect(page.locator('.trend canvas')).toHaveCount(12);
  await page.emulateMedia({ media: 'print' });
  const dir = mkdtempSync(join(tmpdir(), 'prasav-dash-'));
  try {
    const pdf = join(dir, 'dashboard.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
    const info = execFileSync('pdfinfo', [pdf]).toString();
    expect(info).toMatch(/Pages:\s+1\n/);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
    expect(text).toContain('12 महीने के रुझान');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
