import type { Page } from '@playwright/test';
import { parseMonth } from '../../src/shared/i18n/dates';
import { expect, test } from './fixtures';

/*
 * Leaving Reports with a hand-entered value that is not a number: the valid entries are saved as always, and the
 * one that cannot be saved is never dropped in silence. The screen asks, naming the item and what was typed; Stay
 * keeps it in its box with the error beside it, Leave (chosen knowingly) goes.
 */
test.use({ loginAs: 'clerk' });

test.afterEach(async ({ request }) => {
  await request.post('/api/setLanguage', { data: { ui_language: 'hi' } });
});

const box = (page: Page, item: string) => page.getByLabel(`${item} In-facility`, { exact: true });

async function storedValue(page: Page, month: string, item: string): Promise<number | null> {
  const body = await (await page.request.post('/api/getHmisReport', { data: { month } })).json();
  return body.data.items.find((i: { item_no: string }) => i.item_no === item).value;
}

test('leaving Reports by a link with an entry that is not a number asks, naming it; Stay keeps it', async ({ page }) => {
  expect((await page.request.post('/api/setLanguage', { data: { ui_language: 'en' } })).ok()).toBe(true);
  await page.goto('/#/reports');
  await expect(page.getByRole('heading', { name: 'Monthly HMIS report' })).toBeVisible({ timeout: 30_000 });
  const month = parseMonth(await page.getByTestId('report-month').inputValue())!;
  await box(page, '1.1').fill('41');
  await box(page, '1.1.1').fill('1o');

  const questions: string[] = [];
  page.once('dialog', (dialog) => {
    questions.push(dialog.message());
    void dialog.dismiss();
  });
  await page.getByRole('link', { name: 'Register', exact: true }).click();
  await expect.poll(() => questions.length).toBe(1);
  expect(questions[0]).toContain('item 1.1.1 “1o”');
  expect(questions[0]).toContain('cannot be saved');
  // Stay: still on Reports, the text in its box, the error naming the item beside it; the valid entry is saved.
  await expect(page).toHaveURL(/#\/reports/);
  await expect(box(page, '1.1.1')).toHaveValue('1o');
  await expect(box(page, '1.1.1')).toHaveAttribute('aria-invalid', 'true');
  await expect(
    page
      .getByText(/1\.1\.1/)
      .filter({ hasText: /not a|number/i })
      .first(),
  ).toBeVisible();
  await expect.poll(() => storedValue(page, month, '1.1')).toBe(41);

  // Corrected, leaving asks nothing and the value is saved.
  await box(page, '1.1.1').fill('10');
  page.once('dialog', (dialog) => {
    questions.push(dialog.message());
    void dialog.dismiss();
  });
  await page.getByRole('link', { name: 'Register', exact: true }).click();
  await expect(page).toHaveURL(/#\/register/);
  expect(questions).toHaveLength(1);
  await expect.poll(() => storedValue(page, month, '1.1.1')).toBe(10);
});

test('Leave, chosen in the question, goes without the entry that is not a number', async ({ page }) => {
  expect((await page.request.post('/api/setLanguage', { data: { ui_language: 'en' } })).ok()).toBe(true);
  await page.goto('/#/reports');
  await expect(page.getByRole('heading', { name: 'Monthly HMIS report' })).toBeVisible({ timeout: 30_000 });
  const month = parseMonth(await page.getByTestId('report-month').inputValue())!;
  const before = await storedValue(page, month, '1.1.2');
  await box(page, '1.1.2').fill('abc');
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('link', { name: 'Register', exact: true }).click();
  await expect(page).toHaveURL(/#\/register/);
  expect(await storedValue(page, month, '1.1.2')).toBe(before);
});
