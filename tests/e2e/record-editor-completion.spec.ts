import { expect, test } from './fixtures';
import { call } from './call';

/*
 * Correcting a saved record's identity section completes the village, ASHA and referring facility from the register
 * as the admission does: Tab takes a completion, a known village brings its block in place of the saved one, and
 * the correction still asks for its reason before Ctrl+S saves it.
 */

test.use({ loginAs: 'clerk' });

/** An hour ago (or `minutes`), as the facility (IST) writes it. */
const istAgo = (minutes: number) => `${new Date(Date.now() + (330 - minutes) * 60_000).toISOString().slice(0, 16)}:00+05:30`;

const LABELS = {
  en: {
    edit: /^Edit/,
    village: 'Village / ward',
    block: 'Block',
    asha: 'ASHA name',
    reason: 'Reason for the correction',
    fromVillage: 'As in the last record from Jiyanagar: change it if needed.',
  },
  hi: {
    edit: /^बदलें/,
    village: 'गाँव / वार्ड',
    block: 'प्रखंड',
    asha: 'आशा का नाम',
    reason: 'सुधार का कारण',
    fromVillage: 'Jiyanagar के पिछले रिकॉर्ड के अनुसार: ज़रूरत हो तो बदलें।',
  },
} as const;

for (const lang of ['en', 'hi'] as const) {
  test(`${lang}: the identity editor completes the village, fills its block and saves the correction with its reason`, async ({
    page,
    request,
  }) => {
    const l = LABELS[lang];
    await call(request, 'setLanguage', { ui_language: lang });
    // The register knows Jiyanagar (block Terhagachh) and its ASHA from an earlier woman.
    await call(request, 'admitMother', {
      fields: {
        mother_name: 'Shabnam Khatoon',
        age_years: 27,
        admission_at: istAgo(120),
        village_ward: 'Jiyanagar',
        block: 'Terhagachh',
        asha_name: 'Zeenat Parveen',
      },
    });
    const saved = await call(request, 'admitMother', {
      fields: {
        mother_name: 'Kiran Paswan',
        age_years: 22,
        admission_at: istAgo(60),
        village_ward: 'Kochadhaman',
        block: 'Pothia',
      },
    });
    const id = saved.record.id;

    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`/#/register/record/${id}`);
    const identity = page.getByTestId('section-identity');
    await identity.getByRole('button', { name: l.edit }).click();
    const village = identity.getByLabel(l.village);
    const block = identity.getByLabel(l.block);

    // A village the register does not know leaves the saved block.
    await village.fill('');
    await village.click();
    await page.keyboard.type('Jiyanagx');
    await expect(block).toHaveValue('Pothia');

    await village.fill('');
    await page.keyboard.type('Jiy');
    await expect(village).toHaveValue('Jiyanagar');
    await expect(block).toHaveValue('Terhagachh');
    await expect(identity.getByText(l.fromVillage)).toBeVisible();
    await expect(identity.getByLabel(l.reason)).toBeVisible(); // the saved village is being corrected
    await village.evaluate((e) => (e as unknown as { scrollIntoView: (o: object) => void }).scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: `test-results/record-editor-completion-${lang}.png` });
    await page.keyboard.press('Tab');
    await expect(village).toHaveValue('Jiyanagar');

    const asha = identity.getByLabel(l.asha);
    await asha.click();
    await page.keyboard.type('Zee');
    await page.keyboard.press('Tab');
    await expect(asha).toHaveValue('Zeenat Parveen');

    // Without the reason the correction is not saved.
    await page.keyboard.press('Control+s');
    await expect(identity.getByLabel(l.reason)).toBeFocused();
    expect((await call(request, 'getEpisode', { id })).record.version).toBe(saved.record.version);
    await page.keyboard.type('Village misspelt on admission');
    await page.keyboard.press('Control+s');
    await expect(page.getByTestId('section-form')).toHaveCount(0);

    const record = (await call(request, 'getEpisode', { id })).record;
    expect([record.village_ward, record.block, record.asha_name]).toEqual(['Jiyanagar', 'Terhagachh', 'Zeenat Parveen']);
    await call(request, 'setLanguage', { ui_language: 'en' });
  });
}
