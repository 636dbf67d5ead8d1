import { describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/main/context';
import { getFormat } from '../../src/main/hmis/formats';
import { computeReport } from '../../src/main/hmis/report';
import { getReport } from '../../src/main/hmis/service';
import { updateHmisSettings } from '../../src/main/hmis/settings';
import { registerEnv } from '../../src/main/register/context';
import { LOCAL_ADMIN_SESSION } from '../../src/main/session';
import type { HmisSettings } from '../../src/shared/hmis/settings';
import type { HmisReport } from '../../src/shared/hmis/report';
import { checkEpisode } from '../../src/shared/register/rules';
import { fixedClock, testContext } from '../helpers/context';
import {
  addRecord,
  emptyBaby,
  ist,
  OCTOBER_BABY,
  OCTOBER_DELIVERY,
  type BabyDraft,
  type EpisodeDraft,
} from '../helpers/register';

/*
 * Golden register: hand-built records around every boundary of docs/domain/hmis.md §2, each annotated by hand with the items
 * of October 2026 (sub-version B) it must count in. The report must count exactly those rows in every item.
 */

const T = ist;
const BASE = OCTOBER_DELIVERY;
const BABY = OCTOBER_BABY;
const STILL: BabyDraft = {
  outcome: 'fresh_still_birth',
  birth_weight_g: 1500,
  sex: 'M',
  bf_within_1h: null,
  resuscitation: null,
  baby_exit: null,
};

/** The items a default record and its default baby count in (October, sub-version B). */
const EP = ['2.2', '2.3.3', '14.3.1.d', '14.3.2.d'];
const LB_F = ['4.1.1.b', '4.4.1', '4.4.3'];
const LB_M = ['4.1.1.a', '4.4.1', '4.4.3'];

interface Golden {
  label: string;
  fields?: EpisodeDraft;
  babies?: (BabyDraft & { counts?: string[] })[];
  counts?: string[];
  voided?: boolean;
  /** Replaces BASE entirely (records outside October or not delivered here). */
  bare?: boolean;
}

const NO_DELIVERY: EpisodeDraft = {
  place_of_delivery: null,
  delivery_at: null,
  mode: null,
  number_of_babies: null,
  gest_weeks: 36,
};

const GOLDEN: Golden[] = [
  { label: 'R1 plain', counts: EP, babies: [{ counts: LB_F }] },
  {
    label: 'R2 20:00 is night; 48 h exactly stays',
    fields: { admission_at: T('2026-10-05 15:00'), delivery_at: T('2026-10-05 20:00'), outcome_at: T('2026-10-07 20:00') },
    counts: [...EP, '2.2.1', '2.2.2'],
    babies: [{ sex: 'M', birth_weight_g: 2500, counts: LB_M }],
  },
  {
    label: 'R3 08:00 is day; 47:59 does not stay 48 h',
    fields: { admission_at: T('2026-10-06 06:00'), delivery_at: T('2026-10-06 08:00'), outcome_at: T('2026-10-08 07:59') },
    counts: EP,
    babies: [{ sex: 'M', birth_weight_g: 2499, counts: [...LB_M, '4.4.2'] }],
  },
  {
    label: 'R4 LSCS at 07:59 (night), 72 h exactly, pre-term with steroids',
    fields: {
      admission_at: T('2026-10-07 03:00'),
      delivery_at: T('2026-10-07 07:59'),
      outcome_at: T('2026-10-10 07:59'),
      mode: 'lscs_emergency',
      lscs_indication: 'Fetal distress',
      gest_weeks: 36,
      antenatal_corticosteroids: 'yes',
    },
    counts: [...EP, '3.1', '3.1.1', '3.1.2', '1.2.8'],
    babies: [{ birth_weight_g: 1799, counts: [...LB_F, '4.1.2', '4.4.2', '4.4.2.a'] }],
  },
  {
    label: 'R5 elective LSCS by day, 71 h, 37 weeks, sterilisation on day 7',
    fields: {
      admission_at: T('2026-10-12 09:00'),
      delivery_at: T('2026-10-12 12:00'),
      outcome_at: T('2026-10-15 11:00'),
      mode: 'lscs_elective',
      lscs_indication: 'Previous LSCS',
      gest_weeks: 37,
      ppfp_method: 'pp_sterilisation',
      pp_sterilisation_at: '2026-10-19',
      pp_sterilisation_with_lscs: true,
    },
    counts: [...EP, '3.1', '8.2.3'],
    babies: [{ sex: 'M', birth_weight_g: 1800, counts: [...LB_M, '4.4.2'] }],
  },
  {
    label: 'R5b sterilisation on day 8 does not count; LSCS stay 8 days',
    fields: {
      admission_at: T('2026-10-01 09:00'),
      delivery_at: T('2026-10-01 12:00'),
      outcome_at: T('2026-10-09 12:00'),
      mode: 'lscs_elective',
      lscs_indication: 'Breech',
      ppfp_method: 'pp_sterilisation',
      pp_sterilisation_at: '2026-10-09',
    },
    counts: [...EP, '3.1', '3.1.2'],
    babies: [{ counts: LB_F }],
  },
  {
    label: 'R6 twins across midnight, age 15, PPIUCD at 48 h exactly',
    fields: {
      admission_at: T('2026-10-12 20:00'),
      delivery_at: T('2026-10-12 23:30'),
      outcome_at: T('2026-10-15 10:00'),
      number_of_babies: 2,
      gest_weeks: 35,
      antenatal_corticosteroids: 'no',
      age_years: 15,
      ppfp_method: 'ppiucd',
      ppiucd_at: T('2026-10-14 23:30'),
    },
    counts: ['2.2', '2.3.2', '2.2.1', '2.2.2', '8.4', '14.3.1.c', '14.3.2.c'],
    babies: [
      { sex: 'M', birth_weight_g: 2100, counts: [...LB_M, '4.1.2', '4.4.2'] },
      { sex: 'F', birth_weight_g: 1900, born_at: T('2026-10-13 00:10'), counts: [...LB_F, '4.1.2', '4.4.2'] },
    ],
  },
  {
    label: 'R6b PPIUCD at 48 h 01 min does not count',
    fields: {
      admission_at: T('2026-10-20 06:00'),
      delivery_at: T('2026-10-20 10:00'),
      outcome_at: T('2026-10-23 10:00'),
      ppfp_method: 'ppiucd',
      ppiucd_at: T('2026-10-22 10:01'),
    },
    counts: [...EP, '2.2.1'],
    babies: [{ counts: LB_F }],
  },
  {
    label: 'R7 23:59 on the 31st is October; vitamin K given on 1 November',
    fields: {
      admission_at: T('2026-10-31 20:00'),
      delivery_at: T('2026-10-31 23:59'),
      outcome_at: T('2026-11-02 10:00'),
      age_years: 19,
    },
    counts: ['2.2', '2.2.2', '2.3.2', '14.3.1.d'],
    babies: [{ sex: 'M', vit_k: '2026-11-01', bcg: '2026-10-31', counts: [...LB_M, '9.1.2'] }],
  },
  {
    label: 'R8 00:00 on 1 November is November (admitted in October)',
    fields: { admission_at: T('2026-10-31 21:00'), delivery_at: T('2026-11-01 00:00'), outcome_at: T('2026-11-02 12:00') },
    counts: ['14.3.1.d'],
    babies: [{}],
  },
  {
    label: 'R9 02:00 on 1 October is October; age 49',
    fields: {
      admission_at: T('2026-09-30 22:00'),
      delivery_at: T('2026-10-01 02:00'),
      outcome_at: T('2026-10-02 10:00'),
      age_years: 49,
    },
    counts: ['2.2', '2.2.2', '2.3.3', '14.3.2.d'],
    babies: [{ counts: LB_F }],
  },
  {
    label: 'R9b 23:59 on 30 September is September; discharged in October',
    fields: { admission_at: T('2026-09-30 20:00'), delivery_at: T('2026-09-30 23:59'), outcome_at: T('2026-10-02 09:00') },
    counts: ['14.3.2.d'],
    babies: [{}],
  },
  { label: 'R10 voided', voided: true, counts: [], babies: [{ sex: 'M' }] },
  {
    label: 'R11 a removed baby does not count',
    counts: EP,
    babies: [{ sex: 'M', counts: LB_M }, { removed: true }],
  },
  {
    label: 'R12 fresh still birth at 30 weeks',
    fields: { gest_weeks: 30, antenatal_corticosteroids: 'no' },
    counts: EP,
    babies: [{ ...STILL, counts: ['4.1.3.a'] }],
  },
  {
    label: 'R13 macerated still birth at 28 weeks exactly',
    fields: { gest_weeks: 28, antenatal_corticosteroids: 'no' },
    counts: EP,
    babies: [{ ...STILL, outcome: 'macerated_still_birth', counts: ['4.1.3.b'] }],
  },
  {
    label: 'R14 fresh foetal death at 27 weeks',
    fields: { gest_weeks: 27, antenatal_corticosteroids: 'no' },
    counts: EP,
    babies: [{ ...STILL, counts: ['4.1.3.c'] }],
  },
  {
    label: 'R14b macerated foetal death at 24 weeks',
    fields: { gest_weeks: 24, antenatal_corticosteroids: 'no' },
    counts: EP,
    babies: [{ ...STILL, outcome: 'macerated_still_birth', counts: ['4.1.3.c'] }],
  },
  {
    label: 'R15 eclampsia, age 17, referred out before delivery',
    fields: {
      ...NO_DELIVERY,
      admission_at: T('2026-10-15 08:00'),
      age_years: 17,
      complications: ['eclampsia'],
      mgso4_given: true,
      antenatal_corticosteroids: 'yes',
      outcome: 'referred_out',
      outcome_at: T('2026-10-15 14:00'),
      discharge_condition: null,
      ppfp_method: null,
    },
    counts: ['1.9.1', '1.9.1.c', '1.9.3.a', '1.2.8', '14.3.1.c', '14.3.3.c'],
  },
  {
    label: 'R16 referred in with previous LSCS, LSCS by day, 80 h',
    fields: {
      admission_category: 'referred_in',
      referred_in_from_name: 'PHC Pothia',
      referred_in_reason: 'Previous LSCS',
      risk_factors: ['previous_lscs'],
      admission_at: T('2026-10-16 11:00'),
      delivery_at: T('2026-10-16 14:00'),
      outcome_at: T('2026-10-19 22:00'),
      mode: 'lscs_emergency',
      lscs_indication: 'Scar tenderness',
    },
    counts: [...EP, '3.1', '3.1.2', '1.9.4.a'],
    babies: [{ sex: 'M', birth_weight_g: 3200, counts: LB_M }],
  },
  {
    label: 'R17 PPH and sepsis, referred out 5 h after delivery',
    fields: {
      admission_at: T('2026-10-17 06:00'),
      delivery_at: T('2026-10-17 10:00'),
      outcome: 'referred_out',
      outcome_at: T('2026-10-17 15:00'),
      discharge_condition: null,
      complications: ['pph', 'sepsis'],
      blood_transfusion: true,
    },
    counts: ['2.2', '2.3.3', '14.3.1.d', '14.3.3.d', '1.9.1', '1.9.1.e', '1.9.3.a'],
    babies: [{ baby_exit: 'referred', counts: LB_F }],
  },
  { label: 'R18 PPH only', fields: { complications: ['pph'] }, counts: [...EP, '1.9.1', '1.9.1.a'], babies: [{ counts: LB_F }] },
  {
    label: 'R19 eclampsia managed with MgSO4',
    fields: { complications: ['eclampsia'], mgso4_given: true },
    counts: [...EP, '1.3.5', '1.9.1', '1.9.1.c'],
    babies: [{ counts: LB_F }],
  },
  {
    label: 'R20 obstructed labour only',
    fields: { complications: ['obstructed_labour'], mode: 'assisted_vacuum' },
    counts: [...EP, '1.9.1', '1.9.1.d'],
    babies: [{ counts: LB_F }],
  },
  { label: 'R21 prolonged labour only', fields: { complications: ['prolonged_labour'] }, counts: EP, babies: [{ counts: LB_F }] },
  {
    label: 'R22 LAMA after delivery',
    fields: {
      delivery_at: T('2026-10-22 10:00'),
      admission_at: T('2026-10-22 06:00'),
      outcome: 'lama',
      outcome_at: T('2026-10-22 20:00'),
      discharge_condition: null,
      lama_declaration_signed: true,
    },
    counts: ['2.2', '2.3.3', '14.3.1.d', '14.3.7.a', '14.3.7.b'],
    babies: [{ baby_exit: 'lama', counts: LB_F }],
  },
  {
    label: 'R23 absconded after delivery',
    fields: { outcome: 'absconded', outcome_at: T('2026-10-11 03:00'), discharge_condition: null },
    counts: ['2.2', '2.3.3', '14.3.1.d', '14.3.7.a', '14.3.7.b'],
    babies: [{ baby_exit: 'lama', counts: LB_F }],
  },
  {
    label: 'R24 LAMA before delivery',
    fields: {
      ...NO_DELIVERY,
      gest_weeks: 38,
      admission_at: T('2026-10-23 08:00'),
      outcome: 'lama',
      outcome_at: T('2026-10-23 12:00'),
      discharge_condition: null,
      lama_declaration_signed: true,
      ppfp_method: null,
    },
    counts: ['14.3.1.d', '14.3.7.a'],
  },
  {
    label: 'R25 maternal death after PPH, age 50; review in November',
    fields: {
      age_years: 50,
      admission_at: T('2026-10-25 06:00'),
      delivery_at: T('2026-10-25 10:00'),
      complications: ['pph'],
      outcome: 'died',
      outcome_at: T('2026-10-25 18:00'),
      discharge_condition: null,
      maternal_death_cause: 'pph',
      fbmdr_done: true,
      fbmdr_date: '2026-11-02',
    },
    counts: ['2.2', '2.3.4', '1.9.1', '1.9.1.a', '14.3.1.d', '14.3.4.d', '16.5.2', '16.5.8', '16.5.8.d'],
    babies: [{ baby_exit: 'referred', counts: LB_F }],
  },
  {
    label: 'R26 September death, reviewed in October',
    bare: true,
    fields: {
      ...BASE,
      age_years: 30,
      admission_at: T('2026-09-10 06:00'),
      delivery_at: T('2026-09-10 10:00'),
      outcome: 'died',
      outcome_at: T('2026-09-11 10:00'),
      discharge_condition: null,
      maternal_death_cause: 'hypertensive_disorder',
      fbmdr_done: true,
      fbmdr_date: '2026-10-05',
    },
    counts: ['16.6'],
    babies: [{ baby_exit: 'referred' }],
  },
  {
    label: 'R27 age 14, HBsAg positive; hepatitis B dose and HBIG at 24 h exactly',
    fields: {
      age_years: 14,
      hbsag_status: 'positive',
      admission_at: T('2026-10-26 06:00'),
      delivery_at: T('2026-10-26 10:00'),
      outcome_at: T('2026-10-27 16:00'),
    },
    counts: ['2.2', '2.3.1', '14.20.3.d', '14.3.1.c', '14.3.2.c'],
    babies: [
      { hepb0: '2026-10-26', hbig_given_at: T('2026-10-27 10:00'), counts: [...LB_F, '9.1.10', '14.20.3.e', '14.20.3.f'] },
    ],
  },
  {
    label: 'R27b HBsAg positive, HBIG at 24 h 01 min',
    fields: { hbsag_status: 'positive' },
    counts: [...EP, '14.20.3.d'],
    babies: [{ sex: 'M', hbig_given_at: T('2026-10-11 10:01'), counts: LB_M }],
  },
  {
    label: 'R28 newborn death at 23:59 in the facility (asphyxia)',
    fields: { admission_at: T('2026-10-27 06:00'), delivery_at: T('2026-10-27 10:00'), outcome_at: T('2026-10-28 16:00') },
    counts: EP,
    babies: [
      {
        sex: 'M',
        neonatal_death: true,
        neonatal_death_at: T('2026-10-28 09:59'),
        neonatal_death_place: 'in_facility',
        neonatal_death_cause: 'asphyxia',
        baby_exit: 'died',
        counts: [...LB_M, '16.1.1a', '16.2.2'],
      },
    ],
  },
  {
    label: 'R29 newborn death at 24 h exactly, in transit between facilities (sepsis)',
    fields: { admission_at: T('2026-10-28 06:00'), delivery_at: T('2026-10-28 10:00'), outcome_at: T('2026-10-29 16:00') },
    counts: EP,
    babies: [
      {
        neonatal_death: true,
        neonatal_death_at: T('2026-10-29 10:00'),
        neonatal_death_place: 'in_transit_facility_to_facility',
        neonatal_death_cause: 'sepsis',
        baby_exit: 'died',
        counts: [...LB_F, '16.1.2.a', '16.2.1'],
      },
    ],
  },
  {
    label: 'R30 born 25 September, died at 28 days in October (prematurity)',
    bare: true,
    fields: {
      ...BASE,
      admission_at: T('2026-09-25 06:00'),
      delivery_at: T('2026-09-25 10:00'),
      outcome_at: T('2026-09-27 10:00'),
    },
    babies: [
      {
        neonatal_death: true,
        neonatal_death_at: T('2026-10-23 10:00'),
        neonatal_death_place: 'in_facility',
        neonatal_death_cause: 'prematurity',
        baby_exit: 'died',
        counts: ['16.1.3.a', '16.2.3'],
      },
    ],
  },
  {
    label: 'R31 born 20 September, died at 29 days: not a neonatal death',
    bare: true,
    fields: {
      ...BASE,
      admission_at: T('2026-09-20 06:00'),
      delivery_at: T('2026-09-20 10:00'),
      outcome_at: T('2026-09-22 10:00'),
    },
    babies: [
      {
        neonatal_death: true,
        neonatal_death_at: T('2026-10-19 10:00'),
        neonatal_death_place: 'in_facility',
        neonatal_death_cause: 'other',
        baby_exit: 'died',
      },
    ],
  },
  {
    label: 'R31b newborn death after discharge does not count',
    fields: { delivery_at: T('2026-10-02 10:00'), admission_at: T('2026-10-02 06:00'), outcome_at: T('2026-10-03 16:00') },
    counts: EP,
    babies: [
      {
        sex: 'M',
        neonatal_death: true,
        neonatal_death_at: T('2026-10-06 10:00'),
        neonatal_death_place: 'after_discharge',
        neonatal_death_cause: 'other',
        baby_exit: 'with_mother',
        counts: LB_M,
      },
    ],
  },
  {
    label: 'R32 born 30 September; BCG and OPV-0 on 1 and 2 October; discharged exclusively breastfed in October',
    bare: true,
    fields: {
      ...BASE,
      admission_at: T('2026-09-30 06:00'),
      delivery_at: T('2026-09-30 10:00'),
      outcome_at: T('2026-10-01 16:00'),
    },
    counts: ['14.3.2.d'],
    babies: [
      {
        vit_k: '2026-09-30',
        bcg: '2026-10-01',
        opv0: '2026-10-02',
        exclusive_bf_till_discharge: true,
        counts: ['9.1.2', '9.1.6', '4.4.4'],
      },
    ],
  },
  {
    label: 'R33 born 1 August, hepatitis B dose late, on 5 October: not a birth dose (24-hour rule)',
    bare: true,
    fields: {
      ...BASE,
      admission_at: T('2026-08-01 06:00'),
      delivery_at: T('2026-08-01 10:00'),
      outcome_at: T('2026-08-02 16:00'),
    },
    babies: [{ hepb0: '2026-10-05', counts: [] }],
  },
  {
    label: 'R34 delivered at home before arrival: not an institutional delivery; vitamin K and NBSU here',
    fields: {
      place_of_delivery: 'home_before_arrival',
      delivery_at: T('2026-10-03 02:00'),
      admission_at: T('2026-10-03 04:00'),
      outcome_at: T('2026-10-04 10:00'),
    },
    counts: ['14.3.1.d', '14.3.2.d'],
    babies: [
      {
        vit_k: '2026-10-03',
        newborn_unit: 'nbsu_here',
        exclusive_bf_till_discharge: true,
        counts: ['9.1.1', '14.11.1', '4.4.4'],
      },
    ],
  },
  {
    label: 'R35 screened, cleft lip, exclusively breastfed at discharge',
    counts: EP,
    babies: [
      {
        screened_for_defects: true,
        congenital_anomaly: ['cleft_lip_palate'],
        exclusive_bf_till_discharge: true,
        counts: [...LB_F, '4.5.1', '4.5.1.a', '4.4.4'],
      },
    ],
  },
  {
    label: 'R36 syphilis tested here and reactive; direct in labour, HIV tested here',
    fields: { syphilis_tested_here: true, syphilis_status: 'reactive', direct_in_labour: true, hiv_tested_here: true },
    counts: [...EP, '1.6.1.a', '15.3.3.e'],
    babies: [{ counts: [...LB_F, '1.6.1.d'] }],
  },
  {
    label: 'R37 IFA 180 and calcium 360 after delivery',
    fields: { ifa_180_given: true, calcium_360_given: true },
    counts: [...EP, '6.3', '6.4'],
    babies: [{ counts: LB_F }],
  },
  { label: 'R38 live birth of ambiguous sex (policy: ask)', counts: EP, babies: [{ sex: 'ambiguous' }] },
  { label: 'R39 SNCU here', counts: EP, babies: [{ newborn_unit: 'sncu_here', counts: [...LB_F, '14.11.2'] }] },
  { label: 'R40 flagged MLCU (the facility has none)', fields: { mlcu: true }, counts: EP, babies: [{ counts: LB_F }] },
  {
    label: 'R43 baby not weighed, breastfeeding not recorded',
    counts: EP,
    babies: [{ birth_weight_g: null, bf_within_1h: null, counts: ['4.1.1.b'] }],
  },
];

interface Built {
  ctx: AppContext;
  episodes: Map<number, string>;
  babies: Map<number, string>;
  expected: Map<string, Set<string>>;
}

function build(clockIso = '2026-11-10T12:00:00+05:30'): Built {
  const ctx = testContext({ clock: fixedClock(clockIso) });
  const episodes = new Map<number, string>();
  const babies = new Map<number, string>();
  const expected = new Map<string, Set<string>>();
  const expect_ = (item: string, label: string) => {
    if (!expected.has(item)) expected.set(item, new Set());
    expected.get(item)!.add(label);
  };
  for (const g of GOLDEN) {
    const fields = g.bare ? g.fields! : { ...BASE, ...g.fields };
    const drafts = (g.babies ?? []).map(({ counts: _counts, ...b }) => ({ ...BABY, ...b }));
    const { id, babyIds } = addRecord(ctx, fields, drafts, { voided: g.voided });
    episodes.set(id, g.label);
    for (const item of g.counts ?? []) expect_(item, g.label);
    (g.babies ?? []).forEach((b, i) => {
      const label = `${g.label} / baby ${i + 1}`;
      babies.set(babyIds[i]!, label);
      for (const item of b.counts ?? []) expect_(item, label);
    });
  }
  return { ctx, episodes, babies, expected };
}

function counted(built: Built, report: HmisReport, itemNo: string): string[] {
  const item = report.items.find((i) => i.item_no === itemNo)!;
  return [...item.episode_ids.map((id) => built.episodes.get(id)!), ...item.baby_ids.map((id) => built.babies.get(id)!)].sort();
}

function setPolicy(ctx: AppContext, patch: Partial<HmisSettings>): void {
  updateHmisSettings(ctx, LOCAL_ADMIN_SESSION, patch);
}

describe('HMIS report on a hand-built register (golden)', () => {
  it('uses only records the register itself would accept', () => {
    const built = build();
    const env = registerEnv(built.ctx);
    for (const g of GOLDEN) {
      const fields = g.bare ? g.fields! : { ...BASE, ...g.fields };
      const babies = (g.babies ?? [])
        .filter((b) => !b.removed)
        .map(({ counts: _counts, removed: _removed, ...b }, i) => ({ ...emptyBaby(), ...BABY, baby_order: i + 1, ...b }));
      // A referral's slip is a record of its own; the report does not read it, the rules want it.
      const referral =
        fields.outcome === 'referred_out'
          ? { receiving_facility_name: 'Sadar Hospital Kishanganj', decision_at: fields.outcome_at }
          : null;
      const errors = checkEpisode({ ...fields, babies, referral }, env).filter((i) => i.severity === 'error');
      expect(errors, g.label).toEqual([]);
    }
  });

  it('counts exactly the expected rows in every item of October 2026 (sub-version B)', () => {
    const built = build();
    const report = getReport(built.ctx, { month: '2026-10', format_id: 'hmis-2022-sb3' });
    expect(report.format.id).toBe('hmis-2022-sb3');
    for (const item of report.items) {
      if (item.source === 'manual') {
        // Never silently zero: blank until typed.
        expect(item.value, item.item_no).toBeNull();
        continue;
      }
      const want = [...(built.expected.get(item.item_no) ?? [])].sort();
      expect(counted(built, report, item.item_no), item.item_no).toEqual(want);
      expect(item.value, item.item_no).toBe(item.source === 'not_applicable' ? 0 : want.length);
    }
    // Every annotated item exists in the format (a typo in the test would otherwise pass silently).
    const numbers = new Set(report.items.map((i) => i.item_no));
    expect([...built.expected.keys()].filter((no) => !numbers.has(no))).toEqual([]);

    const value = (no: string) => report.items.find((i) => i.item_no === no)!.value;
    // A few totals spelled out, as a clerk would check them on paper.
    expect(value('2.2')).toBe(36);
    expect(value('3.1')).toBe(4);
    expect(value('4.1.1.a')! + value('4.1.1.b')!).toBe(32);
    expect([value('2.3.1'), value('2.3.2'), value('2.3.3'), value('2.3.4')]).toEqual([1, 2, 32, 1]);
  });

  it('checks the month: the ambiguous-sex policy blocks, the definitional rules hold, gaps are listed', () => {
    const built = build();
    const report = getReport(built.ctx, { month: '2026-10', format_id: 'hmis-2022-sb3' });
    const check = (id: string) => report.checks.find((c) => c.rule_id === id)!;
    const r38 = [...built.episodes].find(([, l]) => l.startsWith('R38'))![0];
    const r38baby = [...built.babies].find(([, l]) => l.startsWith('R38'))![0];
    expect(check('P01')).toMatchObject({ passed: false, severity: 'error', baby_ids: [r38baby] });
    // 32 live + 4 still births ≥ 36 deliveries: the twins make up for the uncounted baby.
    expect(check('V02').passed).toBe(true);
    expect(check('V02').message.hi).toMatch(/[\u0900-\u097F]/);
    expect(report.rows.babies[r38baby]).toEqual({ episode_id: r38, baby_order: 1 });
    expect(check('V08').passed).toBe(true);
    expect(check('V19').passed).toBe(true);
    expect(check('V20').passed).toBe(true);
    for (const id of ['V04', 'V05', 'V06', 'V09', 'V10', 'V11a', 'V17a', 'V18', 'V21', 'V22a'])
      expect(check(id).passed, id).toBe(true);
    const r43 = [...built.episodes].find(([, l]) => l.startsWith('R43'))![0];
    expect(report.completeness).toEqual([{ episode_id: r43, missing: ['babies.0.birth_weight_g', 'babies.0.bf_within_1h'] }]);
    expect(check('C01')).toMatchObject({ passed: false, severity: 'warning', episode_ids: [r43] });
    expect(report.summary.errors).toBe(1);
    expect(report.finalisable).toBe(false);
    // Every row the report names can be linked to.
    expect(report.rows.episodes[r43]).toMatchObject({ serial_no: expect.stringMatching(/^T\//) });
  });

  it('follows the settings for every inferred policy', () => {
    const built = build();
    const { ctx } = built;
    setPolicy(ctx, {
      ambiguous_sex_counts_as: 'M',
      absconded_counts_as_lama: false,
      prolonged_labour_as_obstructed: true,
      has_mlcu: true,
      hrp_definition: 'intrapartum_complication',
      outreach_value: 'zero',
    });
    const report = getReport(ctx, { month: '2026-10', format_id: 'hmis-2022-sb3' });
    const has = (no: string, prefix: string) => counted(built, report, no).some((l) => l.startsWith(prefix));
    expect(has('4.1.1.a', 'R38')).toBe(true);
    expect(has('4.4.1', 'R38')).toBe(true);
    expect(report.checks.find((c) => c.rule_id === 'P01')).toBeUndefined();
    expect(report.checks.find((c) => c.rule_id === 'V02')!.passed).toBe(true);
    expect(has('14.3.7.a', 'R23')).toBe(false);
    expect(has('1.9.1.d', 'R21')).toBe(true);
    expect(counted(built, report, '2.2.3')).toEqual(['R40 flagged MLCU (the facility has none)']);
    // Previous LSCS is a risk factor, not an intrapartum complication: R16 no longer counts as high-risk.
    expect(has('1.9.4.a', 'R16')).toBe(false);
    expect(has('1.9.3.a', 'R15')).toBe(true);
    expect(report.items.find((i) => i.item_no === '2.2')!.outreach).toBe(0);

    setPolicy(ctx, { ambiguous_sex_counts_as: 'exclude', stay_items_all_exits: false });
    const excluded = getReport(ctx, { month: '2026-10', format_id: 'hmis-2022-sb3' });
    expect(counted(built, excluded, '4.1.1.a').some((l) => l.startsWith('R38'))).toBe(false);
    expect(excluded.checks.find((c) => c.rule_id === 'P01')).toBeUndefined();
  });

  it('counts the single still-birth item of sub-version A with or without 24–27 weeks, by setting', () => {
    const built = build();
    const stillBirths = () => counted(built, getReport(built.ctx, { month: '2026-10', format_id: 'hmis-2022-sb1' }), '4.1.3');
    expect(stillBirths().map((l) => l.slice(0, 4))).toEqual(['R12 ', 'R13 ']);
    setPolicy(built.ctx, { still_birth_includes_24_27_weeks: true });
    expect(stillBirths().map((l) => l.slice(0, 4))).toEqual(['R12 ', 'R13 ', 'R14 ', 'R14b']);
  });

  it('answers the 2017-18 numbering: 2.1 deliveries and "discharged within 48 h", exits by setting', () => {
    const built = build();
    const report = getReport(built.ctx, { month: '2026-10', format_id: 'hmis-2017-chc-sdh-dh' });
    const value = (no: string) => report.items.find((i) => i.item_no === no)!.value;
    // R14 and R14b (still births of 27 and 24 weeks) are foetal losses where the threshold is 28 weeks (A1).
    expect(value('2.1')).toBe(34);
    const within48 = counted(built, report, '2.1.1').map((l) => l.split(' ')[0]);
    expect(within48).toContain('R3');
    expect(within48).not.toContain('R2');
    // A4: referred out 5 h after delivery is not a discharge.
    expect(within48).not.toContain('R17');
    expect(value('5.1')).toBe(7); // R17, R18, R19, R20, R21, R25 delivered; R15 closed undelivered
    expect(value('5.2')).toBe(1);
    setPolicy(built.ctx, { stay_items_all_exits: false });
    const discharges = getReport(built.ctx, { month: '2026-10', format_id: 'hmis-2017-chc-sdh-dh' });
    expect(counted(built, discharges, '2.1.1').map((l) => l.split(' ')[0])).not.toContain('R17');
  });

  it('counts a woman still admitted once her stay so far meets the threshold', () => {
    const ctx = testContext({ clock: fixedClock('2026-11-03T12:00:00+05:30') });
    const still = (delivery: string, mode: EpisodeDraft['mode']) =>
      addRecord(
        ctx,
        {
          ...BASE,
          admission_at: T(delivery).replace(/T\d\d/, 'T00'),
          delivery_at: T(delivery),
          mode,
          outcome: null,
          outcome_at: null,
          discharge_condition: null,
        },
        [BABY],
      ).id;
    const a = still('2026-11-01 11:00', 'normal_vaginal'); // 49 h so far
    still('2026-11-01 13:00', 'normal_vaginal'); // 47 h so far
    const c = still('2026-10-31 12:00', 'lscs_emergency'); // 72 h exactly, October
    const nov = getReport(ctx, { month: '2026-11', format_id: 'hmis-2022-sb3' });
    expect(nov.items.find((i) => i.item_no === '2.2.1')!.episode_ids).toEqual([a]);
    const oct = getReport(ctx, { month: '2026-10', format_id: 'hmis-2022-sb3' });
    expect(oct.items.find((i) => i.item_no === '3.1.2')!.episode_ids).toEqual([c]);
  });

  it('names the records behind a failed rule: the delivery whose only baby is not counted (V02)', () => {
    const ctx = testContext({ clock: fixedClock('2026-11-10T12:00:00+05:30') });
    addRecord(ctx, BASE, [BABY]);
    const { id } = addRecord(ctx, { ...BASE, delivery_at: T('2026-10-10 11:00') }, [{ ...BABY, sex: 'ambiguous' }]);
    const report = getReport(ctx, { month: '2026-10', format_id: 'hmis-2022-sb3' });
    const v02 = report.checks.find((c) => c.rule_id === 'V02')!;
    expect(v02).toMatchObject({ passed: false, severity: 'error', episode_ids: [id] });
    expect(v02.details[0]).toMatchObject({ left: 1, right: 2, passed: false });
  });

  it('computes through the same function for any format passed in', () => {
    const built = build();
    const { report } = computeReport(built.ctx, getFormat(built.ctx, 'hmis-2017-phc'), '2026-10');
    expect(report.items.find((i) => i.item_no === '2.2')!.value).toBe(34);
    expect(report.items.find((i) => i.item_no === '9.1.9')!.value).toBe(1);
  });
});
