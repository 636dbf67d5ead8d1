import type { APIRequestContext, Locator, Page } from '@playwright/test';
import type { OpInput } from '../../src/shared/contract';
import { expect, loginAs, test } from './fixtures';
import { call } from './call';

/*
 * The register forms without traps (issue 10 items 5, 7, 8, 10, 11, 12), as the clerk at 1366×768, in English and
 * Hindi: a still-born baby is not pre-set to "left with mother" and is refused so; discharge sooner than the
 * policy asks; Baby A is born at the delivery time; errors are summarised in field order and name the admission
 * time; Form 1 starts with the husband's name and offers fixed choices; the slip tile follows a save; the change
 * history is in words. Records are set up through the API as the doctor.
 */

test.use({ loginAs: 'clerk', viewport: { width: 1366, height: 768 } });

const now = Date.now();
/** A moment `minutesAgo` as the facility (IST) sees it. */
function ist(minutesAgo = 0) {
  const local = new Date(now - minutesAgo * 60_000 + 330 * 60_000).toISOString();
  return {
    date: `${local.slice(8, 10)}-${local.slice(5, 7)}-${local.slice(0, 4)}`,
    time: local.slice(11, 16),
    iso: `${local.slice(0, 16)}:00+05:30`,
  };
}

/** Set-up calls as the doctor (the clerk's own role is what the screens are tried with). */
async function asDoctor(
  playwright: { request: { newContext: (o: { baseURL: string }) => Promise<APIRequestContext> } },
  url: string,
) {
  const request = await playwright.request.newContext({ baseURL: url });
  await loginAs(request, url, 'doctor');
  return request;
}

async function delivered(request: APIRequestContext, name: string, babies: OpInput<'recordDelivery'>['babies'], extra = {}) {
  const admitted = await call(request, 'admitMother', {
    fields: { mother_name: name, age_years: 25, admission_at: ist(180).iso, ...extra },
  });
  return (
    await call(request, 'recordDelivery', {
      id: admitted.record.id,
      version: admitted.record.version,
      fields: { place_of_delivery: 'this_facility', delivery_at: ist(60).iso, mode: 'normal_vaginal', gest_weeks: 38 },
      babies,
    })
  ).record;
}

/** A form field by its exact label (the inner locator of `filter` is built from the page). */
const field = (page: Page, label: string, scope: Page | Locator = page) =>
  scope.locator('.field').filter({ has: page.locator(`:is(label, .field-label):text-is("${label}")`) });

async function language(page: Page, lang: 'en' | 'hi') {
  await page.getByTestId('lang-switch').waitFor();
  if ((await page.locator('html').getAttribute('lang')) !== lang) await page.getByTestId('lang-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

test.beforeEach(async ({ page }) => {
  expect((await page.request.post('/api/setLanguage', { data: { ui_language: 'en' } })).ok()).toBe(true);
});

test('outcome: a still-born baby is not pre-set nor saved "with mother"; an early discharge asks first', async ({
  page,
  playwright,
  server,
}) => {
  const doctor = await asDoctor(playwright, server.url);
  const record = await delivered(doctor, 'Sabina Khatun', [
    { baby_order: 1, sex: 'F', outcome: 'live', birth_weight_g: 2600 },
    { baby_order: 2, sex: 'M', outcome: 'fresh_still_birth', birth_weight_g: 1900 },
  ]);
  await page.goto(`/#/register/record/${record.id}/outcome`);
  const babyA = page.getByRole('radiogroup', { name: 'Baby A: Baby left' });
  const babyB = page.getByRole('radiogroup', { name: 'Baby B: Baby left' });
  await expect(babyA.getByRole('radio', { name: 'With mother' })).toBeChecked();
  for (const radio of await babyB.getByRole('radio').all()) await expect(radio).not.toBeChecked();

  await page.getByRole('radio', { name: 'Discharged', exact: true }).check();
  const leaving = field(page, 'Date and time of leaving');
  await leaving.locator('input').nth(0).fill(ist(59).date);
  await leaving.locator('input').nth(1).fill(ist(59).time);
  await page.getByRole('radio', { name: 'Stable', exact: true }).check();
  await babyB.getByRole('radio', { name: 'With mother' }).check();
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('error-summary')).toContainText('A still-born baby did not leave with the mother');

  await babyB.getByRole('radio', { name: 'Died' }).check();
  await page.keyboard.press('Control+s');
  const confirm = page.getByTestId('confirm-box');
  await expect(confirm).toContainText('Discharge 0 hours after the delivery, sooner than the 48 hours the hospital sets.');
  await page.screenshot({ path: 'test-results/forms-early-discharge-en.png' });
  await language(page, 'hi');
  await expect(confirm).toContainText('अस्पताल के तय 48 घंटों से पहले');
  await page.screenshot({ path: 'test-results/forms-early-discharge-hi.png' });
  await confirm.getByRole('button', { name: 'पुष्टि करें और सहेजें' }).click();
  await expect(page).toHaveURL(new RegExp(`#/register/record/${record.id}$`));
  const saved = await call(doctor, 'getEpisode', { id: record.id });
  expect(saved.record.babies.map((b) => b.baby_exit)).toEqual(['with_mother', 'died']);
  await doctor.dispose();
});

test('delivery: Baby A is born at the delivery time; errors in field order, naming the admission time', async ({
  page,
  request,
}) => {
  const admitted = await call(request, 'admitMother', {
    fields: { mother_name: 'Kausar Parveen', age_years: 22, admission_at: ist(60).iso },
  });
  await page.goto(`/#/register/record/${admitted.record.id}/delivery`);
  const when = field(page, 'Delivery date and time');
  await when.locator('input').nth(0).fill(ist(120).date);
  await when.locator('input').nth(1).fill(ist(120).time);
  const born = field(page, 'Time of birth', page.getByTestId('baby-A'));
  await expect(born.locator('input').nth(0)).toHaveValue(ist(120).date);
  await expect(born.locator('input').nth(1)).toHaveValue(ist(120).time);

  await page.keyboard.press('Control+s');
  const summary = page.getByTestId('error-summary');
  await expect(summary).toContainText(`Delivery here cannot be before admission (${ist(60).date} ${ist(60).time}).`);
  const lines = await summary.getByRole('listitem').allTextContents();
  const at = (text: string) => lines.findIndex((line) => line.includes(text));
  expect(at('before admission')).toBeGreaterThanOrEqual(0);
  expect(at('Baby A')).toBeGreaterThan(at('before admission'));
  await page.screenshot({ path: 'test-results/forms-summary-order-en.png' });
  await language(page, 'hi');
  await expect(summary).toContainText(`यहाँ प्रसव भर्ती (${ist(60).date} ${ist(60).time}) से पहले नहीं हो सकता।`);
  await page.screenshot({ path: 'test-results/forms-summary-order-hi.png' });
});

test('Form 1: father from the husband, fixed choices, the slip tile follows the save; history in words', async ({
  page,
  playwright,
  server,
}) => {
  const doctor = await asDoctor(playwright, server.url);
  const record = await delivered(doctor, 'Rubina Begum', [{ baby_order: 1, sex: 'F', outcome: 'live', birth_weight_g: 2900 }], {
    relation_type: 'wife_of',
    relative_name: 'Abdul Karim',
  });
  await page.goto(`/#/register/record/${record.id}`);
  const tile = page.getByTestId('slip-birth_report-1');
  const missing = async () => Number(/(\d+) not entered/.exec((await tile.textContent()) ?? '')?.[1] ?? 0);
  await expect(tile).toContainText('not entered');
  const before = await missing();

  await page.getByRole('button', { name: 'Edit: Birth report details (CRS Form 1)' }).click();
  const form = page.getByTestId('section-form');
  await expect(form.getByLabel("Father's name")).toHaveValue('Abdul Karim');
  await form.getByLabel("Father's religion").selectOption({ label: 'Muslim' });
  await form.getByLabel("Mother's religion").selectOption({ label: 'Muslim' });
  await form.getByLabel("Mother's education").selectOption({ label: 'Middle (class 6–8)' });
  await page.screenshot({ path: 'test-results/forms-crs-en.png' });
  await language(page, 'hi');
  await expect(form.getByLabel('पिता का धर्म')).toContainText('मुस्लिम');
  await page.screenshot({ path: 'test-results/forms-crs-hi.png' });
  await language(page, 'en');
  await form.getByLabel("Father's name").focus();
  await page.keyboard.press('Control+s');
  await expect(form).toHaveCount(0);
  await expect.poll(missing).toBeLessThan(before);

  // A printed slip in the history: words, not "print" or "field.birth_report[1]".
  await call(page.request, 'browserPrintSlip', { episode_id: record.id, slip: 'birth_report', baby_order: 1 });
  await page.reload();
  const printed = page.getByTestId('history-row').filter({ hasText: 'Form No. 1 — Birth report — Baby A' });
  await expect(printed).toContainText('Printed');
  await expect(printed).toContainText(/from the browser, \d+ cop(y|ies)/);
  await expect(page.getByTestId('history')).not.toContainText(/field\.|\(details\)|\bprint\b/);
  await language(page, 'hi');
  await expect(page.getByTestId('history-row').filter({ hasText: 'प्रपत्र संख्या 1' })).toContainText('छापा');
  await page.getByTestId('history').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/forms-history-hi.png' });
  await doctor.dispose();
});
