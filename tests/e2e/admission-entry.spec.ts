import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { call } from './call';

/*
 * The admission form's speed features keep every field in reach and the clerk in charge: the date of birth that
 * Tab passes after a typed age is one Shift+Tab back, a completion is taken by Tab or dropped by Delete, and the
 * block a village fills in is changed like any other value and never written over a block the clerk typed.
 */

test.beforeEach(async ({ request }) => {
  await call(request, 'setLanguage', { ui_language: 'en' });
  // An earlier woman from the village, with her block and ASHA.
  await call(request, 'admitMother', {
    fields: {
      mother_name: 'Sunita Murmu',
      age_years: 25,
      // An hour ago, as the facility (IST) writes it.
      admission_at: `${new Date(Date.now() + 270 * 60_000).toISOString().slice(0, 16)}:00+05:30`,
      village_ward: 'Belwa',
      block: 'Thakurganj',
      asha_name: 'Rita Devi',
    },
  });
});

async function openAdmission(page: Page) {
  await page.goto('/#/register/admit');
  await expect(page.getByLabel("Mother's name")).toBeFocused();
}

test('Tab from a typed age passes the date of birth, which Shift+Tab and a click still reach', async ({ page }) => {
  await openAdmission(page);
  await page.keyboard.press('Tab');
  await page.keyboard.type('23');
  await expect(page.getByText('Tab from the age goes past this; Shift+Tab comes back.')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Admission date and time')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByLabel('Date of birth')).toBeFocused();
  await page.keyboard.type('05-03-2003');
  // With a date of birth typed, Tab from the age walks every field again.
  await page.getByLabel('Age (years)').click();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Date of birth')).toBeFocused();
  // The keyboard help of the form says how a completion is taken or dropped.
  await page.keyboard.press('F1');
  const help = page.getByTestId('keyboard-help');
  await expect(help.locator('[data-shortcut=completionTake]')).toContainText('take the suggested completion');
  await expect(help.locator('[data-shortcut=completionDrop]')).toContainText('Delete');
});

test('the village completes from the register and fills its block; the clerk keeps the last word', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openAdmission(page);
  const village = page.getByLabel('Village / ward');
  const block = page.getByLabel('Block');
  await village.click();
  await page.keyboard.type('bel');
  await expect(village).toHaveValue('Belwa');
  const selected = await village.evaluate((e) => {
    const box = e as unknown as { selectionStart: number; selectionEnd: number };
    return [box.selectionStart, box.selectionEnd];
  });
  expect(selected).toEqual([3, 5]); // "wa" selected: Tab takes it, typing replaces it
  await expect(block).toHaveValue('Thakurganj');
  await expect(page.getByText('As in the last record from Belwa: change it if needed.')).toBeVisible();
  await village.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/admission-completion-en.png' });

  // Delete drops the completion: a new village, and the block it had filled goes with it.
  await page.keyboard.press('Delete');
  await expect(village).toHaveValue('Bel'); // the register's spelling, as typed so far
  await expect(block).toHaveValue('');

  // A block the clerk typed is never replaced by a village.
  await block.fill('Pothia');
  await village.fill('');
  await village.click();
  await page.keyboard.type('Belwa');
  await expect(block).toHaveValue('Pothia');
});

test('in Hindi: the village fills its block with the reason shown, the ASHA completes and Tab takes it', async ({
  page,
  request,
}) => {
  await call(request, 'setLanguage', { ui_language: 'hi' });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/#/register/admit');
  await page.getByLabel('गाँव / वार्ड').click();
  await page.keyboard.type('Bel');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('प्रखंड')).toHaveValue('Thakurganj');
  await expect(page.getByText('Belwa के पिछले रिकॉर्ड के अनुसार: ज़रूरत हो तो बदलें।')).toBeVisible();
  const asha = page.getByLabel('आशा का नाम');
  await asha.click();
  await page.keyboard.type('Rit');
  await page.keyboard.press('Tab');
  await expect(asha).toHaveValue('Rita Devi');
  await page.getByLabel('आयु (वर्ष)').fill('23');
  await expect(page.getByText('आयु के बाद Tab इसे छोड़ देता है; Shift+Tab से यहाँ लौटें।')).toBeVisible();
  await page.getByLabel('गाँव / वार्ड').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/admission-completion-hi.png' });
  await call(request, 'setLanguage', { ui_language: 'en' });
});
