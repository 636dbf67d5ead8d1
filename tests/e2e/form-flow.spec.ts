import type { Locator } from '@playwright/test';
import { call } from './call';
import { expect, test } from './fixtures';
import { typeDateTime, typedAt } from './form-fields';

/*
 * The save flow every register form shares (useEpisodeFormFlow in components/form.tsx), seen on the delivery form
 * in Hindi at 1366×768 by keyboard: no summary of problems before a save attempt; Ctrl+S with problems shows it
 * and moves focus to the first; once fixed, Enter saves and the form's draft is gone.
 */

test.use({ loginAs: 'clerk', viewport: { width: 1366, height: 768 } });

/** The input path (`data-path`, with its `#part`: `fields.delivery_at#time` is the time box) of the element that has focus. */
const focusedPath = (form: Locator) =>
  form.evaluate((el) => el.ownerDocument.activeElement?.closest('[data-path]')?.getAttribute('data-path') ?? null);

test('delivery in Hindi: a refused Ctrl+S summarises the problems and focuses the first; fixed, Enter saves', async ({
  page,
  request,
}) => {
  await call(request, 'setLanguage', { ui_language: 'hi' });
  const admitted = await call(request, 'admitMother', {
    fields: { mother_name: 'Rekha Devi', age_years: 23, admission_at: new Date(Date.now() - 3_600_000).toISOString() },
  });
  const id = admitted.record.id;
  await page.goto(`/#/register/record/${id}/delivery`);
  const form = page.getByTestId('delivery-form');
  const summary = page.getByTestId('error-summary');

  // Leaving fields empty is not yet an error: the clerk may fill them next.
  await form.locator('[data-path="fields.gest_weeks"] input, input[data-path="fields.gest_weeks"]').first().fill('39');
  await page.keyboard.press('Tab');
  await expect(summary).toHaveCount(0);

  await page.keyboard.press('Control+s');
  await expect(summary).toContainText('प्रसव की तिथि व समय');
  // The date is filled in (today), the time is not: the cursor goes to the time box.
  await expect.poll(() => focusedPath(form)).toBe('fields.delivery_at#time');
  await page.screenshot({ path: test.info().outputPath('delivery-failed-save-hi.png') });
  expect((await call(request, 'getEpisode', { id })).record).toMatchObject({ record_state: 'admitted', version: 1 });

  // Half an hour ago as the facility (IST) sees it: after the admission, not in the future.
  await typeDateTime(form, 'प्रसव की तिथि व समय', typedAt(new Date(Date.now() + 300 * 60_000).toISOString()));
  await form.locator('[data-path="fields.mode"] input[value="normal_vaginal"]').check();
  const baby = page.getByTestId('baby-A');
  await baby.locator('[data-path="babies.0.sex"] input[value="F"]').check();
  await baby.locator('[data-path="babies.0.outcome"] input[value="live"]').check();
  await baby.locator('input[data-path="babies.0.birth_weight_g"]').fill('2900');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/register/record/${id}$`));
  expect((await call(request, 'getEpisode', { id })).record).toMatchObject({ record_state: 'delivered', mode: 'normal_vaginal' });
  expect(await call(request, 'getDraft', { form: `delivery:${id}` })).toBeNull();
});
