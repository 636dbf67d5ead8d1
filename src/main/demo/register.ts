import type { BabyFields, EpisodeFields, ReferralFields } from '../../shared/register/schema';
import { BABY_FIELDS } from '../../shared/register/schema';
import { KISHANGANJ_BLOCKS, type DeliveryMode } from '../../shared/register/codes';
import { addDays, localDate, toLocalIso } from '../../shared/time';
import type { NewEpisode } from '../register/store';

/*
 * A believable private maternity home in Kishanganj: about 90 deliveries a month for two years, with rates
 * close to Bihar's private sector (about a third caesarean, 1.5 % twins, 15 % low birth weight, 2 % still
 * births, a few referrals, LAMA and absconded, rare deaths), names in Devanagari and Latin script, Hindu and
 * Muslim (Surjapuri) families, and the last two days' women still in the wards. Deterministic for a given
 * seed and "now", so tests and screenshots are repeatable.
 */

/** mulberry32: small, fast, good enough for demo data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Names = readonly (readonly [string, string])[];

const FIRST_NAMES: Names = [
  ['सुनीता', 'Sunita'],
  ['पूजा', 'Puja'],
  ['रिंकू', 'Rinku'],
  ['प्रियंका', 'Priyanka'],
  ['काजल', 'Kajal'],
  ['अनीता', 'Anita'],
  ['कविता', 'Kavita'],
  ['संगीता', 'Sangeeta'],
  ['मंजू', 'Manju'],
  ['सरिता', 'Sarita'],
  ['बबीता', 'Babita'],
  ['नेहा', 'Neha'],
  ['आरती', 'Aarti'],
  ['गुड़िया', 'Gudiya'],
  ['ममता', 'Mamta'],
  ['शबनम', 'Shabnam'],
  ['रुखसाना', 'Rukhsana'],
  ['नाज़िया', 'Nazia'],
  ['फ़रज़ाना', 'Farzana'],
  ['तबस्सुम', 'Tabassum'],
  ['सलमा', 'Salma'],
  ['नसरीन', 'Nasreen'],
  ['परवीन', 'Parveen'],
  ['रेशमा', 'Reshma'],
  ['गुलशन', 'Gulshan'],
  ['खुशबू', 'Khushboo'],
  ['ज्योति', 'Jyoti'],
  ['लक्ष्मी', 'Laxmi'],
  ['सोनी', 'Soni'],
  ['रूबी', 'Ruby'],
];
const HINDU_SURNAMES: Names = [
  ['देवी', 'Devi'],
  ['कुमारी', 'Kumari'],
] as const;
const MUSLIM_SURNAMES: Names = [
  ['खातून', 'Khatoon'],
  ['बेगम', 'Begum'],
  ['परवीन', 'Parveen'],
] as const;
const HUSBANDS_HINDU: Names = [
  ['रमेश यादव', 'Ramesh Yadav'],
  ['संजय कुमार', 'Sanjay Kumar'],
  ['मनोज साह', 'Manoj Sah'],
  ['राजेश सिंह', 'Rajesh Singh'],
  ['अजय मंडल', 'Ajay Mandal'],
  ['विकास राय', 'Vikas Rai'],
  ['सुनील पासवान', 'Sunil Paswan'],
  ['दिलीप गुप्ता', 'Dilip Gupta'],
] as const;
const HUSBANDS_MUSLIM: Names = [
  ['मोहम्मद आलम', 'Mohammad Alam'],
  ['अब्दुल रहमान', 'Abdul Rahman'],
  ['इरशाद आलम', 'Irshad Alam'],
  ['शाहिद अंसारी', 'Shahid Ansari'],
  ['मुख्तार अहमद', 'Mukhtar Ahmad'],
  ['नौशाद आलम', 'Naushad Alam'],
  ['जावेद अख्तर', 'Javed Akhtar'],
] as const;
const VILLAGES = [
  'Belwa',
  'Dogachhi',
  'Kochadhaman',
  'Gachhpara',
  'Motihara Tola',
  'Halim Chowk',
  'Khagra',
  'Rahmatpara',
  'Sonapur',
  'Bhelaguri',
  'Chhatar Gachh',
  'Paharkatta',
  'Mahinagaon',
  'Taiyabpur',
  'Dharampur',
];
const STAFF = [
  ['Dr. Rekha Sinha', 'doctor'],
  ['Dr. Imran Haque', 'doctor'],
  ['Sister Mary Tirkey', 'staff_nurse'],
  ['Anjali Kumari', 'staff_nurse'],
  ['Sabina Yasmin', 'anm'],
] as const;

export interface DemoOptions {
  now: Date;
  timeZone: string;
  months?: number;
  /** Mean admissions a day (3 ≈ 90 deliveries a month; benchmarks use more). */
  perDay?: number;
  seed?: number;
}

interface Draft {
  admittedMs: number;
  fields: Partial<EpisodeFields>;
  babies: BabyFields[];
  referrals: (Partial<ReferralFields> & { slip_no: string })[];
  state: 'admitted' | 'delivered' | 'closed';
  voided: boolean;
}

const HOUR = 3_600_000;

/** The demo register: episodes in admission order, ready for `insertEpisode` (serials assigned here). */
export function demoEpisodes(options: DemoOptions): NewEpisode[] {
  const rand = prng(options.seed ?? 20261125);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const chance = (p: number) => rand() < p;
  const between = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const normal = (mean: number, sd: number) => mean + sd * Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const iso = (ms: number) => toLocalIso(ms, options.timeZone);
  const nowMs = options.now.getTime();
  const startMs = nowMs - (options.months ?? 24) * 30.4 * 24 * HOUR;

  const drafts: Draft[] = [];
  for (let day = startMs; day < nowMs; day += 24 * HOUR) {
    const mean = options.perDay ?? 3;
    const count = Math.round(normal(mean, mean * 0.4));
    for (let k = 0; k < Math.max(0, count); k++) {
      const admittedMs = day + rand() * 24 * HOUR;
      if (admittedMs > nowMs - 0.5 * HOUR) continue;
      drafts.push(makeDraft(admittedMs));
    }
  }
  drafts.sort((a, b) => a.admittedMs - b.admittedMs);
  // Two duplicates entered by mistake, voided.
  for (const i of [Math.floor(drafts.length * 0.3), Math.floor(drafts.length * 0.7)]) {
    const copy = structuredClone(drafts[i]!);
    copy.voided = true;
    copy.admittedMs += 60_000;
    drafts.splice(i + 1, 0, copy);
  }

  function makeDraft(admittedMs: number): Draft {
    const muslim = chance(0.55);
    const devanagari = chance(0.5);
    const script = devanagari ? 0 : 1;
    const first = pick(FIRST_NAMES.slice(muslim ? 15 : 0, muslim ? 25 : 15).concat(FIRST_NAMES.slice(25)))[script];
    const surname = pick(muslim ? MUSLIM_SURNAMES : HINDU_SURNAMES)[script];
    const husband = pick(muslim ? HUSBANDS_MUSLIM : HUSBANDS_HINDU)[script];
    const age = Math.min(45, Math.max(15, Math.round(normal(24, 4.5))));
    const gravida = Math.min(8, Math.max(1, Math.round(normal(2.2, 1.3))));
    const para = gravida - 1 - (gravida > 2 && chance(0.15) ? 1 : 0);
    const referredIn = chance(0.07);
    const complicationAdmit = !referredIn && chance(0.08);
    const preterm = chance(0.1);
    const gest = preterm ? between(30, 36) : between(37, 41);
    const admissionAt = iso(admittedMs);
    const lmp = addDays(localDate(admissionAt), -gest * 7 - between(0, 6));
    const hb = Math.round(Math.min(14, Math.max(5.5, normal(10.2, 1.4))) * 10) / 10;
    const sys = Math.round(Math.min(175, Math.max(90, normal(118, 14))));
    const dia = Math.min(sys - 20, Math.round(Math.min(115, Math.max(60, normal(76, 9)))));
    const risk: string[] = [];
    if (para >= 1 && chance(0.12)) risk.push('previous_lscs');
    if (sys >= 140) risk.push('hypertension');
    if (preterm) risk.push('preterm_labour');
    if (hb < 7) risk.push('severe_anaemia');
    const fields: Partial<EpisodeFields> = {
      ipd_no: chance(0.9) ? `IPD-${String(between(10000, 99999))}` : null,
      admission_at: admissionAt,
      admission_category: referredIn ? 'referred_in' : complicationAdmit ? 'pregnancy_complication' : 'labour_pains',
      mother_name: `${first} ${surname}`,
      age_years: age,
      relation_type: 'wife_of',
      relative_name: husband,
      address_line: chance(0.6) ? `Ward ${between(1, 14)}` : null,
      village_ward: pick(VILLAGES),
      block: pick(KISHANGANJ_BLOCKS),
      district: 'Kishanganj',
      state: 'Bihar',
      pin: chance(0.5) ? '855107' : null,
      mobile: chance(0.92) ? `${pick(['6', '7', '8', '9'])}${String(between(100000000, 999999999))}` : null,
      rch_id: chance(0.72) ? `1${String(between(10000000000, 99999999999))}` : null,
      booked: chance(0.8) ? 'booked' : 'unbooked',
      asha_name: chance(0.7) ? pick(['Meena Devi', 'Zubaida Khatoon', 'रीता देवी', 'Shanti Devi', 'नूरजहाँ']) : null,
      referred_in_from_name: referredIn
        ? pick(['PHC Pothia', 'APHC Dighalbank', 'Sadar Hospital Kishanganj', 'CHC Bahadurganj'])
        : null,
      referred_in_from_type: referredIn ? 'govt' : null,
      referred_in_reason: referredIn ? pick(['Prolonged labour', 'Previous LSCS', 'Breech', 'Severe anaemia', 'PIH']) : null,
      gravida,
      para,
      living_children: Math.max(0, para - (chance(0.05) ? 1 : 0)),
      abortions: gravida - 1 - para,
      lmp,
      gest_weeks: gest,
      gest_source: chance(0.4) ? 'usg' : 'lmp',
      anc_visits: between(0, 6),
      hb_g_dl: hb,
      bp_systolic: sys,
      bp_diastolic: dia,
      pulse: between(72, 104),
      hiv_status: chance(0.85) ? 'non_reactive' : 'not_tested',
      hiv_tested_here: chance(0.3),
      syphilis_status: chance(0.85) ? 'non_reactive' : 'not_tested',
      syphilis_tested_here: chance(0.3),
      hbsag_status: chance(0.01) ? 'positive' : chance(0.8) ? 'negative' : 'not_tested',
      risk_factors: risk as EpisodeFields['risk_factors'],
    };
    const draft: Draft = { admittedMs, fields, babies: [], referrals: [], state: 'admitted', voided: false };
    const hoursAgo = (nowMs - admittedMs) / HOUR;

    // A few are referred before delivery.
    if (chance(0.015) && hoursAgo > 6) {
      const out = admittedMs + between(1, 4) * HOUR;
      Object.assign(fields, { outcome: 'referred_out', outcome_at: iso(out) });
      draft.referrals.push(referral(admittedMs, out, ['obstructed_prolonged_labour']));
      draft.state = 'closed';
      return draft;
    }
    const deliveryMs = admittedMs + (1 + rand() * 12) * HOUR;
    if (deliveryMs > nowMs - 0.2 * HOUR) return draft;
    const lscs = chance(risk.includes('previous_lscs') ? 0.8 : 0.28);
    const mode: DeliveryMode = lscs
      ? chance(0.62)
        ? 'lscs_emergency'
        : 'lscs_elective'
      : chance(0.04)
        ? pick(['assisted_vacuum', 'assisted_forceps'] as const)
        : 'normal_vaginal';
    const twins = chance(0.015);
    const deliveryAt = iso(deliveryMs);
    const complications: string[] = [];
    if (chance(0.04)) complications.push('pph');
    if (chance(0.01)) complications.push('eclampsia');
    if (chance(0.015)) complications.push('prolonged_labour');
    if (chance(0.005)) complications.push('sepsis');
    const staff = pick(STAFF);
    Object.assign(fields, {
      place_of_delivery: 'this_facility',
      delivery_at: deliveryAt,
      mode,
      lscs_indication: lscs ? pick(['Previous LSCS', 'Fetal distress', 'CPD', 'Breech', 'Non-progress of labour']) : null,
      presentation: chance(0.95) ? 'vertex' : 'breech',
      number_of_babies: twins ? 2 : 1,
      conducted_by_name: lscs ? pick(STAFF.slice(0, 2))[0] : staff[0],
      conducted_by_cadre: lscs ? 'doctor' : staff[1],
      partograph_used: !lscs && chance(0.8),
      safe_childbirth_checklist_used: chance(0.85),
      surgical_safety_checklist_used: lscs ? chance(0.9) : null,
      birth_companion_present: chance(0.6),
      amtsl_oxytocin: chance(0.9) ? 'oxytocin_within_1min' : 'oxytocin_later',
      episiotomy: !lscs ? chance(0.3) : null,
      complications: complications as EpisodeFields['complications'],
      mgso4_given: complications.includes('eclampsia') ? true : null,
      antenatal_corticosteroids: gest < 37 ? (chance(0.5) ? 'yes' : 'no') : null,
      blood_transfusion: complications.includes('pph') ? chance(0.5) : false,
      ifa_180_given: chance(0.85),
      calcium_360_given: chance(0.8),
      ppfp_counselled: chance(0.7),
    });
    if (fields.blood_transfusion) fields.blood_units = between(1, 3);
    for (let order = 1; order <= (twins ? 2 : 1); order++) {
      const still = chance(0.018);
      const weight = Math.round(Math.min(4400, Math.max(900, normal(preterm ? 2200 : 2850, preterm ? 400 : 420))) / 10) * 10;
      const bornMs = deliveryMs + (order - 1) * between(5, 25) * 60_000;
      const bornDate = localDate(iso(bornMs));
      const live = !still;
      const deathMs = bornMs + between(2, 60) * HOUR;
      const died = live && chance(0.008) && deathMs < nowMs;
      draft.babies.push({
        ...(Object.fromEntries(BABY_FIELDS.map((f) => [f, null])) as unknown as BabyFields),
        baby_order: order,
        born_at: iso(bornMs),
        sex: chance(0.51) ? 'M' : 'F',
        outcome: live ? 'live' : chance(0.6) ? 'fresh_still_birth' : 'macerated_still_birth',
        birth_weight_g: chance(0.97) ? weight : null,
        cried_at_birth: live ? chance(0.92) : null,
        resuscitation: live ? (chance(0.9) ? 'none' : 'bag_mask') : null,
        bf_within_1h: live ? (chance(0.93) ? chance(0.85) : null) : null,
        vit_k: live && chance(0.95) ? bornDate : null,
        bcg: live && chance(0.8) ? bornDate : null,
        opv0: live && chance(0.85) ? bornDate : null,
        // Two hours after birth (no extra draw: the demo register stays the same for the same seed).
        hepb0_at: live && chance(0.85) ? iso(bornMs + 2 * HOUR) : null,
        screened_for_defects: live ? chance(0.6) : null,
        congenital_anomaly: live && chance(0.008) ? ['cleft_lip_palate'] : null,
        newborn_unit: live ? (weight < 1800 ? 'referred_sncu_elsewhere' : chance(0.05) ? 'nbsu_here' : 'none') : null,
        neonatal_death: live ? died : null,
        neonatal_death_at: died ? iso(deathMs) : null,
        neonatal_death_place: died ? 'in_facility' : null,
        neonatal_death_cause: died ? pick(['asphyxia', 'prematurity', 'sepsis'] as const) : null,
        crs_form1_status: live ? 'not_prepared' : null,
      });
    }
    draft.state = 'delivered';
    const stayHours = lscs ? between(72, 120) : between(30, 72);
    const outMs = deliveryMs + stayHours * HOUR;
    if (outMs > nowMs) return draft;
    const roll = rand();
    const outcome =
      roll < 0.02 ? 'lama' : roll < 0.025 ? 'absconded' : roll < 0.045 ? 'referred_out' : roll < 0.0455 ? 'died' : 'discharged';
    const leftMs = outcome === 'discharged' ? outMs : deliveryMs + between(2, 20) * HOUR;
    Object.assign(fields, {
      outcome,
      outcome_at: iso(leftMs),
      ppfp_method: lscs && chance(0.12) ? 'pp_sterilisation' : chance(0.13) ? 'ppiucd' : chance(0.3) ? 'other' : 'none_declined',
    });
    if (fields.ppfp_method === 'ppiucd') fields.ppiucd_at = iso(deliveryMs + between(0, 30) * 60_000);
    if (fields.ppfp_method === 'pp_sterilisation')
      Object.assign(fields, { pp_sterilisation_at: localDate(deliveryAt), pp_sterilisation_with_lscs: true });
    if (outcome === 'discharged') {
      Object.assign(fields, {
        discharge_condition: chance(0.9) ? 'stable' : 'needs_follow_up',
        discharge_bp_systolic: between(100, 130),
        discharge_bp_diastolic: between(60, 85),
        discharge_pulse: between(70, 96),
        discharge_uterus_contracted: true,
        discharge_bleeding_normal: true,
        final_diagnosis: `G${gravida}P${para + 1} ${lscs ? 'delivered by LSCS' : 'normal delivery'}`,
        discharge_medicines: 'Tab IFA 1 OD x 180 days; Tab Calcium 1 BD x 180 days',
        follow_up_date: addDays(localDate(iso(leftMs)), 7),
      });
    }
    if (outcome === 'lama') fields.lama_declaration_signed = chance(0.9);
    if (outcome === 'died')
      Object.assign(fields, {
        maternal_death_cause: pick(['pph', 'hypertensive_disorder', 'sepsis_infection_fever'] as const),
        fbmdr_done: true,
        fbmdr_date: addDays(localDate(iso(leftMs)), 3),
      });
    if (outcome === 'referred_out')
      draft.referrals.push(referral(deliveryMs, leftMs, complications.includes('pph') ? ['pph'] : ['sick_newborn']));
    for (const baby of draft.babies) {
      baby.baby_exit = baby.neonatal_death
        ? 'died'
        : baby.outcome !== 'live'
          ? null
          : outcome === 'lama'
            ? 'lama'
            : outcome === 'referred_out'
              ? 'referred'
              : 'with_mother';
      if (baby.outcome === 'live' && outcome === 'discharged' && !baby.neonatal_death)
        baby.exclusive_bf_till_discharge = chance(0.9);
    }
    draft.state = 'closed';
    return draft;
  }

  function referral(decidedFromMs: number, leftMs: number, reasons: string[]): Partial<ReferralFields> & { slip_no: string } {
    return {
      slip_no: '',
      baby_order: null,
      urgency: 'emergency',
      receiving_facility_name: pick(['Sadar Hospital Kishanganj', 'MGM Medical College, Kishanganj', 'JLNMCH Bhagalpur']),
      receiving_facility_type: 'dh',
      doctor_contacted: chance(0.6),
      decision_at: iso(Math.min(leftMs, decidedFromMs + 0.5 * HOUR)),
      departure_at: iso(leftMs),
      reasons: reasons as ReferralFields['reasons'],
      transport: pick(['102', '108', 'private_ambulance'] as const),
      referring_doctor_name: pick(STAFF.slice(0, 2))[0],
    };
  }

  const serials = new Map<string, number>();
  return drafts.map((d) => {
    const period = d.fields.admission_at!.slice(0, 4);
    const seq = (serials.get(period) ?? 0) + 1;
    serials.set(period, seq);
    const serialNo = `${period}/${String(seq).padStart(4, '0')}`;
    const stamp = d.fields.outcome_at ?? d.fields.delivery_at ?? d.fields.admission_at!;
    return {
      uid: `demo-${serialNo.replace('/', '-')}`,
      serial: { period, seq, serialNo },
      record_state: d.state,
      state_before_close: d.state === 'closed' ? (d.fields.delivery_at ? 'delivered' : 'admitted') : null,
      void: d.voided ? { at: d.fields.admission_at!, by: 'demo', reason_code: 'duplicate', reason_text: 'Entered twice' } : null,
      version: 1,
      created_at: d.fields.admission_at!,
      created_by: 'demo',
      updated_at: stamp,
      updated_by: 'demo',
      fields: d.fields,
      babies: d.babies,
      referrals: d.referrals.map((r, i) => ({ ...r, slip_no: `${serialNo}/R${i + 1}` })),
    };
  });
}
