/**
 * Codes of the labour-room register, exactly as in docs/domain/register.md. They are the vocabulary of the
 * database, the exchange format and the UI (labels: `<list>.<code>` message keys).
 */
export const ADMISSION_CATEGORIES = ['labour_pains', 'pregnancy_complication', 'referred_in'] as const;
export const RELATION_TYPES = ['wife_of', 'daughter_of'] as const;
export const BOOKED = ['booked', 'unbooked'] as const;
export const REFERRED_IN_FROM_TYPES = ['govt', 'private', 'home_asha'] as const;
export const GEST_SOURCES = ['lmp', 'usg', 'clinical'] as const;
export const BLOOD_GROUPS = ['A+', 'A-', 'B+', 'B-', 'AB+', 'AB-', 'O+', 'O-', 'unknown'] as const;
export const TEST_STATUSES = ['reactive', 'non_reactive', 'not_tested', 'unknown'] as const;
export const HBSAG_STATUSES = ['positive', 'negative', 'not_tested', 'unknown'] as const;
export const RISK_FACTORS = [
  'severe_anaemia',
  'hypertension',
  'pre_eclampsia',
  'eclampsia',
  'previous_lscs',
  'malpresentation',
  'multiple_pregnancy',
  'aph',
  'preterm_labour',
  'post_term',
  'age_lt_18',
  'age_gt_35',
  'grand_multipara',
  'previous_stillbirth',
  'previous_pph',
  'previous_obstructed_labour',
  'hiv_syphilis_hbsag_positive',
  'diabetes',
  'heart_disease',
  'other',
] as const;

export const PLACES_OF_DELIVERY = ['this_facility', 'in_transit', 'home_before_arrival'] as const;
export const DELIVERY_MODES = [
  'normal_vaginal',
  'assisted_vacuum',
  'assisted_forceps',
  'lscs_emergency',
  'lscs_elective',
] as const;
export const LSCS_MODES: readonly DeliveryMode[] = ['lscs_emergency', 'lscs_elective'];
export const VAGINAL_MODES: readonly DeliveryMode[] = ['normal_vaginal', 'assisted_vacuum', 'assisted_forceps'];
export const PRESENTATIONS = ['vertex', 'breech', 'face', 'brow', 'transverse', 'compound', 'unknown'] as const;
export const CADRES = ['doctor', 'staff_nurse', 'anm', 'other'] as const;
export const AMTSL = ['oxytocin_within_1min', 'oxytocin_later', 'misoprostol', 'other', 'none'] as const;
export const COMPLICATIONS = [
  'pph',
  'aph',
  'eclampsia',
  'severe_pre_eclampsia',
  'obstructed_labour',
  'prolonged_labour',
  'sepsis',
  'retained_placenta',
  'ruptured_uterus',
  'other',
] as const;
export const CORTICOSTEROIDS = ['yes', 'no', 'not_indicated'] as const;

export const SEXES = ['M', 'F', 'ambiguous'] as const;
/** CRS Forms 1–3 statistical part: the residence is a town or a village (ticked on the form). */
export const RESIDENCE_TYPES = ['town', 'village'] as const;
export const BIRTH_OUTCOMES = ['live', 'fresh_still_birth', 'macerated_still_birth'] as const;
export const STILL_BIRTHS: readonly BirthOutcome[] = ['fresh_still_birth', 'macerated_still_birth'];
export const RESUSCITATION = ['none', 'stimulation', 'bag_mask', 'advanced'] as const;
export const ANOMALIES = ['neural_tube_defect', 'down_syndrome', 'cleft_lip_palate', 'club_foot', 'ddh', 'other'] as const;
export const NEWBORN_UNITS = ['none', 'nbsu_here', 'sncu_here', 'referred_sncu_elsewhere'] as const;
export const NEONATAL_DEATH_PLACES = ['in_facility', 'in_transit_facility_to_facility', 'after_discharge'] as const;
export const NEONATAL_DEATH_CAUSES = ['sepsis', 'asphyxia', 'prematurity', 'other'] as const;
export const BABY_EXITS = ['with_mother', 'referred', 'died', 'lama'] as const;
export const CRS_FORM1_STATUSES = ['not_prepared', 'printed', 'submitted', 'registered'] as const;

export const PPFP_METHODS = ['ppiucd', 'pp_sterilisation', 'other', 'none_declined'] as const;

export const OUTCOMES = ['discharged', 'referred_out', 'lama', 'died', 'absconded'] as const;
export const DISCHARGE_CONDITIONS = ['stable', 'needs_follow_up', 'critical'] as const;
export const MATERNAL_DEATH_CAUSES = [
  'aph',
  'pph',
  'sepsis_infection_fever',
  'abortion_related',
  'obstructed_prolonged_labour',
  'hypertensive_disorder',
  'other_unknown',
] as const;

export const VOID_REASONS = ['duplicate', 'wrong_patient', 'entered_in_error', 'other'] as const;
export const STATES = ['admitted', 'delivered', 'closed'] as const;

/** Referral slip (docs/domain/slips.md §2.1). */
export const URGENCIES = ['emergency', 'routine'] as const;
export const RECEIVING_FACILITY_TYPES = ['dh', 'sdh', 'referral_hospital', 'medical_college', 'private', 'other'] as const;
export const REFERRAL_REASONS = [
  'pph',
  'aph',
  'eclampsia_severe_pre_eclampsia',
  'obstructed_prolonged_labour',
  'malpresentation',
  'previous_lscs',
  'fetal_distress',
  'preterm_labour',
  'sepsis',
  'severe_anaemia',
  'retained_placenta',
  'ruptured_uterus',
  'sick_newborn',
  'no_blood_ot_specialist',
  'other',
] as const;
export const TRANSPORTS = ['102', '108', 'private_ambulance', 'own_vehicle', 'other'] as const;

/** Kishanganj district's blocks, for the pick-list (free text is still allowed). */
export const KISHANGANJ_BLOCKS = [
  'Kishanganj',
  'Bahadurganj',
  'Dighalbank',
  'Kochadhaman',
  'Pothia',
  'Terhagachh',
  'Thakurganj',
] as const;

/**
 * CRS Form No. 1, items 11–15 (docs/domain: slips): religion as the form lists it; education and occupation as
 * groups a clerk can choose from (inferred: the state's printed form has the final list). Stored as text, so a value
 * typed before these lists existed stays as written and is shown as written.
 */
export const RELIGIONS = ['hindu', 'muslim', 'christian', 'sikh', 'buddhist', 'jain', 'other'] as const;
export const EDUCATION_LEVELS = [
  'illiterate',
  'below_primary',
  'primary',
  'middle',
  'secondary',
  'higher_secondary',
  'graduate',
] as const;
export const OCCUPATIONS = [
  'cultivator',
  'agricultural_labourer',
  'household_industry',
  'daily_wage',
  'salaried',
  'business',
  'homemaker',
  'student',
  'not_working',
  'other',
] as const;

export type DeliveryMode = (typeof DELIVERY_MODES)[number];
export type BirthOutcome = (typeof BIRTH_OUTCOMES)[number];
export type Outcome = (typeof OUTCOMES)[number];
export type EpisodeState = (typeof STATES)[number];
