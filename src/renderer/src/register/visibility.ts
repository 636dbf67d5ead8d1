import { LSCS_MODES, STILL_BIRTHS, type BirthOutcome, type DeliveryMode } from '../../../shared/register/codes';
import type { Draft, DraftValue } from './draft';
import { LIVE_ONLY_BABY_FIELDS } from './fields';

/*
 * Which fields a form shows, from what is already chosen in it (docs/domain/register.md: referral-in fields only when
 * referred in, LSCS indication only for a caesarean, live-birth fields only for a live birth…). Hidden fields
 * are saved empty (see convertDraft), so a form never keeps a value the clerk cannot see.
 */

const has = (v: DraftValue | undefined, code: string) => Array.isArray(v) && v.includes(code);
const isLscs = (mode: DraftValue | undefined) => typeof mode === 'string' && LSCS_MODES.includes(mode as DeliveryMode);

const REFERRED_IN = new Set([
  'referred_in_from_name',
  'referred_in_from_type',
  'referred_in_reason',
  'referral_slip_received',
  'pre_referral_treatment_received',
  'referred_in_transport',
]);
/** The outcome form's discharge fields, shown only for a discharge. */
export const DISCHARGE_FIELDS = [
  'discharge_condition',
  'discharge_bp_systolic',
  'discharge_bp_diastolic',
  'discharge_pulse',
  'discharge_temp_c',
  'discharge_uterus_contracted',
  'discharge_bleeding_normal',
  'discharge_medicines',
  'follow_up_date',
] as const;
const DISCHARGE = new Set<string>(DISCHARGE_FIELDS);

/**
 * `draft` holds the form's own values; `context` the stored record's, for fields another screen edits (the
 * delivery mode decides on "sterilisation with caesarean" in the PPFP section).
 */
export function episodeFieldVisible(name: string, draft: Draft, context: Record<string, unknown> = {}): boolean {
  const value = (field: string): DraftValue | undefined =>
    field in draft ? draft[field] : (context[field] as DraftValue | undefined);
  const mode = value('mode');
  if (REFERRED_IN.has(name)) return value('admission_category') === 'referred_in';
  if (DISCHARGE.has(name)) return value('outcome') === 'discharged';
  switch (name) {
    case 'risk_factors_other':
      return has(value('risk_factors'), 'other');
    case 'complications_other':
      return has(value('complications'), 'other');
    case 'lscs_indication':
    case 'surgical_safety_checklist_used':
      return isLscs(mode);
    case 'episiotomy':
      return !isLscs(mode);
    case 'birth_companion_name':
      return value('birth_companion_present') === 'yes';
    case 'mgso4_loading_at':
      return value('mgso4_given') === 'yes';
    case 'blood_units':
      return value('blood_transfusion') === 'yes';
    case 'ppiucd_at':
      return value('ppfp_method') === 'ppiucd';
    case 'pp_sterilisation_at':
      return value('ppfp_method') === 'pp_sterilisation';
    case 'pp_sterilisation_with_lscs':
      return value('ppfp_method') === 'pp_sterilisation' && isLscs(mode);
    case 'lama_declaration_signed':
      return value('outcome') === 'lama';
    case 'maternal_death_cause':
    case 'fbmdr_done':
      return value('outcome') === 'died';
    case 'fbmdr_date':
      return value('outcome') === 'died' && value('fbmdr_done') === 'yes';
    default:
      return true;
  }
}

const LIVE_ONLY = new Set<string>(LIVE_ONLY_BABY_FIELDS);

export function isStillBirth(outcome: DraftValue | undefined): boolean {
  return typeof outcome === 'string' && STILL_BIRTHS.includes(outcome as BirthOutcome);
}

export function babyFieldVisible(name: string, baby: Draft): boolean {
  if (LIVE_ONLY.has(name) && isStillBirth(baby.outcome)) return false;
  switch (name) {
    case 'neonatal_death_at':
    case 'neonatal_death_place':
    case 'neonatal_death_cause':
      return baby.neonatal_death === 'yes';
    case 'neonatal_death_cause_other':
      return baby.neonatal_death === 'yes' && baby.neonatal_death_cause === 'other';
    case 'congenital_anomaly_other':
      return has(baby.congenital_anomaly, 'other');
    case 'hepb0':
      return !!baby.hepb0;
    default:
      return true;
  }
}

export function referralFieldVisible(name: string, referral: Draft): boolean {
  if (name === 'contacted_doctor_name' || name === 'call_at') return referral.doctor_contacted === 'yes';
  if (name === 'reasons_other') return has(referral.reasons, 'other');
  return true;
}
