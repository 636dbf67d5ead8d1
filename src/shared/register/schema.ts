import { z } from 'zod';
import { ISO_DATE, ISO_DATE_TIME, isValidIsoDate, isValidIsoDateTime } from '../time';
import * as C from './codes';

/*
 * Field schemas of the labour-room register (docs/domain/register.md). Every field is nullable: "not yet entered" is null,
 * never "" or 0. Hard ranges (E in docs/domain/register.md) are here; warnings and cross-field rules are in rules.ts.
 * Producers send null for a blank field (the forms and the CSV importer do).
 */

const str = (max: number) => z.string().trim().min(1).max(max);
const int = (min: number, max: number) => z.number().int().min(min).max(max);
const dec = (min: number, max: number) => z.number().min(min).max(max);
const digits = (pattern: RegExp, key: string) => z.string().trim().regex(pattern, { error: key });
// The pattern documents the form in the JSON Schema; the refinement rejects impossible dates (31-02).
export const isoDate = z.string().regex(ISO_DATE, { error: 'v.date' }).refine(isValidIsoDate, { error: 'v.date' });
export const isoDateTime = z
  .string()
  .regex(ISO_DATE_TIME, { error: 'v.date_time' })
  .refine(isValidIsoDateTime, { error: 'v.date_time' });
const list = <T extends readonly [string, ...string[]]>(codes: T) =>
  z
    .array(z.enum(codes))
    .max(codes.length)
    .refine((a) => new Set(a).size === a.length, { error: 'v.duplicate_choice' });

export const MOBILE = /^[6-9][0-9]{9}$/;
const mobile = digits(MOBILE, 'v.mobile');
const twelveDigits = (key: string) => digits(/^[0-9]{12}$/, key);

/** §2 Admission and identity (+ referral-in, docs/domain/slips.md §2.2). */
export const admissionShape = {
  ipd_no: str(20).nullable(),
  admission_at: isoDateTime.nullable(),
  admission_category: z.enum(C.ADMISSION_CATEGORIES).nullable(),
  mother_name: str(100).nullable(),
  age_years: int(10, 60).nullable(),
  dob: isoDate.nullable(),
  relation_type: z.enum(C.RELATION_TYPES).nullable(),
  relative_name: str(100).nullable(),
  address_line: str(200).nullable(),
  village_ward: str(100).nullable(),
  block: str(60).nullable(),
  district: str(60).nullable(),
  state: str(60).nullable(),
  pin: digits(/^[1-9][0-9]{5}$/, 'v.pin').nullable(),
  mobile: mobile.nullable(),
  rch_id: twelveDigits('v.rch_id').nullable(),
  mcp_card_no: twelveDigits('v.mcp_card_no').nullable(),
  aadhaar_no: twelveDigits('v.aadhaar').nullable(),
  booked: z.enum(C.BOOKED).nullable(),
  asha_name: str(100).nullable(),
  asha_mobile: mobile.nullable(),
  referred_in_from_name: str(120).nullable(),
  referred_in_from_type: z.enum(C.REFERRED_IN_FROM_TYPES).nullable(),
  referred_in_reason: str(300).nullable(),
  referral_slip_received: z.boolean().nullable(),
  pre_referral_treatment_received: str(500).nullable(),
  referred_in_transport: z.enum(C.TRANSPORTS).nullable(),
  jsy_pmmvy_beneficiary: z.boolean().nullable(),
};

/** §3 Obstetric history and status at admission. */
export const obstetricShape = {
  gravida: int(1, 20).nullable(),
  para: int(0, 19).nullable(),
  living_children: int(0, 20).nullable(),
  abortions: int(0, 19).nullable(),
  lmp: isoDate.nullable(),
  edd: isoDate.nullable(),
  gest_weeks: int(20, 45).nullable(),
  gest_source: z.enum(C.GEST_SOURCES).nullable(),
  anc_visits: int(0, 20).nullable(),
  blood_group: z.enum(C.BLOOD_GROUPS).nullable(),
  hb_g_dl: dec(2, 20).nullable(),
  bp_systolic: int(50, 260).nullable(),
  bp_diastolic: int(30, 160).nullable(),
  pulse: int(30, 220).nullable(),
  temp_c: dec(34, 43).nullable(),
  resp_rate: int(5, 80).nullable(),
  hiv_status: z.enum(C.TEST_STATUSES).nullable(),
  hiv_tested_here: z.boolean().nullable(),
  syphilis_status: z.enum(C.TEST_STATUSES).nullable(),
  syphilis_tested_here: z.boolean().nullable(),
  hbsag_status: z.enum(C.HBSAG_STATUSES).nullable(),
  direct_in_labour: z.boolean().nullable(),
  risk_factors: list(C.RISK_FACTORS).nullable(),
  risk_factors_other: str(200).nullable(),
};

/** §4 Labour and delivery. `complications`: null = not asked yet, [] = "none" (the form asks explicitly). */
export const deliveryShape = {
  place_of_delivery: z.enum(C.PLACES_OF_DELIVERY).nullable(),
  delivery_at: isoDateTime.nullable(),
  mode: z.enum(C.DELIVERY_MODES).nullable(),
  lscs_indication: str(200).nullable(),
  presentation: z.enum(C.PRESENTATIONS).nullable(),
  number_of_babies: int(1, 4).nullable(),
  conducted_by_name: str(100).nullable(),
  conducted_by_cadre: z.enum(C.CADRES).nullable(),
  labour_onset_at: isoDateTime.nullable(),
  partograph_used: z.boolean().nullable(),
  safe_childbirth_checklist_used: z.boolean().nullable(),
  surgical_safety_checklist_used: z.boolean().nullable(),
  birth_companion_present: z.boolean().nullable(),
  birth_companion_name: str(100).nullable(),
  amtsl_oxytocin: z.enum(C.AMTSL).nullable(),
  episiotomy: z.boolean().nullable(),
  perineal_tear_degree: int(0, 4).nullable(),
  complications: list(C.COMPLICATIONS).nullable(),
  complications_other: str(200).nullable(),
  mgso4_given: z.boolean().nullable(),
  mgso4_loading_at: isoDateTime.nullable(),
  antenatal_corticosteroids: z.enum(C.CORTICOSTEROIDS).nullable(),
  blood_transfusion: z.boolean().nullable(),
  blood_units: int(1, 20).nullable(),
  ifa_180_given: z.boolean().nullable(),
  calcium_360_given: z.boolean().nullable(),
  /** Delivery conducted at a Midwifery Led Care Unit (HMIS 2.2.3). */
  mlcu: z.boolean().nullable(),
};

/** §6 Post-partum family planning. */
export const ppfpShape = {
  ppfp_counselled: z.boolean().nullable(),
  ppfp_method: z.enum(C.PPFP_METHODS).nullable(),
  ppiucd_at: isoDateTime.nullable(),
  pp_sterilisation_at: isoDate.nullable(),
  pp_sterilisation_with_lscs: z.boolean().nullable(),
};

/** §7 Final outcome of the mother (+ what the discharge slip prints). */
export const outcomeShape = {
  outcome: z.enum(C.OUTCOMES).nullable(),
  outcome_at: isoDateTime.nullable(),
  discharge_condition: z.enum(C.DISCHARGE_CONDITIONS).nullable(),
  discharge_bp_systolic: int(50, 260).nullable(),
  discharge_bp_diastolic: int(30, 160).nullable(),
  discharge_pulse: int(30, 220).nullable(),
  discharge_temp_c: dec(34, 43).nullable(),
  discharge_uterus_contracted: z.boolean().nullable(),
  discharge_bleeding_normal: z.boolean().nullable(),
  lama_declaration_signed: z.boolean().nullable(),
  maternal_death_cause: z.enum(C.MATERNAL_DEATH_CAUSES).nullable(),
  fbmdr_done: z.boolean().nullable(),
  fbmdr_date: isoDate.nullable(),
  final_diagnosis: str(500).nullable(),
  treatment_given: str(1000).nullable(),
  discharge_medicines: str(1000).nullable(),
  follow_up_date: isoDate.nullable(),
  outcome_note: str(500).nullable(),
};

/** §8 Fields only for CRS Form No. 1 (statistical part); codes follow the printed form (docs/domain/slips.md §4). */
export const crsShape = {
  father_name: str(100).nullable(),
  father_aadhaar: twelveDigits('v.aadhaar').nullable(),
  father_mobile: mobile.nullable(),
  religion_father: str(40).nullable(),
  religion_mother: str(40).nullable(),
  education_father: str(60).nullable(),
  education_mother: str(60).nullable(),
  occupation_father: str(60).nullable(),
  occupation_mother: str(60).nullable(),
  mother_age_at_marriage: int(10, 60).nullable(),
  permanent_address: str(300).nullable(),
  informant_name: str(100).nullable(),
  informant_mobile: mobile.nullable(),
};

export const episodeFieldsShape = {
  ...admissionShape,
  ...obstetricShape,
  ...deliveryShape,
  ...ppfpShape,
  ...outcomeShape,
  ...crsShape,
};
export type EpisodeFieldName = keyof typeof episodeFieldsShape;
export const EPISODE_FIELDS = Object.keys(episodeFieldsShape) as EpisodeFieldName[];
export const episodeFieldsSchema = z.object(episodeFieldsShape).strict();
export type EpisodeFields = z.output<typeof episodeFieldsSchema>;

/** §5 One row per baby. */
export const babyShape = {
  baby_order: int(1, 4),
  born_at: isoDateTime.nullable(),
  sex: z.enum(C.SEXES).nullable(),
  outcome: z.enum(C.BIRTH_OUTCOMES).nullable(),
  birth_weight_g: int(300, 6000).nullable(),
  cried_at_birth: z.boolean().nullable(),
  resuscitation: z.enum(C.RESUSCITATION).nullable(),
  bf_within_1h: z.boolean().nullable(),
  exclusive_bf_till_discharge: z.boolean().nullable(),
  vit_k: isoDate.nullable(),
  bcg: isoDate.nullable(),
  opv0: isoDate.nullable(),
  hepb0: isoDate.nullable(),
  hbig_given_at: isoDateTime.nullable(),
  screened_for_defects: z.boolean().nullable(),
  congenital_anomaly: list(C.ANOMALIES).nullable(),
  congenital_anomaly_other: str(200).nullable(),
  newborn_unit: z.enum(C.NEWBORN_UNITS).nullable(),
  neonatal_death: z.boolean().nullable(),
  neonatal_death_at: isoDateTime.nullable(),
  neonatal_death_place: z.enum(C.NEONATAL_DEATH_PLACES).nullable(),
  neonatal_death_cause: z.enum(C.NEONATAL_DEATH_CAUSES).nullable(),
  neonatal_death_cause_other: str(200).nullable(),
  baby_exit: z.enum(C.BABY_EXITS).nullable(),
  crs_form1_status: z.enum(C.CRS_FORM1_STATUSES).nullable(),
  crs_form1_printed_at: isoDateTime.nullable(),
  crs_form1_submitted_at: isoDate.nullable(),
  crs_registered_at: isoDate.nullable(),
  crs_registration_no: str(40).nullable(),
  child_name: str(100).nullable(),
};
export type BabyFieldName = keyof typeof babyShape;
export const BABY_FIELDS = Object.keys(babyShape) as BabyFieldName[];
export const babyFieldsSchema = z.object(babyShape).strict();
export type BabyFields = z.output<typeof babyFieldsSchema>;

const vitalsSchema = z
  .object({
    bp_systolic: int(50, 260).nullable(),
    bp_diastolic: int(30, 160).nullable(),
    pulse: int(30, 220).nullable(),
    temp_c: dec(34, 43).nullable(),
    resp_rate: int(5, 80).nullable(),
    spo2: int(50, 100).nullable(),
    fhr: int(50, 220).nullable(),
    cervical_dilatation_cm: int(0, 10).nullable(),
    bleeding: str(100).nullable(),
    consciousness: str(100).nullable(),
  })
  .partial()
  .strict();

const treatmentSchema = z
  .object({ drug: str(100), dose: str(60).nullable(), route: str(40).nullable(), at: isoDateTime.nullable() })
  .strict();

/** Referral out (docs/domain/slips.md §2.1): the mother's (baby_order null) or one baby's. */
export const referralShape = {
  baby_order: int(1, 4).nullable(),
  urgency: z.enum(C.URGENCIES).nullable(),
  receiving_facility_name: str(160).nullable(),
  receiving_facility_department: str(100).nullable(),
  receiving_facility_type: z.enum(C.RECEIVING_FACILITY_TYPES).nullable(),
  doctor_contacted: z.boolean().nullable(),
  contacted_doctor_name: str(100).nullable(),
  call_at: isoDateTime.nullable(),
  decision_at: isoDateTime.nullable(),
  departure_at: isoDateTime.nullable(),
  reasons: list(C.REFERRAL_REASONS).nullable(),
  reasons_other: str(200).nullable(),
  provisional_diagnosis: str(300).nullable(),
  vitals: vitalsSchema.nullable(),
  pre_referral_treatment: z.array(treatmentSchema).max(20).nullable(),
  investigations: str(500).nullable(),
  transport: z.enum(C.TRANSPORTS).nullable(),
  vehicle_no: str(20).nullable(),
  transport_arranged_at: isoDateTime.nullable(),
  escort_name: str(100).nullable(),
  escort_relation: str(40).nullable(),
  escort_mobile: mobile.nullable(),
  health_worker_escort: str(100).nullable(),
  condition_at_departure: str(300).nullable(),
  referring_doctor_name: str(100).nullable(),
  referring_doctor_designation: str(100).nullable(),
};
export const referralFieldsSchema = z.object(referralShape).strict();
export type ReferralFields = z.output<typeof referralFieldsSchema>;
export const REFERRAL_FIELDS = Object.keys(referralShape) as (keyof ReferralFields)[];

const userStamp = { at: isoDateTime, by: z.string() };

export const babyRecordSchema = z.object({ id: z.number().int(), ...babyShape }).strict();
export type BabyRecord = z.output<typeof babyRecordSchema>;

export const referralRecordSchema = z.object({ id: z.number().int(), slip_no: z.string(), ...referralShape }).strict();
export type ReferralRecord = z.output<typeof referralRecordSchema>;

export const voidInfoSchema = z
  .object({ reason_code: z.enum(C.VOID_REASONS), reason_text: z.string().nullable(), ...userStamp })
  .strict();

/** One delivery episode as stored and exchanged: every field, its babies and referrals. */
export const episodeRecordSchema = z
  .object({
    id: z.number().int(),
    uid: z.string(),
    serial_no: z.string(),
    record_state: z.enum(C.STATES),
    void: voidInfoSchema.nullable(),
    version: z.number().int(),
    created_at: isoDateTime,
    created_by: z.string(),
    updated_at: isoDateTime,
    updated_by: z.string(),
    ...episodeFieldsShape,
    babies: z.array(babyRecordSchema),
    referrals: z.array(referralRecordSchema),
  })
  .strict();
export type EpisodeRecord = z.output<typeof episodeRecordSchema>;

/** Babies as a save sends them: existing ones by id, new ones without. */
export const babyInputSchema = babyFieldsSchema
  .partial()
  .extend({ id: z.number().int().optional(), baby_order: int(1, 4) })
  .strict();
export type BabyInput = z.output<typeof babyInputSchema>;

export const episodePatchSchema = episodeFieldsSchema.partial().strict();
export type EpisodePatch = z.output<typeof episodePatchSchema>;

/** One line of a record's change history (an audit row). */
export const historyEntrySchema = z.object({
  at: z.string(),
  user_name: z.string(),
  action: z.string(),
  entity: z.string(),
  field: z.string().nullable(),
  old_value: z.unknown(),
  new_value: z.unknown(),
  reason: z.string().nullable(),
});
export type HistoryEntry = z.output<typeof historyEntrySchema>;
