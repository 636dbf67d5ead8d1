import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import type { ExchangeEpisode, RegisterExchange } from '../../src/shared/register/exchange';
import { expect, startWebServer, stopWebServer, test } from './fixtures';
import { editIdentity, field, identitySection, typeDateTime } from './form-fields';
import { call } from './call';
import { Keystrokes } from './keystrokes';

/*
 * The register's screens end to end, in Chromium against the real service and a demo database: admit by
 * keyboard alone, twins (one live, one fresh still birth), referral out, discharge, a correction and its
 * history, void with a reason, find by Hindi and English spelling. Records are made through the screens under
 * test; the ones a test only needs as a starting point are made through the API.
 */

/*
 * Each test reads the clock once: moments computed from a moving clock can fall either side of a minute
 * boundary, and a test comparing a typed time with a stored one would fail one run in sixty.
 */
let now = Date.now();
test.beforeEach(() => {
  now = Date.now();
});

/** A moment `minutesAgo` before the test's start as the facility (IST) sees it: typed date, typed time, stored ISO. */
function ist(minutesAgo = 0): { date: string; time: string; iso: string } {
  const local = new Date(now - minutesAgo * 60_000 + 330 * 60_000).toISOString();
  return {
    date: `${local.slice(8, 10)}-${local.slice(5, 7)}-${local.slice(0, 4)}`,
    time: local.slice(11, 16),
    iso: `${local.slice(0, 16)}:00+05:30`,
  };
}

async function admitByApi(request: APIRequestContext, mother_name: string, minutesAgo: number, extra = {}) {
  const detail = await call(request, 'admitMother', {
    fields: { mother_name, age_years: 24, admission_at: ist(minutesAgo).iso, ...extra },
  });
  return detail.record;
}

async function deliverByApi(request: APIRequestContext, id: number, minutesAgo: number) {
  const record = (await call(request, 'getEpisode', { id })).record;
  return (
    await call(request, 'recordDelivery', {
      id,
      version: record.version,
      fields: { place_of_delivery: 'this_facility', delivery_at: ist(minutesAgo).iso, mode: 'normal_vaginal' },
      babies: [{ baby_order: 1, sex: 'F', outcome: 'live', birth_weight_g: 2800 }],
    })
  ).record;
}

/** Finds a record from the header box (F2) and checks the first result is it. */
async function expectFound(page: Page, query: string, serial: string) {
  await page.keyboard.press('F2');
  const box = page.locator('#find-box');
  await expect(box).toBeFocused();
  await box.fill(query);
  await expect(page.locator('.find-panel [role=option]').first()).toContainText(serial);
  await page.keyboard.press('Escape');
}

test.beforeEach(async ({ request }) => {
  await call(request, 'setLanguage', { ui_language: 'en' });
});

test('admits a woman by keyboard alone, from Alt+N to the saved record, in at most 100 keystrokes', async ({ page, request }) => {
  // The register already knows her village (and its block), her ASHA and the PHC that referred her.
  await admitByApi(request, 'Sunita Murmu', 600, {
    village_ward: 'Belwa',
    block: 'Thakurganj',
    asha_name: 'Rita Devi',
    admission_category: 'referred_in',
    referred_in_from_name: 'PHC Thakurganj',
  });
  await page.goto('/#/register');
  await expect(page.getByRole('heading', { name: 'In the labour room and wards now' })).toBeVisible();
  // From here on: keyboard only, every key counted.
  const keys = new Keystrokes(page);
  await keys.press('Alt+N');
  const name = page.getByLabel("Mother's name");
  await expect(name).toBeFocused();
  await keys.type('Kalpana Hembram', 'name');
  await keys.press('Tab');
  await keys.type('23', 'age');
  await keys.press('Tab'); // past the date of birth (age given) to the admission date: today (default)
  await expect(page.locator(':focus')).toHaveValue(ist().date);
  await keys.press('Tab'); // admission time: now (default)
  await keys.press('Tab'); // W/o or D/o
  await keys.press('Space');
  await keys.press('Tab');
  await keys.type('Suresh Paswan', 'husband');
  await keys.press('Tab');
  await keys.type('Bel', 'village'); // completes to Belwa; Tab takes it
  await keys.press('Tab');
  await expect(page.getByLabel('Block')).toBeFocused();
  await expect(page.getByLabel('Block')).toHaveValue('Thakurganj'); // the block of Belwa's last record
  await keys.press('Tab');
  await keys.type('98012 34567', 'mobile');
  await keys.press('Tab');
  await keys.type('123456789012', 'RCH ID');
  await keys.press('Tab'); // ANC registration
  await keys.press('Space');
  await keys.press('Tab');
  await keys.type('Rit', 'ASHA'); // completes to Rita Devi
  await keys.press('Tab'); // ASHA mobile
  await keys.press('Tab'); // Admitted for: referred in (third choice)
  await keys.press('ArrowRight');
  await keys.press('ArrowRight');
  // The referral-in fields appear after the choice and are next in the tab order.
  await keys.press('Tab');
  await expect(page.getByLabel('Referred from (facility)')).toBeFocused();
  await keys.type('PHC Th', 'referred from'); // completes to PHC Thakurganj
  await keys.press('Control+s');
  console.log(`Keyboard-only admission: ${keys.breakdown()}`);
  test.info().annotations.push({ type: 'keystrokes', description: keys.breakdown() });
  expect(keys.total).toBeLessThanOrEqual(100);

  await expect(page).toHaveURL(/#\/register\/record\/\d+$/);
  await expect(page.getByRole('status')).toContainText('Admitted Kalpana Hembram: serial no.');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kalpana Hembram');
  const id = Number(/record\/(\d+)/.exec(page.url())![1]);
  const { record } = await call(request, 'getEpisode', { id });
  expect(record).toMatchObject({
    mother_name: 'Kalpana Hembram',
    age_years: 23,
    relation_type: 'wife_of',
    relative_name: 'Suresh Paswan',
    village_ward: 'Belwa',
    block: 'Thakurganj',
    mobile: '9801234567',
    rch_id: '123456789012',
    booked: 'booked',
    asha_name: 'Rita Devi',
    admission_category: 'referred_in',
    referred_in_from_name: 'PHC Thakurganj',
    record_state: 'admitted',
  });
  expect(record.admission_at!.slice(0, 10)).toBe(ist().iso.slice(0, 10));
  await expectFound(page, 'कल्पना हेम्ब्रम', record.serial_no);
  await expectFound(page, 'Kalpana Hembram', record.serial_no);
  // Enter on the first result opens the record (from another screen).
  await page.goto('/#/register/book');
  await page.keyboard.press('F2');
  await page.keyboard.type('कल्पना');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/register/record/${id}$`));
});

test('records twins, one live and one fresh still birth, and hides live-birth fields for the still birth', async ({
  page,
  request,
}) => {
  const mother = await admitByApi(request, 'पिंकी सोरेन', 180);
  await page.goto(`/#/register/record/${mother.id}`);
  await page.getByRole('button', { name: 'Record delivery' }).click();
  await expect(page.getByRole('heading', { name: 'Record delivery: पिंकी सोरेन' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'This hospital', exact: true })).toBeChecked();
  await typeDateTime(page, 'Delivery date and time', ist(60));
  await page.getByRole('radio', { name: 'Normal', exact: true }).check();
  await page.getByLabel('Gestation (completed weeks)').fill('36');
  await page.getByRole('group', { name: 'Complications', exact: true }).getByRole('checkbox', { name: 'None' }).check();

  const a = page.getByTestId('baby-A');
  await a.getByRole('radio', { name: 'Female', exact: true }).check();
  await a.getByRole('radio', { name: 'Live birth', exact: true }).check();
  await a.getByLabel('Birth weight (g)').fill('2100');
  await a.getByRole('radiogroup', { name: 'Breastfed within 1 hour' }).getByRole('radio', { name: 'Yes', exact: true }).check();
  await field(a, 'Vitamin K').locator('input').fill('t');
  await expect(field(a, 'Vitamin K').getByTestId('echo')).toContainText(ist().date);

  await page.getByRole('button', { name: 'Add baby B (twins, triplets)' }).click();
  const b = page.getByTestId('baby-B');
  await b.getByRole('radio', { name: 'Male', exact: true }).check();
  await expect(b.getByText('Breastfed within 1 hour')).toBeVisible();
  await b.getByRole('radio', { name: 'Still birth (fresh)', exact: true }).check();
  // Live-birth fields do not apply to a still birth: gone from baby B, still there for baby A.
  await expect(b.getByText('Breastfed within 1 hour')).toHaveCount(0);
  await expect(b.getByText('Birth doses (date given)')).toHaveCount(0);
  await expect(a.getByText('Birth doses (date given)')).toBeVisible();
  await b.getByLabel('Birth weight (g)').fill('1900');
  await typeDateTime(b, 'Time of birth', ist(50));
  await expect(page.getByText('2 babies')).toBeVisible();
  await page.getByRole('button', { name: /^Save/ }).click();

  await expect(page).toHaveURL(new RegExp(`#/register/record/${mother.id}$`));
  await expect(page.getByRole('status')).toContainText('Delivery saved');
  await expect(page.getByTestId('record-baby-A')).toContainText('Live birth');
  await expect(page.getByTestId('record-baby-B')).toContainText('Still birth (fresh)');
  const { record, risk_reasons } = await call(request, 'getEpisode', { id: mother.id });
  expect(record.record_state).toBe('delivered');
  expect(record.number_of_babies).toBe(2);
  expect(record.complications).toEqual([]);
  expect(record.babies.map((x) => [x.baby_order, x.sex, x.outcome, x.birth_weight_g, x.vit_k, x.bf_within_1h])).toEqual([
    [1, 'F', 'live', 2100, ist().iso.slice(0, 10), true],
    [2, 'M', 'fresh_still_birth', 1900, null, null],
  ]);
  expect(record.babies[1]!.born_at).toBe(ist(50).iso);
  expect(risk_reasons.map((r) => r.code)).toContain('derived.multiple');
  await expectFound(page, 'Pinki Soren', record.serial_no);
  await expectFound(page, 'पिंकी सोरेन', record.serial_no);
});

test('refers a woman out with the referral slip content', async ({ page, request }) => {
  const mother = await admitByApi(request, 'Jharna Tudu', 300);
  await deliverByApi(request, mother.id, 240);
  await page.goto('/#/register');
  const row = page.getByTestId('today-row').filter({ hasText: 'Jharna Tudu' });
  await row.getByRole('button', { name: 'Outcome' }).click();
  await expect(page.getByRole('heading', { name: 'Outcome: Jharna Tudu' })).toBeVisible();
  await page.getByRole('radio', { name: 'Referred out', exact: true }).check();
  const left = ist(10);
  await typeDateTime(page, 'Date and time of leaving', left);
  const slip = page.getByTestId('referral-section');
  await slip.getByRole('radio', { name: 'Emergency', exact: true }).check();
  await slip.getByLabel('Referred to (facility)').fill('Sadar Hospital Kishanganj');
  await slip.getByLabel('Facility type').selectOption({ label: 'District hospital' });
  await slip.getByRole('checkbox', { name: 'PPH', exact: true }).check();
  await slip.getByRole('checkbox', { name: 'No blood / OT / specialist here' }).check();
  await typeDateTime(slip, 'Decision to refer at', ist(40));
  await page.getByRole('radio', { name: 'Ambulance 108', exact: true }).check();
  await page.getByLabel('Accompanied by').fill('Suresh Tudu');
  await page.getByLabel('BP systolic', { exact: true }).fill('90');
  await page.getByLabel('BP diastolic', { exact: true }).fill('60');
  await page.getByRole('button', { name: 'Add a medicine given' }).click();
  await page.getByLabel('Drug').fill('Oxytocin');
  await page.getByLabel('Dose').fill('10 IU');
  await page.keyboard.press('Control+s');

  await expect(page).toHaveURL(new RegExp(`#/register/record/${mother.id}$`));
  await expect(page.getByRole('status')).toContainText('Referred out: record');
  const referral = page.getByTestId('section-referral');
  await expect(referral).toContainText('Sadar Hospital Kishanganj');
  await expect(referral).toContainText('PPH, No blood / OT / specialist here');
  await expect(referral).toContainText('Oxytocin · 10 IU');
  const { record } = await call(request, 'getEpisode', { id: mother.id });
  expect(record).toMatchObject({ record_state: 'closed', outcome: 'referred_out', outcome_at: left.iso });
  expect(record.referrals).toEqual([
    expect.objectContaining({
      slip_no: `${record.serial_no}/R1`,
      urgency: 'emergency',
      receiving_facility_name: 'Sadar Hospital Kishanganj',
      receiving_facility_type: 'dh',
      reasons: ['pph', 'no_blood_ot_specialist'],
      decision_at: ist(40).iso,
      departure_at: left.iso,
      transport: '108',
      escort_name: 'Suresh Tudu',
      vitals: { bp_systolic: 90, bp_diastolic: 60 },
      pre_referral_treatment: [{ drug: 'Oxytocin', dose: '10 IU', route: null, at: null }],
    }),
  ]);
  // The referral slip is one click away on the record.
  await expect(page.getByTestId('record-slips').getByRole('button', { name: /Referral slip/ })).toBeVisible();
  await expectFound(page, 'झरना टुडू', record.serial_no);
  await expectFound(page, 'jharna', record.serial_no);
});

test('discharges a woman with her condition, vitals, medicines and next visit; the baby goes with her', async ({
  page,
  request,
}) => {
  const mother = await admitByApi(request, 'मेहरुन्निसा खातून', 3000);
  await deliverByApi(request, mother.id, 2900);
  await page.goto(`/#/register/record/${mother.id}/outcome`);
  await page.getByRole('radio', { name: 'Discharged', exact: true }).check();
  await typeDateTime(page, 'Date and time of leaving', ist(5));
  await page.getByRole('radio', { name: 'Stable', exact: true }).check();
  await page.getByLabel('BP systolic at discharge').fill('118');
  await page.getByLabel('BP diastolic at discharge').fill('76');
  await page.getByLabel('Pulse at discharge').fill('82');
  await page.getByRole('radiogroup', { name: 'Uterus well contracted' }).getByRole('radio', { name: 'Yes', exact: true }).check();
  await page.getByRole('radiogroup', { name: 'Bleeding normal' }).getByRole('radio', { name: 'Yes', exact: true }).check();
  await page.getByLabel('Medicines at discharge').fill('Tab IFA 1 OD x 180 days');
  await page.getByLabel('Next visit').fill('7-12');
  await expect(
    page.getByRole('radiogroup', { name: 'Baby A: Baby left' }).getByRole('radio', { name: 'With mother', exact: true }),
  ).toBeChecked();
  await page.getByRole('radio', { name: 'None / declined', exact: true }).check();
  await page.getByRole('button', { name: /^Save/ }).click();

  await expect(page).toHaveURL(new RegExp(`#/register/record/${mother.id}$`));
  await expect(page.locator('.record-meta .badge')).toHaveText('Discharged');
  const { record } = await call(request, 'getEpisode', { id: mother.id });
  expect(record).toMatchObject({
    record_state: 'closed',
    outcome: 'discharged',
    discharge_condition: 'stable',
    discharge_bp_systolic: 118,
    discharge_bp_diastolic: 76,
    discharge_pulse: 82,
    discharge_uterus_contracted: true,
    discharge_bleeding_normal: true,
    discharge_medicines: 'Tab IFA 1 OD x 180 days',
    ppfp_method: 'none_declined',
  });
  expect(record.follow_up_date).toMatch(/^\d{4}-12-07$/);
  expect(record.babies[0]!.baby_exit).toBe('with_mother');
  // She has left the wards.
  await page.goto('/#/register');
  await expect(page.getByTestId('today-table')).not.toContainText('मेहरुन्निसा खातून');
  await expectFound(page, 'Mehrunnisa Khatoon', record.serial_no);
  await expectFound(page, 'मेहरुन्निसा', record.serial_no);
});

test('corrects a field with a reason and shows it in the change history', async ({ page, request }) => {
  const mother = await admitByApi(request, 'Rinki Murmu', 60, { mobile: '9876501234' });
  await page.goto(`/#/register/record/${mother.id}`);
  const identity = identitySection(page);
  await editIdentity(page);
  await identity.getByLabel('Age (years)').fill('25');
  await identity.getByLabel('Village / ward').fill('Dogachhi');
  await identity.getByRole('button', { name: /^Save/ }).click();
  // Changing a saved value is a correction: it needs a reason. Filling an empty field does not.
  await expect(identity.locator('.field-error')).toHaveText('Write why the saved value is being changed (at least 3 letters).');
  expect((await call(request, 'getEpisode', { id: mother.id })).record.version).toBe(mother.version);
  await identity.getByLabel('Reason for the correction').fill('Age copied wrongly from the ANC card');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('status')).toHaveText('Saved: Admission and identity.');
  const rows = page.getByTestId('history-row');
  const age = rows.filter({ hasText: 'Age (years)' });
  await expect(age).toHaveCount(1);
  await expect(age.locator('td')).toHaveText([
    /\d\d-\d\d-\d{4} \d\d:\d\d/,
    /.+/,
    'Changed',
    'Age (years)',
    '24',
    '25',
    'Age copied wrongly from the ANC card',
  ]);
  await expect(rows.filter({ hasText: 'Village / ward' }).locator('td.after')).toHaveText('Dogachhi');
  await expect(rows.last()).toContainText('Admitted');
  // The same in Hindi.
  await page.getByTestId('lang-switch').click();
  await expect(page.getByTestId('history').getByRole('row').filter({ hasText: 'आयु (वर्ष)' })).toContainText('बदला');
  await call(request, 'setLanguage', { ui_language: 'en' });
  await expectFound(page, 'रिंकी मुर्मू', mother.serial_no);
  await expectFound(page, 'Rinki', mother.serial_no);
});

test('voids a record with a reason: it stays findable and is struck through in the register book', async ({ page, request }) => {
  const mother = await admitByApi(request, 'चंपा किस्कू', 30);
  await page.goto(`/#/register/record/${mother.id}`);
  await page.getByRole('button', { name: 'Void record' }).click();
  const panel = page.getByTestId('void-panel');
  await panel.getByRole('radio', { name: 'Duplicate entry', exact: true }).check();
  await panel.getByLabel('Details').fill('Admitted twice at the desk');
  await panel.getByRole('button', { name: 'Void this record' }).click();

  await expect(page.getByTestId('void-banner')).toContainText('Duplicate entry');
  await expect(page.getByTestId('void-banner')).toContainText('Admitted twice at the desk');
  await expect(page.locator('.record-name')).toHaveCSS('text-decoration-line', 'line-through');
  await expect(page.getByRole('button', { name: /^Edit/ })).toHaveCount(0);
  const { record } = await call(request, 'getEpisode', { id: mother.id });
  expect(record.void).toMatchObject({ reason_code: 'duplicate', reason_text: 'Admitted twice at the desk' });
  await expect(page.getByTestId('history-row').first()).toContainText('Voided');

  await page.goto('/#/register/book');
  await page.getByRole('button', { name: 'This month' }).click();
  await page.getByLabel('Filter by name, mobile, RCH ID or serial').fill('champa');
  const line = page.getByTestId('book-row').filter({ hasText: record.serial_no });
  await expect(line).toHaveClass(/voided/);
  await expect(line.locator('.cell-name')).toHaveCSS('text-decoration-line', 'line-through');
  await page.getByLabel('Show voided').uncheck();
  await expect(page.getByTestId('book-total')).toHaveText('0 records');
  await expectFound(page, 'Champa Kisku', record.serial_no);
  await expectFound(page, 'चंपा', record.serial_no);
});

test('the register book sorts, filters and scrolls through years of records page by page', async ({ page }) => {
  await page.goto('/#/register/book');
  await page.getByLabel('From: Year').selectOption(String(Number(ist().date.slice(6)) - 2));
  await page.getByLabel('From: Month').selectOption('01');
  await expect(page.getByTestId('book-total')).toHaveText(/^\d+ records$/);
  await expect
    .poll(async () => Number((await page.getByTestId('book-total').textContent())!.replace(/\D/g, '')))
    .toBeGreaterThan(1500);
  const total = Number((await page.getByTestId('book-total').textContent())!.replace(/\D/g, ''));
  // Only the visible rows exist in the page (virtualised).
  expect(await page.getByTestId('book-row').count()).toBeLessThan(60);
  const body = page.getByTestId('book-body');
  await body.focus();
  await page.keyboard.press('End');
  await expect(page.locator('.book-row.active')).toBeVisible();
  const last = await page.locator('.book-row.active .cell-serial').textContent();
  expect(last).toMatch(new RegExp(`^${ist().date.slice(6)}/`));

  await page.getByRole('button', { name: 'Name' }).click();
  await expect(page.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'ascending');
  await page.getByLabel('Mode of delivery').selectOption('lscs');
  const count = async () => Number((await page.getByTestId('book-total').textContent())!.replace(/\D/g, '') || NaN);
  await expect.poll(count).toBeLessThan(total * 0.5);
  expect(await count()).toBeGreaterThan(total * 0.2);
  for (const mode of await page.locator('.book-body .cell-mode').allTextContents()) expect(mode).toMatch(/^Caesarean/);
  await body.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/register\/record\/\d+$/);
});

test.describe('bad input is refused with a translated message naming the field, and nothing is saved', () => {
  test('admission (in Hindi, then the same messages in English)', async ({ page, request }) => {
    const before = await call(request, 'listToday', {});
    await call(request, 'setLanguage', { ui_language: 'hi' });
    await page.goto('/#/register/admit');
    await expect(page.getByLabel('माँ का नाम')).toBeFocused();
    await page.getByLabel('माँ का नाम').fill('परीक्षा माँ');
    await page.getByLabel('आयु (वर्ष)').fill('8');
    await page.getByLabel('मोबाइल', { exact: true }).fill('12345');
    await typeDateTime(page, 'भर्ती की तिथि व समय', { date: ist(-3 * 24 * 60).date, time: '10:00' });
    await page.getByLabel('आरसीएच आईडी').fill('12ab');
    await page.getByLabel('आरसीएच आईडी').press('Enter');
    const errors = page.locator('.field-error');
    await expect(errors).toHaveText([
      'आयु (वर्ष) कम से कम 10 होना चाहिए।',
      'भर्ती की तिथि व समय भविष्य में है।',
      'मोबाइल 10 अंकों का होना चाहिए और 6, 7, 8 या 9 से शुरू होना चाहिए।',
      'आरसीएच आईडी 12 अंकों की होनी चाहिए।',
    ]);
    await expect(page.getByTestId('error-summary')).toContainText('कृपया चिह्नित फ़ील्ड ठीक करें।');
    // The first wrong field has the focus.
    await expect(page.getByLabel('आयु (वर्ष)')).toBeFocused();
    await page.getByTestId('lang-switch').click();
    await expect(errors).toHaveText([
      'Age (years) must be at least 10.',
      'Admission date and time is in the future.',
      'Mobile must be 10 digits starting with 6, 7, 8 or 9.',
      'RCH ID must be 12 digits.',
    ]);
    await page.getByLabel('Age (years)').fill('');
    await page.getByLabel("Mother's name").fill('  ');
    await page.keyboard.press('Control+s');
    await expect(page.getByTestId('error-summary')).toContainText("Mother's name is required.");
    await expect(page.getByTestId('error-summary')).toContainText('Enter the age or the date of birth.');
    await expect(page).toHaveURL(/#\/register\/admit$/);
    expect(await call(request, 'listToday', {})).toEqual(before);
  });

  test('delivery: errors block, an unusual weight asks for confirmation and then saves', async ({ page, request }) => {
    const mother = await admitByApi(request, 'Sabina Hembram', 120);
    await page.goto(`/#/register/record/${mother.id}/delivery`);
    await page.getByTestId('baby-A').getByLabel('Birth weight (g)').fill('200');
    await page.getByRole('button', { name: /^Save/ }).click();
    const errors = page.locator('.field-error');
    await expect(errors).toContainText([
      'Delivery date and time: not a valid time (e.g. 14:30 or 2:30 pm).',
      'Mode of delivery is required.',
      'Sex is required.',
      'Outcome is required.',
      'Birth weight (g) must be at least 300.',
    ]);
    await expect(page.getByTestId('error-summary')).toContainText('Baby A: Birth weight (g) must be at least 300.');
    expect((await call(request, 'getEpisode', { id: mother.id })).record).toMatchObject({ record_state: 'admitted', version: 1 });

    await typeDateTime(page, 'Delivery date and time', ist(30));
    await page.getByRole('radio', { name: 'Caesarean (emergency)', exact: true }).check();
    await page.getByLabel('LSCS indication').fill('Fetal distress');
    const a = page.getByTestId('baby-A');
    await a.getByRole('radio', { name: 'Male', exact: true }).check();
    await a.getByRole('radio', { name: 'Live birth', exact: true }).check();
    await a.getByLabel('Birth weight (g)').fill('5200');
    await page.getByRole('button', { name: /^Save/ }).click();
    const confirm = page.getByTestId('confirm-box');
    await expect(confirm).toContainText('Baby A, Birth weight (g): Birth weight 5200 g is unusual. Please check.');
    await expect(confirm.getByRole('button', { name: 'Confirm and save' })).toBeFocused();
    expect((await call(request, 'getEpisode', { id: mother.id })).record.record_state).toBe('admitted');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#/register/record/${mother.id}$`));
    await expect(page.getByTestId('record-warnings')).toContainText('Birth weight 5200 g is unusual.');
    expect((await call(request, 'getEpisode', { id: mother.id })).record).toMatchObject({
      record_state: 'delivered',
      mode: 'lscs_emergency',
      lscs_indication: 'Fetal distress',
    });
  });

  test('outcome: a referral needs where to and when decided, and cannot leave before the decision', async ({ page, request }) => {
    const mother = await admitByApi(request, 'Salma Soren', 120);
    await page.goto(`/#/register/record/${mother.id}/outcome`);
    await page.getByRole('button', { name: /^Save/ }).click();
    await expect(page.locator('.field-error')).toHaveText([
      'Outcome is required.',
      'Date and time of leaving: not a valid time (e.g. 14:30 or 2:30 pm).',
    ]);
    await page.getByRole('radio', { name: 'Referred out', exact: true }).check();
    await typeDateTime(page, 'Date and time of leaving', ist(20));
    await page.getByRole('button', { name: /^Save/ }).click();
    await expect(page.locator('.field-error')).toHaveText([
      'Referred to (facility) is required.',
      'Decision to refer at is required.',
    ]);
    await page.getByLabel('Referred to (facility)').fill('MGM Medical College');
    await typeDateTime(page, 'Decision to refer at', ist(10));
    await page.getByRole('button', { name: /^Save/ }).click();
    await expect(page.locator('.field-error')).toHaveText(['Departure cannot be before the decision to refer.']);
    const { record } = await call(request, 'getEpisode', { id: mother.id });
    expect([record.record_state, record.outcome, record.referrals]).toEqual(['admitted', null, []]);
  });

  test('record: a bad correction, void without details, reopen without a reason, a stale save', async ({ page, request }) => {
    const mother = await admitByApi(request, 'Ruby Marandi', 600);
    await page.goto(`/#/register/record/${mother.id}`);
    const identity = page.getByTestId('section-identity');
    await identity.getByRole('button', { name: /^Edit/ }).click();
    await identity.getByLabel('RCH ID').fill('123');
    await identity.getByLabel('ASHA mobile').fill('99999');
    await identity.getByRole('button', { name: /^Save/ }).click();
    await expect(identity.locator('.field-error')).toHaveText([
      'RCH ID must be 12 digits.',
      'ASHA mobile must be 10 digits starting with 6, 7, 8 or 9.',
    ]);
    expect((await call(request, 'getEpisode', { id: mother.id })).record.version).toBe(1);

    // Someone else saves the record meanwhile: this save is refused, and Reload shows their change.
    await identity.getByLabel('RCH ID').fill('123456789012');
    await identity.getByLabel('ASHA mobile').fill('');
    await call(request, 'updateEpisode', { id: mother.id, version: 1, fields: { village_ward: 'Khagra' } });
    await identity.getByRole('button', { name: /^Save/ }).click();
    await expect(identity.getByRole('alert')).toContainText(
      'Someone else changed this record. Reload it and make your change again.',
    );
    await identity.getByRole('button', { name: 'Reload' }).click();
    await expect(page.getByTestId('section-identity')).toContainText('Khagra');
    expect((await call(request, 'getEpisode', { id: mother.id })).record.rch_id).toBeNull();

    await page.getByRole('button', { name: 'Void record' }).click();
    const voidPanel = page.getByTestId('void-panel');
    await voidPanel.getByRole('button', { name: 'Void this record' }).click();
    await expect(voidPanel.locator('.field-error')).toHaveText(['Reason is required.']);
    await voidPanel.getByRole('radio', { name: 'Other', exact: true }).check();
    await voidPanel.getByRole('button', { name: 'Void this record' }).click();
    await expect(voidPanel.locator('.field-error')).toHaveText(['Details is required.']);
    expect((await call(request, 'getEpisode', { id: mother.id })).record.void).toBeNull();
    await voidPanel.getByRole('button', { name: 'Cancel' }).click();

    // A closed record reopens only with a reason.
    const delivered = await deliverByApi(request, mother.id, 500);
    await call(request, 'recordOutcome', {
      id: mother.id,
      version: delivered.version,
      fields: { outcome: 'lama', outcome_at: ist(5).iso, lama_declaration_signed: true },
    });
    await page.reload();
    await page.getByRole('button', { name: 'Reopen record' }).click();
    const reopen = page.getByTestId('reopen-panel');
    await reopen.getByLabel('Reason').fill('x');
    await reopen.getByRole('button', { name: 'Reopen', exact: true }).click();
    await expect(reopen.locator('.field-error')).toHaveText(['Write why the record is reopened (at least 3 letters).']);
    expect((await call(request, 'getEpisode', { id: mother.id })).record.record_state).toBe('closed');
    await reopen.getByLabel('Reason').fill('Family came back, she stays');
    await reopen.getByRole('button', { name: 'Reopen', exact: true }).click();
    await expect(page.getByRole('status')).toHaveText('The record is open again.');
    await expect(page.locator('.record-meta .badge')).toHaveText('Delivered');
    await expect(page.getByTestId('history-row').filter({ hasText: 'Reopened' })).toContainText('Family came back, she stays');
  });

  test('register rules in Settings', async ({ page, request }) => {
    const before = await call(request, 'getRegisterPolicy', {});
    await page.goto('/#/settings/register');
    const form = page.getByTestId('policy-form');
    await form.getByLabel('Ask when age is below').fill('5');
    await form.getByLabel('Ask when birth weight is above (g)').fill('heavy');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form.locator('.field-error')).toHaveText([
      'Ask when age is below must be at least 10.',
      'Ask when birth weight is above (g): not a number.',
    ]);
    expect(await call(request, 'getRegisterPolicy', {})).toEqual(before);
    await form.getByLabel('Ask when age is below').fill('14');
    await form.getByLabel('Ask when birth weight is above (g)').fill('4800');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form.getByRole('status')).toHaveText('Register rules saved.');
    expect(await call(request, 'getRegisterPolicy', {})).toEqual({
      ...before,
      age_warn_below: 14,
      birth_weight_warn_above_g: 4800,
    });
    await call(request, 'updateRegisterPolicy', before);
  });

  test('import: every bad row of a spreadsheet listed with its line and field; nothing imported', async ({ page, request }) => {
    const csv = [
      'mother_name,age_years,admission_at,mobile,baby1_sex,colour',
      `Good Row Devi,24,${ist(600).date} 10:00,9876543210,F,`,
      `Bad Mobile Devi,25,${ist(600).date} 11:00,12345,F,`,
      `Bad Age Devi,5,31-02-2026 10:00,,X,`,
    ].join('\n');
    await page.goto('/#/settings/exchange');
    await page
      .getByLabel('File to import')
      .setInputFiles({ name: 'register.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect(page.getByTestId('import-file-name')).toHaveText('register.csv');
    await page.getByRole('button', { name: 'Check the file' }).click();
    const report = page.getByTestId('import-report');
    await expect(report).toContainText('Nothing can be imported until they are fixed.');
    const rows = report.getByTestId('import-error');
    await expect(rows.filter({ hasText: 'colour' })).toContainText('Unknown column "colour".');
    await expect(rows.filter({ hasText: 'Mobile' }).locator('td')).toHaveText([
      '3',
      'Mobile',
      'Mobile must be 10 digits starting with 6, 7, 8 or 9.',
    ]);
    await expect(rows.filter({ hasText: 'Admission date and time' }).locator('td')).toHaveText([
      '4',
      'Admission date and time',
      'Admission date and time: not a valid date and time.',
    ]);
    await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
    expect(await call(request, 'findEpisodes', { query: 'Good Row' })).toEqual([]);
    await page
      .getByLabel('File to import')
      .setInputFiles({ name: 'register.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF') });
    await expect(page.locator('.field-error')).toHaveText(['File to import: choose a .json, .csv or .xlsx file.']);
  });
});

test('exports the whole register as JSON and re-imports it into an empty register with identical content', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await page.goto('/#/settings/exchange');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON file' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^prasav-register_all_\d{4}-\d{2}-\d{2}\.json$/);
  // The browser keeps downloads under a random name; the import screen goes by the .json extension.
  const dataDir = mkdtempSync(join(tmpdir(), 'prasav-e2e-import-'));
  const file = join(dataDir, download.suggestedFilename());
  await download.saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8')) as RegisterExchange;
  const count = exported.episodes.length;
  expect(count).toBeGreaterThan(1500);
  await expect(page.getByRole('status')).toContainText(download.suggestedFilename());

  // A second Prasav on an empty data folder imports the file through its own Settings screen.
  const empty = await startWebServer(['--data-dir', join(dataDir, 'register')], { demo: false });
  const other = await browser.newPage();
  try {
    // Its first run: the administrator is created (and logged in) through the API, then imports.
    const admin = await other.request.post(`${empty.url}api/createFirstAdmin`, {
      data: { username: 'sunita', full_name: 'Sunita Devi', password: 'labour-room-1' },
    });
    expect(admin.ok()).toBe(true);
    await other.request.post(`${empty.url}api/setLanguage`, { data: { ui_language: 'en' } });
    await other.goto(`${empty.url}#/settings/exchange`);
    await other.getByLabel('File to import').setInputFiles(file);
    await expect(other.getByTestId('import-file-name')).toHaveText(download.suggestedFilename());
    await expect(other.getByRole('button', { name: 'Check the file' })).toBeEnabled();
    await other.getByRole('button', { name: 'Check the file' }).click();
    const report = other.getByTestId('import-report');
    await expect(report).toHaveText(`The file is correct: ${count} rows, ${count} new, 0 already in the register.`, {
      timeout: 30_000,
    });
    await other.getByRole('button', { name: `Import ${count} records` }).click();
    await expect(report).toHaveText(`Imported ${count} records (0 were already in the register).`, { timeout: 60_000 });
    // The same file again creates nothing.
    await other.getByRole('button', { name: 'Check the file' }).click();
    await expect(report).toHaveText(`The file is correct: ${count} rows, 0 new, ${count} already in the register.`, {
      timeout: 30_000,
    });

    const again = (await (await other.request.post(`${empty.url}api/exportRegister`, { data: {} })).json()) as {
      data: { content: string };
    };
    const reexported = JSON.parse(again.data.content) as RegisterExchange;
    const withoutHistory = ({ history: _h, ...rest }: ExchangeEpisode) => rest;
    expect(reexported.episodes.map(withoutHistory)).toEqual(exported.episodes.map(withoutHistory));
    // Each record keeps its history; the import adds one line saying who imported it.
    reexported.episodes.forEach((ep, i) => {
      const original = exported.episodes[i]!.history;
      expect(ep.history.slice(0, original.length)).toEqual(original);
      expect(ep.history.slice(original.length).map((h) => h.action)).toEqual(['import']);
    });
  } finally {
    await other.close();
    await stopWebServer(empty);
    rmSync(dataDir, { recursive: true, force: true });
  }
});
