import * as C from '../../../shared/register/codes';
import type { BabyFieldName, EpisodeFieldName, ReferralFields } from '../../../shared/register/schema';

/*
 * How each register field is typed in a form and shown on screen. The zod shapes in src/shared/register/schema.ts
 * say what is valid; this says which control edits it and which message list labels its codes (`<prefix>.<code>`).
 * `satisfies Record<…>` makes a field added to the shapes without a kind here a compile error.
 */

export type FieldKind =
  | { type: 'text'; multiline?: boolean; suggestions?: readonly string[]; digits?: boolean }
  | { type: 'int' }
  | { type: 'dec' }
  /** `future`: a date that is usually ahead (next visit), so `DD-MM` without a year stays in this year. */
  | { type: 'date'; future?: boolean }
  | { type: 'datetime' }
  | { type: 'choice'; codes: readonly string[]; prefix: string }
  | { type: 'bool' }
  /** `none`: the form asks "none" explicitly, an empty list then means "none" and null "not asked". */
  | { type: 'multi'; codes: readonly string[]; prefix: string; none?: boolean };

const text = (max?: number): FieldKind => ({ type: 'text', ...(max && max > 200 ? { multiline: true } : {}) });
const digits: FieldKind = { type: 'text', digits: true };
const int: FieldKind = { type: 'int' };
const dec: FieldKind = { type: 'dec' };
const date: FieldKind = { type: 'date' };
const datetime: FieldKind = { type: 'datetime' };
const bool: FieldKind = { type: 'bool' };
const choice = (codes: readonly string[], prefix: string): FieldKind => ({ type: 'choice', codes, prefix });
const multi = (codes: readonly string[], prefix: string, none = false): FieldKind => ({ type: 'multi', codes, prefix, none });

export const EPISODE_FIELD_KINDS = {
  // §2 admission and identity
  ipd_no: text(),
  admission_at: datetime,
  admission_category: choice(C.ADMISSION_CATEGORIES, 'admission_category'),
  mother_name: text(),
  age_years: int,
  dob: date,
  relation_type: choice(C.RELATION_TYPES, 'relation_type'),
  relative_name: text(),
  address_line: text(),
  village_ward: text(),
  block: { type: 'text', suggestions: C.KISHANGANJ_BLOCKS },
  district: text(),
  state: text(),
  pin: digits,
  mobile: digits,
  rch_id: digits,
  mcp_card_no: digits,
  aadhaar_no: digits,
  booked: choice(C.BOOKED, 'booked'),
  asha_name: text(),
  asha_mobile: digits,
  referred_in_from_name: text(),
  referred_in_from_type: choice(C.REFERRED_IN_FROM_TYPES, 'referred_in_from_type'),
  referred_in_reason: text(300),
  referral_slip_received: bool,
  pre_referral_treatment_received: text(500),
  referred_in_transport: choice(C.TRANSPORTS, 'transport'),
  jsy_pmmvy_beneficiary: bool,
  // §3 obstetric
  gravida: int,
  para: int,
  living_children: int,
  abortions: int,
  lmp: date,
  edd: { type: 'date', future: true },
  gest_weeks: int,
  gest_source: choice(C.GEST_SOURCES, 'gest_source'),
  anc_visits: int,
  blood_group: choice(C.BLOOD_GROUPS, 'blood_group'),
  hb_g_dl: dec,
  bp_systolic: int,
  bp_diastolic: int,
  pulse: int,
  temp_c: dec,
  resp_rate: int,
  hiv_status: choice(C.TEST_STATUSES, 'test_status'),
  hiv_tested_here: bool,
  syphilis_status: choice(C.TEST_STATUSES, 'test_status'),
  syphilis_tested_here: bool,
  hbsag_status: choice(C.HBSAG_STATUSES, 'hbsag_status'),
  direct_in_labour: bool,
  risk_factors: multi(C.RISK_FACTORS, 'risk_factor'),
  risk_factors_other: text(),
  // §4 labour and delivery
  place_of_delivery: choice(C.PLACES_OF_DELIVERY, 'place_of_delivery'),
  delivery_at: datetime,
  mode: choice(C.DELIVERY_MODES, 'mode'),
  lscs_indication: text(),
  presentation: choice(C.PRESENTATIONS, 'presentation'),
  number_of_babies: int,
  conducted_by_name: text(),
  conducted_by_cadre: choice(C.CADRES, 'cadre'),
  labour_onset_at: datetime,
  partograph_used: bool,
  safe_childbirth_checklist_used: bool,
  surgical_safety_checklist_used: bool,
  birth_companion_present: bool,
  birth_companion_name: text(),
  amtsl_oxytocin: choice(C.AMTSL, 'amtsl'),
  episiotomy: bool,
  perineal_tear_degree: int,
  complications: multi(C.COMPLICATIONS, 'complication', true),
  complications_other: text(),
  mgso4_given: bool,
  mgso4_loading_at: datetime,
  antenatal_corticosteroids: choice(C.CORTICOSTEROIDS, 'corticosteroids'),
  blood_transfusion: bool,
  blood_units: int,
  ifa_180_given: bool,
  calcium_360_given: bool,
  mlcu: bool,
  // §6 PPFP
  ppfp_counselled: bool,
  ppfp_method: choice(C.PPFP_METHODS, 'ppfp_method'),
  ppiucd_at: datetime,
  pp_sterilisation_at: date,
  pp_sterilisation_with_lscs: bool,
  // §7 outcome
  outcome: choice(C.OUTCOMES, 'outcome'),
  outcome_at: datetime,
  discharge_condition: choice(C.DISCHARGE_CONDITIONS, 'discharge_condition'),
  discharge_bp_systolic: int,
  discharge_bp_diastolic: int,
  discharge_pulse: int,
  discharge_temp_c: dec,
  discharge_uterus_contracted: bool,
  discharge_bleeding_normal: bool,
  lama_declaration_signed: bool,
  maternal_death_cause: choice(C.MATERNAL_DEATH_CAUSES, 'maternal_death_cause'),
  fbmdr_done: bool,
  fbmdr_date: date,
  final_diagnosis: text(500),
  treatment_given: text(1000),
  discharge_medicines: text(1000),
  follow_up_date: { type: 'date', future: true },
  outcome_note: text(500),
  // §8 CRS
  father_name: text(),
  father_aadhaar: digits,
  father_mobile: digits,
  religion_father: choice(C.RELIGIONS, 'religion'),
  religion_mother: choice(C.RELIGIONS, 'religion'),
  education_father: choice(C.EDUCATION_LEVELS, 'education'),
  education_mother: choice(C.EDUCATION_LEVELS, 'education'),
  occupation_father: choice(C.OCCUPATIONS, 'occupation'),
  occupation_mother: choice(C.OCCUPATIONS, 'occupation'),
  mother_age_at_marriage: int,
  permanent_address: text(300),
  residence_type: choice(C.RESIDENCE_TYPES, 'residence_type'),
  crs_form2_submitted_at: date,
  maternal_death_notified_at: datetime,
  informant_name: text(),
  informant_mobile: digits,
} satisfies Record<EpisodeFieldName, FieldKind>;

export const BABY_FIELD_KINDS = {
  baby_order: int,
  born_at: datetime,
  sex: choice(C.SEXES, 'sex'),
  outcome: choice(C.BIRTH_OUTCOMES, 'birth_outcome'),
  birth_weight_g: int,
  cried_at_birth: bool,
  resuscitation: choice(C.RESUSCITATION, 'resuscitation'),
  bf_within_1h: bool,
  exclusive_bf_till_discharge: bool,
  vit_k: date,
  bcg: date,
  opv0: date,
  hepb0: date,
  hepb0_at: datetime,
  hbig_given_at: datetime,
  screened_for_defects: bool,
  congenital_anomaly: multi(C.ANOMALIES, 'anomaly'),
  congenital_anomaly_other: text(),
  newborn_unit: choice(C.NEWBORN_UNITS, 'newborn_unit'),
  neonatal_death: bool,
  neonatal_death_at: datetime,
  neonatal_death_place: choice(C.NEONATAL_DEATH_PLACES, 'neonatal_death_place'),
  neonatal_death_cause: choice(C.NEONATAL_DEATH_CAUSES, 'neonatal_death_cause'),
  neonatal_death_cause_other: text(),
  baby_exit: choice(C.BABY_EXITS, 'baby_exit'),
  crs_form1_status: choice(C.CRS_FORM1_STATUSES, 'crs_form1_status'),
  crs_form1_printed_at: datetime,
  crs_form1_submitted_at: date,
  crs_registered_at: date,
  crs_registration_no: text(),
  crs_form3_submitted_at: date,
  crs_form2_submitted_at: date,
  child_name: text(),
} satisfies Record<BabyFieldName, FieldKind>;

type ReferralScalar = Exclude<keyof ReferralFields, 'vitals' | 'pre_referral_treatment' | 'baby_order'>;

export const REFERRAL_FIELD_KINDS = {
  urgency: choice(C.URGENCIES, 'urgency'),
  receiving_facility_name: text(),
  receiving_facility_department: text(),
  receiving_facility_type: choice(C.RECEIVING_FACILITY_TYPES, 'receiving_facility_type'),
  doctor_contacted: bool,
  contacted_doctor_name: text(),
  call_at: datetime,
  decision_at: datetime,
  departure_at: datetime,
  reasons: multi(C.REFERRAL_REASONS, 'referral_reason'),
  reasons_other: text(),
  provisional_diagnosis: text(300),
  investigations: text(500),
  transport: choice(C.TRANSPORTS, 'transport'),
  vehicle_no: text(),
  transport_arranged_at: datetime,
  escort_name: text(),
  escort_relation: text(),
  escort_mobile: digits,
  health_worker_escort: text(),
  condition_at_departure: text(300),
  referring_doctor_name: text(),
  referring_doctor_designation: text(),
} satisfies Record<ReferralScalar, FieldKind>;

/** Vital signs at referral (`referral.vitals.*`). */
export const VITALS_FIELD_KINDS = {
  bp_systolic: int,
  bp_diastolic: int,
  pulse: int,
  temp_c: dec,
  resp_rate: int,
  spo2: int,
  fhr: int,
  cervical_dilatation_cm: int,
  bleeding: text(),
  consciousness: text(),
} as const satisfies Record<string, FieldKind>;

/** Baby fields that do not apply to a still birth: hidden in the form and sent as empty. */
export const LIVE_ONLY_BABY_FIELDS = [
  'cried_at_birth',
  'resuscitation',
  'bf_within_1h',
  'exclusive_bf_till_discharge',
  'vit_k',
  'bcg',
  'opv0',
  'hepb0',
  'hepb0_at',
  'hbig_given_at',
  'newborn_unit',
  'neonatal_death',
  'neonatal_death_at',
  'neonatal_death_place',
  'neonatal_death_cause',
  'neonatal_death_cause_other',
] as const satisfies readonly BabyFieldName[];

/** Baby A, B, C, D. */
export const babyLetter = (order: number): string => String.fromCharCode(64 + order);
