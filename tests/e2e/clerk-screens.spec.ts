import { expect, test } from './fixtures';

/*
 * Issue 10 items 13 and 14, as the clerk sees them at 1366 × 768: dates DD-MM-YYYY and 24-hour with months named in
 * the screen's language; the notices under the header compact and hideable until the next login; the last-backup
 * line on one line.
 */

test.use({ viewport: { width: 1366, height: 768 } });

for (const lang of ['hi', 'en'] as const) {
  test(`notices are one compact strip the clerk can hide by keyboard; the backup line is one line (${lang})`, async ({
    pageAs,
    request,
  }) => {
    await request.post('/api/setLanguage', { data: { ui_language: lang } });
    const page = await pageAs('clerk');
    await page.goto('/#/register');
    const strip = page.getByTestId('notices');
    await expect(strip.locator('[data-notice="status.demo"]')).toBeVisible();
    await expect(strip.locator('[data-notice="backup.warn_not_set"]')).toBeVisible();
    expect((await strip.boundingBox())!.height).toBeLessThanOrEqual(40);
    const indicator = page.getByTestId('backup-indicator');
    // A time, if a backup exists yet, is DD-MM-YYYY HH:mm: never "4 दिस॰ 2026, 12:05 am".
    await expect(indicator).not.toHaveText(/am|pm|दिस॰|Dec /);
    const lineHeight = await indicator.evaluate(
      (el) => parseFloat(el.ownerDocument.defaultView!.getComputedStyle(el).lineHeight) || 20,
    );
    expect((await indicator.boundingBox())!.height).toBeLessThan(lineHeight * 1.5);

    // Keyboard only: focus the demo notice's ×, Enter; then the other one.
    for (const key of ['status.demo', 'backup.warn_not_set']) {
      await strip.locator(`[data-notice="${key}"] button`).focus();
      await page.keyboard.press('Enter');
      await expect(strip.locator(`[data-notice="${key}"]`)).toHaveCount(0);
    }
    await expect(page.getByTestId('notices')).toHaveCount(0);
    // Hidden for this login only: they come back after logging out and in.
    await page.getByRole('button', { name: lang === 'hi' ? 'लॉग आउट' : 'Log out' }).click();
    await expect(page.getByTestId('current-user')).toHaveCount(0);
    await page.locator('input[autocomplete=username]').fill('clerk');
    await page.locator('input[type=password]').fill('demo-clerk-1');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('notices').locator('[data-notice="status.demo"]')).toBeVisible();
    await page.screenshot({ path: test.info().outputPath(`clerk-notices-${lang}.png`) });
  });
}

test('dates on the Users screen are DD-MM-YYYY 24-hour, and the Hindi month picker names months in Hindi', async ({
  page,
  request,
}) => {
  await request.post('/api/setLanguage', { data: { ui_language: 'hi' } });
  await page.goto('/#/users');
  const adminRow = page.getByTestId('users-table').locator('tr[data-username="admin"]');
  await expect(adminRow).toContainText(/\d{2}-\d{2}-\d{4} \d{2}:\d{2}/);
  await expect(adminRow).not.toContainText(/am|pm|दिस॰/);
  await page.goto('/#/reports');
  const month = page.getByTestId('report-month');
  await expect(month).toHaveValue(/^\d{2}-\d{4}$/);
  await month.fill('11-2026');
  await expect(page.locator('.report-controls .month-input .echo')).toHaveText('नवंबर 2026');
  await month.press('ArrowUp');
  await expect(month).toHaveValue('12-2026');
  await expect(page.locator('.report-controls .month-input .echo')).toHaveText('दिसंबर 2026');
  await expect(page.locator('.report-controls')).not.toContainText(/November|December/);
});

test('F1 or ? shows the shortcuts of the screen in both languages; not while typing; Esc closes', async ({ pageAs, request }) => {
  await request.post('/api/setLanguage', { data: { ui_language: 'hi' } });
  const page = await pageAs('clerk');
  await page.goto('/#/register');
  await expect(page.getByTestId('today-table')).toBeVisible();
  await page.keyboard.press('F1');
  const help = page.getByTestId('keyboard-help');
  await expect(help).toBeVisible();
  await expect(help.getByRole('heading')).toHaveText('कीबोर्ड शॉर्टकट / Keyboard shortcuts');
  await expect(help.locator('[data-shortcut=find]')).toContainText('रिकॉर्ड खोजें');
  await expect(help.locator('[data-shortcut=find]')).toContainText('Find a record');
  await expect(help.locator('[data-shortcut=save]')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);

  // On the admission form: ? typed into a field is a character; outside a field it opens the form's shortcuts.
  await page.keyboard.press('Alt+n');
  const name = page.locator('input[type=text]').first();
  await name.focus();
  await page.keyboard.type('?');
  await expect(help).toHaveCount(0);
  await expect(name).toHaveValue('?');
  await name.fill('');
  await page.locator('body').click({ position: { x: 5, y: 700 } });
  await page.keyboard.press('?');
  await expect(help).toBeVisible();
  await expect(help.locator('[data-shortcut=save]')).toContainText('Ctrl+S');
  await expect(help.locator('[data-shortcut=save]')).toContainText('फ़ॉर्म सहेजें');
  await page.screenshot({ path: test.info().outputPath('keyboard-help-hi.png') });
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
});

test('Alt+T goes back to Today from anywhere; a half-typed admission asks first and stays on Stay', async ({ pageAs }) => {
  const page = await pageAs('clerk');
  await page.goto('/#/dashboard');
  await expect(page.getByTestId('dashboard')).toBeVisible(); // the clerk sees the screen before her key
  await page.keyboard.press('Alt+t');
  await expect(page).toHaveURL(/#\/register$/);
  await expect(page.getByTestId('today-table')).toBeVisible();
  // The Today tab names its key, as Admit shows Alt+N.
  await expect(page.locator('.subnav a[aria-current=page]')).toHaveAttribute('aria-keyshortcuts', 'Alt+T');

  await page.keyboard.press('Alt+n');
  const name = page.getByTestId('admit-form').locator('input[type=text]').first();
  await name.fill('Parwati Devi');
  let asked = '';
  page.once('dialog', (dialog) => {
    asked = dialog.message();
    void dialog.dismiss(); // Stay
  });
  await page.keyboard.press('Alt+t');
  await expect.poll(() => asked).not.toBe('');
  await expect(page).toHaveURL(/#\/register\/admit$/);
  await expect(name).toHaveValue('Parwati Devi');

  page.once('dialog', (dialog) => void dialog.accept()); // Leave: the entries stay as a draft
  await page.keyboard.press('Alt+t');
  await expect(page).toHaveURL(/#\/register$/);
  await page.keyboard.press('F1');
  await expect(page.getByTestId('keyboard-help').locator('[data-shortcut=today]')).toContainText('Alt+T');
});
