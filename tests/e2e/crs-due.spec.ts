import { expect, test } from './fixtures';

test.use({ loginAs: 'clerk' });

test('Today lists the CRS reports due to the registrar with days left, overdue in red, in both languages', async ({
  page,
  request,
}) => {
  const due = (await (await request.post('/api/crsDue', { data: {} })).json()) as {
    data: { reports: { overdue: boolean; serial_no: string }[]; maternal_deaths: unknown[] };
  };
  expect(due.data.reports.length).toBeGreaterThan(0);
  await request.post('/api/setLanguage', { data: { ui_language: 'en' } });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/#/register');
  const list = page.getByTestId('crs-due');
  await expect(list.getByRole('heading', { name: /Reports due to the registrar/ })).toBeVisible();
  const first = due.data.reports[0]!;
  const row = list.getByRole('listitem').filter({ hasText: first.serial_no }).first();
  await expect(row).toContainText(first.overdue ? /Overdue by \d+ days?/ : /\d+ days? left/);
  if (first.overdue) await expect(row).toHaveClass(/overdue/);
  await page.screenshot({ path: 'test-results/crs-due-en.png' });
  // The rest of the backlog is there once "Show all" is opened (by keyboard), every entry listed once.
  const total = due.data.reports.length + due.data.maternal_deaths.length;
  if (total > 5) {
    await expect(list.getByRole('listitem')).toHaveCount(5);
    await list.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(list.getByRole('listitem')).toHaveCount(total);
    await list.locator('summary').press('Enter');
  }
  // Keyboard: the first entry is a link to its record.
  await row.getByRole('link').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/register\/record\/\d+/);

  await request.post('/api/setLanguage', { data: { ui_language: 'hi' } });
  await page.goto('/#/register');
  await page.reload();
  await expect(page.getByTestId('crs-due').getByRole('heading', { name: /रजिस्ट्रार को देय रिपोर्ट/ })).toBeVisible();
  await page.screenshot({ path: 'test-results/crs-due-hi.png' });
});
