import type { AppContext } from '../../src/main/context';
import { admit, recordDelivery, recordOutcome } from '../../src/main/register/service';
import { LOCAL_ADMIN_SESSION } from '../../src/main/session';
import { updateSection } from '../../src/main/settings/store';
import { updatePrintSettings } from '../../src/main/slips/service';
import { DEFAULT_FACILITY_SETTINGS, facilitySettingsSchema } from '../../src/shared/settings';

/*
 * Records for slip tests, benchmarks and the slip PNGs, made through the register's own services (so they pass
 * its rules) on a context whose clock is fixed at SLIP_NOW: a twin delivery, a referral, a record with long
 * Hindi text, an incomplete LAMA record and a maternal death.
 */

export const SLIP_NOW = '2026-03-15T12:00:00+05:30';
const S = LOCAL_ADMIN_SESSION;
const ok = { acknowledge_warnings: true };

/** A 1×1 PNG: the smallest real logo. */
export const TINY_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkqGcAAAIGAQDqUDN6AAAAAElFTkSuQmCC';

export function fillPrintSettings(ctx: AppContext): void {
  updateSection(ctx, S, 'facility', facilitySettingsSchema, DEFAULT_FACILITY_SETTINGS, {
    hospital_name: 'सीमांचल मैटरनिटी एवं नर्सिंग होम / Seemanchal Maternity & Nursing Home',
    address: 'Line Mohalla, Near Sadar Hospital Road, Kishanganj, Bihar 855107',
    phone: '06456-222345',
    registration_no: 'BR/KGJ/CE/2021/0147',
  });
  updatePrintSettings(ctx, S, {
    doctor_name: 'डॉ. रेखा सिन्हा',
    doctor_designation: 'MBBS, DGO',
    doctor_registration_no: 'BMC-31245',
    medical_officer_name: 'Dr. Imran Haque',
    medical_officer_designation: 'Medical Officer in charge',
    medical_officer_mobile: '9431012345',
    logo: TINY_PNG,
  });
}

const identity = {
  admission_category: 'labour_pains',
  relation_type: 'wife_of',
  address_line: 'वार्ड 7, मस्जिद के पास',
  village_ward: 'बेलवा',
  block: 'Kishanganj',
  district: 'Kishanganj',
  state: 'Bihar',
  pin: '855107',
  mobile: '9876543210',
  rch_id: '123456789012',
  mcp_card_no: '210987654321',
  booked: 'booked',
  asha_name: 'ज़ुबैदा ख़ातून',
  asha_mobile: '9123456780',
  gravida: 2,
  para: 1,
  living_children: 1,
  abortions: 0,
  lmp: '2025-06-20',
  hb_g_dl: 10.4,
  bp_systolic: 118,
  bp_diastolic: 76,
  pulse: 88,
  hiv_status: 'non_reactive',
  syphilis_status: 'non_reactive',
  hbsag_status: 'negative',
  blood_group: 'B+',
} as const;

const baby = (order: number, sex: 'M' | 'F', weight: number, bornAt: string) => ({
  baby_order: order,
  born_at: bornAt,
  sex,
  outcome: 'live' as const,
  birth_weight_g: weight,
  cried_at_birth: true,
  resuscitation: 'none' as const,
  bf_within_1h: true,
  vit_k: '2026-03-12',
  bcg: order === 1 ? '2026-03-13' : null,
  opv0: '2026-03-12',
  hepb0: '2026-03-12',
  congenital_anomaly: [],
  newborn_unit: 'none' as const,
  baby_exit: 'with_mother' as const,
  crs_form1_status: 'not_prepared' as const,
});

/** Twins, normal delivery, discharged after 72 h, with everything a discharge slip prints. */
export function twinDelivery(ctx: AppContext): number {
  const { record } = admit(ctx, S, {
    fields: {
      ...identity,
      admission_at: '2026-03-12T06:10:00+05:30',
      mother_name: 'रुखसाना ख़ातून',
      age_years: 24,
      relative_name: 'इरशाद आलम',
    },
    ...ok,
  });
  const delivered = recordDelivery(ctx, S, {
    id: record.id,
    version: record.version,
    fields: {
      place_of_delivery: 'this_facility',
      delivery_at: '2026-03-12T09:40:00+05:30',
      mode: 'normal_vaginal',
      presentation: 'vertex',
      gest_weeks: 37,
      number_of_babies: 2,
      conducted_by_name: 'Sister Mary Tirkey',
      conducted_by_cadre: 'staff_nurse',
      partograph_used: true,
      safe_childbirth_checklist_used: true,
      birth_companion_present: true,
      amtsl_oxytocin: 'oxytocin_within_1min',
      episiotomy: true,
      complications: [],
      ifa_180_given: true,
      calcium_360_given: true,
      ppfp_counselled: true,
    },
    babies: [baby(1, 'F', 2450, '2026-03-12T09:40:00+05:30'), baby(2, 'M', 2300, '2026-03-12T09:52:00+05:30')],
    ...ok,
  });
  recordOutcome(ctx, S, {
    id: record.id,
    version: delivered.record.version,
    fields: {
      outcome: 'discharged',
      outcome_at: '2026-03-15T10:00:00+05:30',
      discharge_condition: 'stable',
      discharge_bp_systolic: 112,
      discharge_bp_diastolic: 72,
      discharge_pulse: 84,
      discharge_temp_c: 37.0,
      discharge_uterus_contracted: true,
      discharge_bleeding_normal: true,
      ppfp_method: 'ppiucd',
      ppiucd_at: '2026-03-12T10:05:00+05:30',
      final_diagnosis: 'G2P2 twin delivery, normal',
      treatment_given: 'Inj. oxytocin 10 IU IM; Tab paracetamol 500 mg TDS x 3 days',
      discharge_medicines: 'Tab IFA 1 OD x 180 days; Tab calcium 500 mg BD x 180 days',
      follow_up_date: '2026-03-19',
    },
    ...ok,
  });
  return record.id;
}

/** Referred out before delivery with eclampsia: every part of the referral slip filled in. */
export function referral(ctx: AppContext): number {
  const { record } = admit(ctx, S, {
    fields: {
      ...identity,
      admission_category: 'pregnancy_complication',
      admission_at: '2026-03-15T07:30:00+05:30',
      mother_name: 'Sunita Devi',
      age_years: 19,
      relative_name: 'Ramesh Yadav',
      gravida: 1,
      para: 0,
      living_children: 0,
      lmp: '2025-07-10',
      gest_weeks: 35,
      bp_systolic: 170,
      bp_diastolic: 112,
      risk_factors: ['pre_eclampsia'],
    },
    ...ok,
  });
  recordOutcome(ctx, S, {
    id: record.id,
    version: record.version,
    fields: { outcome: 'referred_out', outcome_at: '2026-03-15T09:05:00+05:30' },
    referral: {
      urgency: 'emergency',
      receiving_facility_name: 'MGM Medical College, Kishanganj',
      receiving_facility_department: 'Obstetrics & Gynaecology',
      receiving_facility_type: 'medical_college',
      doctor_contacted: true,
      contacted_doctor_name: 'Dr. A. K. Jha',
      call_at: '2026-03-15T08:20:00+05:30',
      decision_at: '2026-03-15T08:10:00+05:30',
      departure_at: '2026-03-15T09:05:00+05:30',
      reasons: ['eclampsia_severe_pre_eclampsia', 'no_blood_ot_specialist'],
      provisional_diagnosis: 'Eclampsia at 35 weeks, one fit at 07:50',
      vitals: {
        bp_systolic: 168,
        bp_diastolic: 110,
        pulse: 104,
        temp_c: 37.2,
        resp_rate: 22,
        spo2: 96,
        fhr: 148,
        cervical_dilatation_cm: 2,
        bleeding: 'None',
        consciousness: 'Drowsy, responds to voice',
      },
      pre_referral_treatment: [
        { drug: 'MgSO4 loading dose', dose: '4 g IV + 10 g IM', route: 'IV / IM', at: '2026-03-15T08:00:00+05:30' },
        { drug: 'Labetalol', dose: '20 mg', route: 'IV', at: '2026-03-15T08:15:00+05:30' },
        { drug: 'Dexamethasone', dose: '6 mg', route: 'IM', at: '2026-03-15T08:20:00+05:30' },
      ],
      investigations: 'Urine albumin +++',
      transport: '102',
      vehicle_no: 'BR11PA1234',
      transport_arranged_at: '2026-03-15T08:40:00+05:30',
      escort_name: 'Ramesh Yadav',
      escort_relation: 'Husband',
      escort_mobile: '9876543210',
      health_worker_escort: 'Anjali Kumari (staff nurse)',
      condition_at_departure: 'BP 160/104, no further fits, catheterised',
      referring_doctor_name: 'Dr. Rekha Sinha',
      referring_doctor_designation: 'MBBS, DGO',
    },
    ...ok,
  });
  return record.id;
}

const LONG_HI =
  'गर्भावस्था के अंतिम सप्ताह में रक्तचाप बढ़ा हुआ पाया गया, सिरदर्द और पैरों में सूजन की शिकायत रही; जाँच में मूत्र में प्रोटीन मिला। ' +
  'सिज़ेरियन के बाद मरीज़ को चौबीस घंटे निगरानी में रखा गया, नाड़ी, रक्तचाप और रक्तस्राव हर घंटे जाँचे गए। ';

/** LSCS with very long Hindi text in every free-text field: must flow onto further pages, never be cut. */
export function longHindi(ctx: AppContext): number {
  const { record } = admit(ctx, S, {
    fields: {
      ...identity,
      admission_at: '2026-03-10T22:15:00+05:30',
      mother_name: 'श्रीमती क्षमा कुमारी त्रिपाठी',
      age_years: 31,
      relative_name: 'श्री ज्ञानेन्द्र प्रसाद त्रिपाठी',
      risk_factors: ['previous_lscs', 'hypertension'],
    },
    ...ok,
  });
  const delivered = recordDelivery(ctx, S, {
    id: record.id,
    version: record.version,
    fields: {
      place_of_delivery: 'this_facility',
      delivery_at: '2026-03-11T01:30:00+05:30',
      mode: 'lscs_emergency',
      lscs_indication: 'पिछला सिज़ेरियन, भ्रूण संकट (भ्रूण की धड़कन 100 से कम)',
      presentation: 'vertex',
      gest_weeks: 38,
      number_of_babies: 1,
      conducted_by_name: 'डॉ. रेखा सिन्हा',
      conducted_by_cadre: 'doctor',
      partograph_used: false,
      safe_childbirth_checklist_used: true,
      surgical_safety_checklist_used: true,
      birth_companion_present: false,
      amtsl_oxytocin: 'oxytocin_within_1min',
      complications: ['pph', 'other'],
      complications_other: 'घाव से हल्का रिसाव',
      blood_transfusion: true,
      blood_units: 2,
      ifa_180_given: true,
      calcium_360_given: true,
    },
    babies: [
      {
        ...baby(1, 'M', 3100, '2026-03-11T01:30:00+05:30'),
        vit_k: '2026-03-11',
        opv0: '2026-03-11',
        hepb0: '2026-03-11',
        bcg: '2026-03-11',
      },
    ],
    ...ok,
  });
  recordOutcome(ctx, S, {
    id: record.id,
    version: delivered.record.version,
    fields: {
      outcome: 'discharged',
      outcome_at: '2026-03-15T11:00:00+05:30',
      discharge_condition: 'needs_follow_up',
      discharge_bp_systolic: 138,
      discharge_bp_diastolic: 88,
      discharge_pulse: 86,
      discharge_uterus_contracted: true,
      discharge_bleeding_normal: true,
      ppfp_method: 'pp_sterilisation',
      pp_sterilisation_at: '2026-03-11',
      pp_sterilisation_with_lscs: true,
      final_diagnosis: (LONG_HI + LONG_HI).slice(0, 500),
      treatment_given: LONG_HI.repeat(4).slice(0, 1000),
      discharge_medicines: LONG_HI.repeat(4).slice(0, 1000),
      follow_up_date: '2026-03-22',
    },
    ...ok,
  });
  return record.id;
}

/** Left against advice the day after delivery, much not yet entered: the slip must list what is missing. */
export function incompleteLama(ctx: AppContext, motherName = 'Parveen Begum'): number {
  const { record } = admit(ctx, S, {
    fields: { admission_at: '2026-03-14T04:00:00+05:30', mother_name: motherName, age_years: 22 },
    ...ok,
  });
  const delivered = recordDelivery(ctx, S, {
    id: record.id,
    version: record.version,
    fields: {
      place_of_delivery: 'this_facility',
      delivery_at: '2026-03-14T06:20:00+05:30',
      mode: 'normal_vaginal',
      number_of_babies: 1,
    },
    babies: [{ baby_order: 1, sex: 'F', outcome: 'live' }],
    ...ok,
  });
  recordOutcome(ctx, S, {
    id: record.id,
    version: delivered.record.version,
    fields: { outcome: 'lama', outcome_at: '2026-03-15T08:00:00+05:30' },
    ...ok,
  });
  return record.id;
}
