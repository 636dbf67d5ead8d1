import { expect, test } from './fixtures';

// A trend's bar opens its month (uPlot draws the bars; the click is read from its overlay's position).
test.use({ loginAs: 'clerk' });

test('clicking the oldest bar of a trend shows that month', async ({ page }) => {
  await page.goto('/#/dashboard');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toContainText('2026', { timeout: 30_000 });
  const shown = await heading.innerText();
  const over = page.locator('[data-trend="deliveries"] .u-over');
  const box = (await over.boundingBox())!;
  await over.click({ position: { x: box.width / 24, y: box.height - 5 } }); // the first of 12 columns, on its bar
  await expect(heading).not.toHaveText(shown);
  await expect(heading).toContainText('2025');
});
