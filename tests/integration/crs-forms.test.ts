import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { slipCommand } from '../../src/main/cli/slip';
import type { AppContext } from '../../src/main/context';
import { LOCAL_ADMIN_SESSION } from '../../src/main/session';
import { listSlips, previewSlip, printLog, slipPdf, updatePrintSettings } from '../../src/main/slips/service';
import type { SlipRef } from '../../src/shared/contract/slips';
import { translate } from '../../src/shared/i18n/translate';
import { fixedClock, tempDir, testContext } from '../helpers/context';
import { addRecord, type BabyDraft, type EpisodeDraft } from '../helpers/register';
import { fillPrintSettings } from '../helpers/slip-records';

/*
 * CRS Forms 3 (still birth), 2 (death) and 4 (MCCD) printed through Chromium like Form 1, read back with
 * poppler: every item's label in Hindi and in English, the register's values, the print log; PNGs for a look.
 */

const S = LOCAL_ADMIN_SESSION;
const T = (text: string) => `${text.replace(' ', 'T')}:00+05:30`;
const NOW = '2026-10-20T12:00:00+05:30';

const MOTHER: EpisodeDraft = {
  admission_at: T('2026-10-10 06:00'),
  mother_name: 'सलमा ख़ातून',
  age_years: 27,
  relation_type: 'wife_of',
  relative_name: 'मोहम्मद असलम',
  address_line: 'Ward 7',
  village_ward: 'Pothia',
  block: 'Pothia',
  district: 'Kishanganj',
  state: 'Bihar',
  pin: '855117',
  residence_type: 'village',
  religion_father: 'Islam',
  education_father: 'Class 8',
  education_mother: 'Class 5',
  occupation_father: 'Farmer',
  occupation_mother: 'Housewife',
  mother_age_at_marriage: 19,
  living_children: 2,
  place_of_delivery: 'this_facility',
  delivery_at: T('2026-10-10 10:00'),
  mode: 'normal_vaginal',
  number_of_babies: 1,
  gest_weeks: 34,
  complications: [],
  outcome: 'discharged',
  outcome_at: T('2026-10-12 10:00'),
  discharge_condition: 'stable',
};
const STILL: BabyDraft = { sex: 'M', outcome: 'macerated_still_birth', birth_weight_g: 1900 };

function context(): AppContext {
  const ctx = testContext({ clock: fixedClock(NOW) });
  fillPrintSettings(ctx);
  updatePrintSettings(ctx, S, { doctor_name: 'Dr. Rekha Sinha' });
  return ctx;
}

const flat = (s: string) => s.replace(/\s+/g, '');
const OUT = join(process.cwd(), 'test-results', 'crs-forms');

async function render(ctx: AppContext, ref: SlipRef, name: string): Promise<string> {
  const { bytes } = await slipPdf(ctx, S, ref, 'cli');
  const file = join(tempDir(), `${name}.pdf`);
  writeFileSync(file, bytes);
  mkdirSync(OUT, { recursive: true });
  // For a look: page images of every form (pdftoppm -png -r 60).
  execFileSync('pdftoppm', ['-png', '-r', '60', file, join(OUT, name)]);
  return flat(execFileSync('pdftotext', ['-raw', file, '-']).toString());
}

function expectLabels(text: string, keys: string[]): void {
  const absent = keys.flatMap((key) =>
    (['hi', 'en'] as const).map((lang) => translate(lang, key)).filter((label) => !text.includes(flat(label))),
  );
  expect(absent).toEqual([]);
}

const F3_ITEMS = [
  'slip.title_still_birth_report',
  'slip.f1_legal',
  'slip.f3_date',
  'field.sex',
  'slip.f3_father',
  'slip.f3_mother',
  'slip.f3_address_event',
  'slip.f1_address_permanent',
  'slip.f3_place',
  'slip.f1_informant',
  'slip.f1_statistical',
  'slip.crs_residence_mother',
  'slip.crs_town',
  'slip.crs_village',
  'slip.f1_religion',
  'field.education_father',
  'field.education_mother',
  'field.occupation_father',
  'field.occupation_mother',
  'slip.f1_age_marriage',
  'slip.f3_age_delivery',
  'slip.f3_children',
  'slip.f1_attention',
  'slip.f1_method',
  'slip.f3_cause',
  'slip.f1_duration',
  'slip.f1_registrar',
  'slip.crs_reg_place',
];
const F2_ITEMS = [
  'slip.title_death_report',
  'slip.f2_date',
  'field.sex',
  'slip.f2_name',
  'slip.f2_mother',
  'slip.f2_father_husband',
  'slip.f2_age',
  'slip.f2_address_death',
  'slip.f2_address_permanent',
  'slip.f2_place',
  'slip.f1_informant',
  'slip.crs_residence_deceased',
  'slip.f2_religion',
  'slip.f2_occupation',
  'slip.f2_attention',
  'slip.f2_certified',
  'slip.f2_cause',
  'slip.f2_pregnancy',
  'slip.f2_habit_smoke',
  'slip.f2_habit_tobacco',
  'slip.f2_habit_arecanut',
  'slip.f2_habit_alcohol',
  'slip.f1_registrar',
];
const F4_ITEMS = [
  'slip.title_mccd',
  'slip.f4_rule',
  'slip.f4_hospital',
  'slip.f4_certify',
  'slip.f4_ward',
  'slip.f2_name',
  'slip.f2_age',
  'field.sex',
  'slip.f4_cause',
  'slip.f4_interval',
  'slip.f4_immediate',
  'slip.f4_antecedent',
  'slip.f4_other_conditions',
  'slip.f4_manner',
  'slip.f4_manner_natural',
  'slip.f4_manner_pending',
  'slip.f4_injury',
  'slip.f4_sign',
  'slip.f4_verified',
  'slip.f4_counterfoil',
];

describe('CRS Forms 2, 3 and 4 (care.md §4)', () => {
  it('offers Form 3 only for a still birth of 28 weeks or more (by weight without gestation), per baby', () => {
    const ctx = context();
    const still30 = addRecord(ctx, { ...MOTHER, gest_weeks: 30 }, [STILL]).id;
    const still26 = addRecord(ctx, { ...MOTHER, gest_weeks: 26 }, [STILL]).id;
    const byWeight = addRecord(ctx, { ...MOTHER, gest_weeks: null }, [{ ...STILL, birth_weight_g: 1000 }]).id;
    const kinds = (id: number) => listSlips(ctx, id, 'x').map((s) => `${s.slip}:${s.baby_order}`);
    expect(kinds(still30)).toContain('still_birth_report:1');
    expect(kinds(still26)).not.toContain('still_birth_report:1');
    expect(kinds(byWeight)).toContain('still_birth_report:1');
    expect(kinds(still30)).not.toContain('birth_report:1');
  });

  it('Form 3: every item in both languages, both label orders; logged like Form 1', async () => {
    const ctx = context();
    const id = addRecord(ctx, { ...MOTHER, gest_weeks: 34 }, [STILL]).id;
    for (const order of ['hi_en', 'en_hi'] as const) {
      updatePrintSettings(ctx, S, { language_order: order });
      const text = await render(ctx, { episode_id: id, slip: 'still_birth_report', baby_order: 1 }, `form3-${order}`);
      expectLabels(text, F3_ITEMS);
      for (const value of ['सलमाख़ातून', 'मोहम्मदअसलम', 'Pothia', '855117', 'Islam', 'Class8', 'Farmer', '34'])
        expect(text).toContain(value);
      expect(text).toContain(flat('Seemanchal Maternity & Nursing Home'));
    }
    expect(printLog(ctx, id).filter((p) => p.slip === 'still_birth_report')).toHaveLength(2);
  });

  it('Form 2 and the MCCD for a maternal death: pregnancy answered from the register', async () => {
    const ctx = context();
    const id = addRecord(
      ctx,
      {
        ...MOTHER,
        outcome: 'died',
        outcome_at: T('2026-10-10 14:00'),
        discharge_condition: null,
        maternal_death_cause: 'pph',
      },
      [{ sex: 'F', outcome: 'live', birth_weight_g: 2600 }],
    ).id;
    const kinds = listSlips(ctx, id, 'x').map((s) => `${s.slip}:${s.baby_order}`);
    expect(kinds).toEqual(expect.arrayContaining(['death_report:null', 'mccd:null', 'birth_report:1']));
    const form2 = await render(ctx, { episode_id: id, slip: 'death_report', baby_order: null }, 'form2-mother');
    expectLabels(form2, [...F2_ITEMS, 'slip.f2_preg_delivery', 'maternal_death_cause.pph']);
    expect(form2).toContain('सलमाख़ातून');
    expect(form2).toContain(`27${flat(translate('hi', 'slip.crs_age_years'))}`);
    const mccd = await render(ctx, { episode_id: id, slip: 'mccd', baby_order: null }, 'mccd-mother');
    expectLabels(mccd, [...F4_ITEMS, 'slip.f4_pregnancy', 'slip.f4_delivery']);
    expect(mccd).toContain(flat('Dr. Rekha Sinha'));
  });

  it('Form 2 and the MCCD for a newborn who died in the hospital, by the CLI with the serial number', async () => {
    const ctx = context();
    const { id } = addRecord(ctx, MOTHER, [
      {
        sex: 'F',
        outcome: 'live',
        birth_weight_g: 1700,
        neonatal_death: true,
        neonatal_death_at: T('2026-10-11 08:00'),
        neonatal_death_place: 'in_facility',
        neonatal_death_cause: 'prematurity',
      },
    ]);
    const serial = ctx.sqlite.prepare('SELECT serial_no FROM episode WHERE id = ?').pluck().get(id) as string;
    const form2 = await render(ctx, { episode_id: id, slip: 'death_report', baby_order: 1 }, 'form2-baby');
    expectLabels(form2, [...F2_ITEMS, 'neonatal_death_cause.prematurity', 'slip.crs_not_applicable']);
    expect(form2).toContain(`22${flat(translate('hi', 'slip.crs_age_hours'))}`);
    const out = join(tempDir(), 'mccd.pdf');
    expect(await slipCommand.run(['mccd', '--episode', serial, '--baby', '1', '--out', out], ctx)).toBe(0);
    const text = flat(execFileSync('pdftotext', ['-raw', out, '-']).toString());
    expectLabels(text, F4_ITEMS);
    expect(printLog(ctx, id).map((p) => `${p.slip}:${p.channel}`)).toEqual(['death_report:cli', 'mccd:cli']);
  });

  it('Form 1 gaps: town/village ticked, transgender ticked for ambiguous sex, one religion item, place of registration', async () => {
    const ctx = context();
    const id = addRecord(ctx, MOTHER, [{ sex: 'ambiguous', outcome: 'live', birth_weight_g: 2800 }]).id;
    const html = previewSlip(ctx, { episode_id: id, slip: 'birth_report', baby_order: 1 }, 'x').html;
    const ticked = (key: string) => new RegExp(`box on"></span>[^<]*${translate('en', key)}`).test(html);
    expect([ticked('slip.f1_transgender'), ticked('slip.crs_village'), ticked('slip.crs_town')]).toEqual([true, true, false]);
    const text = await render(ctx, { episode_id: id, slip: 'birth_report', baby_order: 1 }, 'form1');
    expectLabels(text, ['slip.f1_religion', 'slip.crs_reg_place', 'slip.crs_town', 'slip.crs_village']);
    expect(text).not.toContain(flat(translate('en', 'slip.f1_of_father')));
    expect(text).toContain('Islam');
  });

  it('Form 1 for a birth at home: the household informs, the house is ticked; or no Form 1, by setting', () => {
    const ctx = context();
    const id = addRecord(
      ctx,
      { ...MOTHER, place_of_delivery: 'home_before_arrival', informant_name: 'मोहम्मद असलम', admission_at: T('2026-10-10 12:00') },
      [{ sex: 'F', outcome: 'live', birth_weight_g: 2800 }],
    ).id;
    const html = previewSlip(ctx, { episode_id: id, slip: 'birth_report', baby_order: 1 }, 'x').html;
    expect(html).toContain('मोहम्मद असलम');
    expect(html).toContain(translate('en', 'slip.f1_informant_household'));
    expect(html).not.toContain('Dr. Imran Haque');
    expect(new RegExp(`box on"></span>[^<]*${translate('en', 'slip.f1_place_house')}`).test(html)).toBe(true);
    updatePrintSettings(ctx, S, { form1_for_births_outside: false });
    expect(listSlips(ctx, id, 'x').map((s) => s.slip)).not.toContain('birth_report');
  });
});
