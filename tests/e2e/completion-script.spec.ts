import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { call } from './call';

/*
 * A clerk typing in Hindi is offered the register's villages stored in Latin script, as the find box finds them:
 * "बेल" offers "Belwa" whole and selected, typing on refines it, Delete gives back her own letters, and Tab takes
 * the register's spelling, which is what is saved.
 */

test.use({ loginAs: 'clerk' });

/** A woman admitted `minutes` ago (as the facility, IST, writes the time) with the given fields. */
const admitEarlier = (request: APIRequestContext, minutes: number, fields: Record<string, string | number>) =>
  call(request, 'admitMother', {
    fields: {
      age_years: 25,
      admission_at: `${new Date(Date.now() + (330 - minutes) * 60_000).toISOString().slice(0, 16)}:00+05:30`,
      ...fields,
    },
  });

const selection = (box: Locator) =>
  box.evaluate((e) => {
    const input = e as unknown as { selectionStart: number; selectionEnd: number };
    return [input.selectionStart, input.selectionEnd];
  });

/** The Hindi admission form at 1366×768, on a register with an earlier woman from Belwa, block Thakurganj. */
async function hindiAdmissionAfterBelwa(page: Page, request: APIRequestContext) {
  await admitEarlier(request, 60, { mother_name: 'Sunita Murmu', village_ward: 'Belwa', block: 'Thakurganj' });
  await call(request, 'setLanguage', { ui_language: 'hi' });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/#/register/admit');
}

test('in Hindi, "बेल" completes to the register\'s "Belwa", Tab takes it with its block, and Belwa is saved', async ({
  page,
  request,
}) => {
  await hindiAdmissionAfterBelwa(page, request);
  await page.getByLabel('माँ का नाम').fill('रीना कुमारी');
  await page.getByLabel('आयु (वर्ष)').fill('24');
  const village = page.getByLabel('गाँव / वार्ड');
  const block = page.getByLabel('प्रखंड');
  await village.click();
  await page.keyboard.type('बेल');
  // The stored spelling, whole and selected: none of its letters were typed.
  await expect(village).toHaveValue('Belwa');
  expect(await selection(village)).toEqual([0, 5]);
  await expect(block).toHaveValue('Thakurganj');
  await village.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('completion-script-hi.png') });

  // Select all, then a letter: it replaces the box, not "बेल" + the letter (the box looks the same either way).
  await page.keyboard.press('Control+a');
  await page.keyboard.type('क');
  await page.keyboard.press('Delete'); // drops whatever "क" completed to
  await expect(village).toHaveValue('क');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('बेल');
  await expect(village).toHaveValue('Belwa');

  // Typing on refines from her own letters; Delete drops the completion and gives them back, block and all.
  await page.keyboard.type('व');
  await expect(village).toHaveValue('Belwa');
  expect(await selection(village)).toEqual([0, 5]);
  await page.keyboard.press('Delete');
  await expect(village).toHaveValue('बेलव');
  await expect(block).toHaveValue('');
  await page.keyboard.type('ा');
  await expect(village).toHaveValue('Belwa');

  // Tab takes it: the register's spelling, and the block of its last record.
  await page.keyboard.press('Tab');
  await expect(block).toBeFocused();
  await expect(village).toHaveValue('Belwa');
  await expect(block).toHaveValue('Thakurganj');
  await page.keyboard.press('Control+s');
  await expect(page).toHaveURL(/#\/register\/record\/\d+$/);
  const id = Number(/record\/(\d+)/.exec(page.url())![1]);
  const { record } = await call(request, 'getEpisode', { id });
  expect(record).toMatchObject({ mother_name: 'रीना कुमारी', village_ward: 'Belwa', block: 'Thakurganj' });
  await call(request, 'setLanguage', { ui_language: 'en' });
});

test('in English, a record\'s editor offers an ASHA stored in Devanagari for "Sun", and Delete keeps "Sun"', async ({
  page,
  request,
}) => {
  await admitEarlier(request, 120, { mother_name: 'Shabnam Khatoon', asha_name: 'सुनीता देवी' });
  const saved = await admitEarlier(request, 60, { mother_name: 'Kiran Paswan' });
  await page.goto(`/#/register/record/${saved.record.id}`);
  const identity = page.getByTestId('section-identity');
  await identity.getByRole('button', { name: /^Edit/ }).click();
  const asha = identity.getByLabel('ASHA name');
  await asha.click();
  await page.keyboard.type('Sun');
  await expect(asha).toHaveValue('सुनीता देवी');
  expect(await selection(asha)).toEqual([0, 11]);
  await page.keyboard.press('Delete');
  await expect(asha).toHaveValue('Sun');
  await page.keyboard.type('ita');
  await expect(asha).toHaveValue('सुनीता देवी');
  await page.keyboard.press('Tab');
  await expect(asha).toHaveValue('सुनीता देवी');
});

test("in Hindi, a word an IME commits completes as typed letters do, and the box is the IME's while it composes", async ({
  page,
  request,
}) => {
  await hindiAdmissionAfterBelwa(page, request);
  const village = page.getByLabel('गाँव / वार्ड');
  const block = page.getByLabel('प्रखंड');
  await village.click();
  // A phonetic IME (Google Input Tools) composes the word, then commits it: Chromium's own composition events.
  const cdp = await page.context().newCDPSession(page);
  const compose = (text: string) =>
    cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  const commit = (text: string) => cdp.send('Input.insertText', { text });

  await compose('ब');
  await compose('बे');
  // Uncommitted: the box holds the composition as the IME left it, uncompleted, the caret after it.
  await expect(village).toHaveValue('बे');
  expect(await selection(village)).toEqual([2, 2]);
  await expect(block).toHaveValue('');
  await commit('बेल');
  await expect(village).toHaveValue('Belwa');
  expect(await selection(village)).toEqual([0, 5]);
  await expect(block).toHaveValue('Thakurganj');
  await village.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('completion-ime-hi.png') });

  // Composing on replaces the offered "Belwa" with the composition, untouched; committed, it refines from "बेल".
  await compose('व');
  await expect(village).toHaveValue('व');
  expect(await selection(village)).toEqual([1, 1]);
  await commit('व');
  await expect(village).toHaveValue('Belwa');
  expect(await selection(village)).toEqual([0, 5]);
  // Delete gives back what the IME committed; composing on completes again; Tab takes it with its block.
  await page.keyboard.press('Delete');
  await expect(village).toHaveValue('बेलव');
  await expect(block).toHaveValue('');
  await compose('ा');
  await commit('ा');
  await expect(village).toHaveValue('Belwa');
  await page.keyboard.press('Tab');
  await expect(block).toBeFocused();
  await expect(village).toHaveValue('Belwa');
  await expect(block).toHaveValue('Thakurganj');
  await call(request, 'setLanguage', { ui_language: 'en' });
});
