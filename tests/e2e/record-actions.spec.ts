import { expect, test } from './fixtures';
import { call } from './call';
import { editIdentity, identitySection } from './form-fields';

/*
 * The record screen's actions: "Refer" follows the role table like the other actions (disabled, the reason beside
 * it, when the role may not write the register), and printing Form 1 from the record, which changes the record
 * (Form 1 status, version), leaves the screen on the new version, so the next correction saves without a conflict.
 * With a section editor and the referral decision open at once, Ctrl+S saves one form, never both (before, Ctrl+S
 * after a click on blank space saved an untouched decision too, and started a referral timer nobody decided); the
 * save closes the other form, whose entries come back from its draft.
 */

/** A moment `minutesAgo` before now as the facility (IST) writes it. */
const ist = (minutesAgo: number) =>
  `${new Date(Date.now() - minutesAgo * 60_000 + 330 * 60_000).toISOString().slice(0, 16)}:00+05:30`;

test.beforeEach(async ({ request }) => {
  await call(request, 'setLanguage', { ui_language: 'en' });
});

test('Refer is disabled with the reason beside it for a role the admin has not let write the register', async ({
  request,
  pageAs,
}) => {
  const mother = await call(request, 'admitMother', {
    fields: { mother_name: 'Farida Khatoon', age_years: 27, admission_at: ist(60) },
  });
  const nurse = await pageAs('nurse');
  await nurse.goto(`/#/register/record/${mother.record.id}`);
  await expect(nurse.getByRole('button', { name: 'Refer', exact: true })).toBeEnabled();

  await call(request, 'updateRoleSettings', { 'nurse:register.write': false });
  try {
    await nurse.reload();
    const action = (name: string) =>
      nurse.locator('.denied-action').filter({ has: nurse.getByRole('button', { name, exact: true }) });
    const refer = action('Refer');
    await expect(refer.getByRole('button')).toBeDisabled();
    await expect(refer.getByTestId('denied-reason')).toContainText('Not allowed for “Nurse”');
    // Clinical work stays hers: the delivery is still offered.
    await expect(nurse.getByRole('button', { name: 'Record delivery' })).toBeEnabled();
    await nurse.getByTestId('lang-switch').click();
    await expect(action('रेफ़र').getByTestId('denied-reason')).toContainText('“नर्स”');
    await nurse.setViewportSize({ width: 1366, height: 768 });
    await nurse.screenshot({ path: 'test-results/record-refer-denied-hi.png' });
  } finally {
    await call(request, 'updateRoleSettings', { 'nurse:register.write': true });
    await call(request, 'setLanguage', { ui_language: 'en' });
  }
});

test('after printing Form 1 on the record, a correction on the same screen saves without a conflict', async ({
  page,
  request,
}) => {
  const admitted = await call(request, 'admitMother', {
    fields: { mother_name: 'Anjali Kumari', age_years: 24, admission_at: ist(240) },
  });
  await call(request, 'recordDelivery', {
    id: admitted.record.id,
    version: admitted.record.version,
    fields: { place_of_delivery: 'this_facility', delivery_at: ist(120), mode: 'normal_vaginal' },
    babies: [{ baby_order: 1, sex: 'F', outcome: 'live', birth_weight_g: 2900 }],
  });
  const id = admitted.record.id;
  await page.goto(`/#/register/record/${id}`);
  await page.getByTestId('slip-birth_report-1').click();
  await page.getByRole('button', { name: 'Print', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Sent to the printer');
  const printed = (await call(request, 'getEpisode', { id })).record;
  expect(printed.babies[0]!.crs_form1_status).toBe('printed');

  const identity = page.getByTestId('section-identity');
  await identity.getByRole('button', { name: 'Edit: Admission and identity' }).click();
  await identity.getByLabel('Mobile', { exact: true }).fill('9876512345');
  await identity.getByRole('button', { name: /^Save/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText('Saved: Admission and identity.');
  const saved = (await call(request, 'getEpisode', { id })).record;
  expect(saved.mobile).toBe('9876512345');
  expect(saved.version).toBe(printed.version + 1);
});

test('Ctrl+S with the focus nowhere saves the form last worked in; the other form closes, its entries kept as a draft', async ({
  page,
  request,
}) => {
  const { record } = await call(request, 'admitMother', {
    fields: { mother_name: 'Rukhsana Begum', age_years: 26, admission_at: ist(90) },
  });
  const stored = async () => (await call(request, 'getEpisode', { id: record.id })).record;
  /** A click on blank space leaves the focus on the page itself. */
  const clickBlank = async () => {
    await page.locator('h1').first().click();
    await expect(page.locator('body')).toBeFocused();
  };
  const decision = page.getByTestId('referral-decision-panel');
  const facility = decision.getByLabel('Referred to (facility)');
  const refer = async () => {
    await page.getByRole('button', { name: 'Refer', exact: true }).click();
    await expect(facility).toBeFocused();
  };
  const identity = identitySection(page);
  await page.goto(`/#/register/record/${record.id}`);

  // The decision panel open and untouched, the section worked in: Ctrl+S sends the section only.
  await refer();
  await editIdentity(page);
  await identity.getByLabel('Mobile', { exact: true }).fill('9876512399');
  await clickBlank();
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText('Saved: Admission and identity.');
  expect(await stored()).toMatchObject({ mobile: '9876512399', referrals: [] });

  // The section typed in, then the decision worked in: Ctrl+S sends the decision; the section closes with the save
  // (it would go on from the older record) and its entry comes back from its draft.
  await editIdentity(page);
  await identity.getByLabel('IPD no.').fill('IPD/771');
  await expect(identity.getByTestId('draft-kept')).toHaveText('Draft kept');
  await refer();
  await facility.fill('Sadar Hospital Kishanganj');
  await clickBlank();
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status').filter({ hasText: 'Decision to refer saved.' })).toBeVisible();
  expect(await stored()).toMatchObject({
    ipd_no: null,
    referrals: [{ receiving_facility_name: 'Sadar Hospital Kishanganj' }],
  });
  await editIdentity(page);
  await expect(identity.getByTestId('draft-restored')).toBeVisible();
  await expect(identity.getByLabel('IPD no.')).toHaveValue('IPD/771');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status').filter({ hasText: 'Saved:' })).toHaveText('Saved: Admission and identity.');
  expect(await stored()).toMatchObject({ ipd_no: 'IPD/771', mobile: '9876512399' });
});
