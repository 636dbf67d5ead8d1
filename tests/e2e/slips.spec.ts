import { execFileSync } from 'node:child_process';
import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures';

/** A discharged demo record with twins if there is one (more to print), else any discharged record. */
async function dischargedRecord(request: APIRequestContext): Promise<number> {
  const response = await request.post('/api/listRegister', {
    data: { from_month: '2000-01', to_month: '2099-12', outcome: 'discharged', limit: 500 },
  });
  const { data } = (await response.json()) as { data: { rows: { id: number; voided: boolean; babies: unknown[] }[] } };
  const rows = data.rows.filter((r) => !r.voided);
  return (rows.find((r) => r.babies.length === 2) ?? rows[0]!).id;
}

test('opens a record’s slips, previews the discharge slip in a sandboxed frame, saves it as PDF, and the reprint is marked', async ({
  page,
  request,
}) => {
  const cspErrors: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
  });
  const id = await dischargedRecord(request);
  await request.post('/api/setLanguage', { data: { ui_language: 'en' } });
  await page.goto(`/#/slips/${id}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Print', level: 1 })).toBeVisible();

  // One button per slip: the discharge slip and a Form 1 per live baby.
  await expect(page.getByTestId('slip-discharge-mother')).toBeVisible();
  await expect(page.getByTestId('slip-birth_report-1')).toBeVisible();
  await page.getByTestId('slip-discharge-mother').click();

  const frame = page.frameLocator('[data-testid=slip-frame]');
  await expect(frame.getByRole('heading', { name: 'छुट्टी पर्ची / Discharge slip' })).toBeVisible();
  await expect(page.getByTestId('slip-frame')).toHaveAttribute('sandbox', 'allow-same-origin');
  // The slip's inline style and embedded font applied inside the frame (the CSP let them in).
  const weight = await page
    .locator('[data-testid=slip-frame]')
    .contentFrame()
    .locator('.hosp-name')
    .evaluate((el) => el.ownerDocument.defaultView!.getComputedStyle(el).fontWeight);
  expect(weight).toBe('700');
  const fontLoaded = await page
    .locator('[data-testid=slip-frame]')
    .contentFrame()
    .locator('body')
    .evaluate(async (el) => {
      await el.ownerDocument.fonts.ready;
      return el.ownerDocument.fonts.check("12px 'Prasav Sans'", 'प्रसव');
    });
  expect(fontLoaded).toBe(true);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save PDF' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^discharge-\d{4}-\d{4}\.pdf$/);
  const path = await file.path();
  const text = execFileSync('pdftotext', ['-raw', path, '-']).toString();
  expect(text).toContain('Discharge slip');
  expect(execFileSync('pdfinfo', [path]).toString()).toMatch(/Page size:\s+594\.96 x 841\.92 pts \(A4\)/);
  await expect(page.getByRole('status')).toContainText('PDF downloaded');

  // A saved PDF is not a print: the paper slip that travels with the patient is still the original.
  await expect(page.getByTestId('slip-discharge-mother')).toContainText('PDF saved');
  await expect(page.getByTestId('slip-discharge-mother')).not.toContainText('printed');
  await expect(page.getByText('Printed before: this print will be marked DUPLICATE.')).toHaveCount(0);
  await expect(frame.getByText(/दूसरी प्रति \/ DUPLICATE/)).toHaveCount(0);

  // The browser's print path: the documents are logged as printed; the next copy is a duplicate.
  await page.getByRole('button', { name: 'Print', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Sent to the printer (2 copies)');
  await expect(page.getByText('Printed before: this print will be marked DUPLICATE.')).toBeVisible();
  await expect(frame.getByText(/दूसरी प्रति \/ DUPLICATE/)).toBeVisible();
  await expect(page.getByTestId('slip-discharge-mother')).toContainText('printed once');
  const log = await (await request.post('/api/printLog', { data: { episode_id: id } })).json();
  expect(log.data.map((l: { channel: string; copy_no: number }) => `${l.channel}:${l.copy_no}`)).toEqual([
    'pdf:1',
    'browser:1',
    'browser:2',
  ]);
  expect(cspErrors).toEqual([]);
});

test('shows what is not yet entered before printing', async ({ page, request }) => {
  const id = await dischargedRecord(request);
  const detail = await (await request.post('/api/getEpisode', { data: { id } })).json();
  const record = detail.data.record;
  // Clear the mobile number: the slip must say it is not yet entered.
  const cleared = await request.post('/api/updateEpisode', {
    data: { id, version: record.version, fields: { mobile: null }, reason: 'test', acknowledge_warnings: true },
  });
  expect(cleared.ok()).toBe(true);
  await request.post('/api/setLanguage', { data: { ui_language: 'en' } });
  await page.goto(`/#/slips/${id}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByTestId('slip-discharge-mother').click();
  await expect(page.getByTestId('slip-missing')).toContainText('Mobile');
  await expect(page.frameLocator('[data-testid=slip-frame]').locator('.missing')).toContainText('मोबाइल / Mobile');
});

test('the admin sets the discharge slip to A5 on the print settings page, and the slip follows', async ({ page, request }) => {
  await request.post('/api/setLanguage', { data: { ui_language: 'en' } });
  await page.goto('/#/settings');
  await page.getByRole('link', { name: 'Printing', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Printing', level: 1 })).toBeVisible();
  await page.getByTestId('print-discharge').getByLabel('Paper', { exact: true }).selectOption('A5');
  await page.getByTestId('print-discharge').getByLabel('Top margin (mm, more for letterhead)').fill('40');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toHaveText('Print settings saved.');
  const id = await dischargedRecord(request);
  const preview = await (await request.post('/api/previewSlip', { data: { episode_id: id, slip: 'discharge' } })).json();
  expect(preview.data.paper).toBe('A5');
  expect(preview.data.html).toContain('size:148mm 210mm;margin:40mm');
});
