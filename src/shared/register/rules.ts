import type { FieldIssue } from '../errors';
import { addDays, ageOn, daysBetween, formatDMY, hoursBetween, localDate } from '../time';
import { LSCS_MODES, STILL_BIRTHS, VAGINAL_MODES } from './codes';
import type { RegisterPolicy } from './policy';
import type { BabyFields, EpisodeFields, ReferralFields } from './schema';

/*
 * Cross-field rules of docs/domain/register.md, shared by the forms (instant feedback) and the service (the authority).
 * Errors (E) block the save; warnings (W) ask the clerk to confirm. Field paths are those of the save inputs:
 * `admission_at`, `babies.1.birth_weight_g`, `referral.departure_at`.
 */

export interface CheckableEpisode extends Partial<EpisodeFields> {
  babies?: Partial<BabyFields>[];
  referral?: Partial<ReferralFields> | null;
}

export interface RuleContext {
  now: Date;
  policy: RegisterPolicy;
  /** Today's date in the facility's zone (`YYYY-MM-DD`). */
  today: string;
}

type Severity = FieldIssue['severity'];

class Issues {
  readonly list: FieldIssue[] = [];
  add(severity: Severity, field: string, message: string, params: Record<string, string | number> = {}): void {
    const label = `field.${field.split('.').pop()}`;
    this.list.push({ field, message, params: { field: label, ...params }, severity });
  }
  error(field: string, message: string, params?: Record<string, string | number>): void {
    this.add('error', field, message, params);
  }
  warn(field: string, message: string, params?: Record<string, string | number>): void {
    this.add('warning', field, message, params);
  }
}

const isLscs = (mode: EpisodeFields['mode'] | undefined) => !!mode && LSCS_MODES.includes(mode);
const before = (a: string, b: string) => Date.parse(a) < Date.parse(b);

/** Fields holding a date-time (checked against "now") and plain dates (checked against today). */
const DATE_TIME_FIELDS = [
  'admission_at',
  'delivery_at',
  'labour_onset_at',
  'mgso4_loading_at',
  'ppiucd_at',
  'outcome_at',
] as const satisfies readonly (keyof EpisodeFields)[];
const DATE_FIELDS = ['dob', 'lmp', 'pp_sterilisation_at', 'fbmdr_date'] as const satisfies readonly (keyof EpisodeFields)[];
const BABY_DATE_TIME_FIELDS = ['born_at', 'hepb0_at', 'hbig_given_at', 'neonatal_death_at'] as const;
const VACCINES = ['vit_k', 'bcg', 'opv0', 'hepb0'] as const;

function checkNoFuture(ep: CheckableEpisode, ctx: RuleContext, out: Issues): void {
  const limit = ctx.now.getTime() + ctx.policy.future_tolerance_minutes * 60_000;
  const future = (iso: string | null | undefined) => !!iso && Date.parse(iso) > limit;
  for (const f of DATE_TIME_FIELDS) if (future(ep[f])) out.error(f, 'v.future');
  for (const f of DATE_FIELDS) if (ep[f] && ep[f]! > ctx.today) out.error(f, 'v.future');
  ep.babies?.forEach((b, i) => {
    for (const f of BABY_DATE_TIME_FIELDS) if (future(b[f])) out.error(`babies.${i}.${f}`, 'v.future');
    for (const f of VACCINES) if (b[f] && b[f]! > ctx.today) out.error(`babies.${i}.${f}`, 'v.future');
  });
  for (const f of ['decision_at', 'departure_at', 'call_at'] as const) {
    if (future(ep.referral?.[f])) out.error(`referral.${f}`, 'v.future');
  }
}

function checkIdentity(ep: CheckableEpisode, ctx: RuleContext, out: Issues): void {
  const p = ctx.policy;
  if (ep.age_years != null && (ep.age_years < p.age_warn_below || ep.age_years > p.age_warn_above)) {
    out.warn('age_years', 'v.age_unusual', { age: ep.age_years });
  }
  if (ep.dob && ep.age_years != null && ep.admission_at) {
    const fromDob = ageOn(ep.dob, localDate(ep.admission_at));
    if (Math.abs(fromDob - ep.age_years) > 1) out.warn('dob', 'v.dob_age_mismatch', { age: fromDob });
  }
  if (ep.admission_at && daysBetween(localDate(ep.admission_at), ctx.today) > p.retrospective_warn_days) {
    out.warn('admission_at', 'v.admission_old', { days: p.retrospective_warn_days });
  }
  if (ep.booked === 'booked' && !ep.rch_id) out.warn('rch_id', 'v.booked_without_rch');
}

function checkObstetric(ep: CheckableEpisode, ctx: RuleContext, out: Issues): void {
  const p = ctx.policy;
  if (ep.gravida != null && ep.para != null && ep.para + (ep.abortions ?? 0) > ep.gravida - 1) {
    out.warn('para', 'v.para_gravida');
  }
  if (ep.lmp && ep.admission_at && ep.lmp >= localDate(ep.admission_at)) out.error('lmp', 'v.lmp_after_admission');
  if (ep.lmp) {
    const at = ep.delivery_at ?? ep.admission_at;
    if (at) {
      const weeks = Math.floor(daysBetween(ep.lmp, localDate(at)) / 7);
      if (weeks < 20 || weeks > 45) out.warn('lmp', 'v.lmp_gestation', { weeks });
    }
    if (ep.edd && Math.abs(daysBetween(addDays(ep.lmp, 280), ep.edd)) > p.edd_difference_warn_days) {
      out.warn('edd', 'v.edd_mismatch', { days: p.edd_difference_warn_days });
    }
  }
  if (ep.hb_g_dl != null && ep.hb_g_dl < p.severe_anaemia_hb_below)
    out.warn('hb_g_dl', 'v.severe_anaemia', { hb: p.severe_anaemia_hb_below });
  if (ep.bp_systolic != null && ep.bp_diastolic != null) {
    if (ep.bp_systolic <= ep.bp_diastolic) out.error('bp_diastolic', 'v.bp_order');
    else if (ep.bp_systolic >= p.bp_warn_systolic || ep.bp_diastolic >= p.bp_warn_diastolic) {
      out.warn('bp_systolic', 'v.bp_high', { sys: p.bp_warn_systolic, dia: p.bp_warn_diastolic });
    }
  }
  if (
    ep.discharge_bp_systolic != null &&
    ep.discharge_bp_diastolic != null &&
    ep.discharge_bp_systolic <= ep.discharge_bp_diastolic
  ) {
    out.error('discharge_bp_diastolic', 'v.bp_order');
  }
}

function checkOrdering(ep: CheckableEpisode, out: Issues): void {
  const deliveredHere = (ep.place_of_delivery ?? 'this_facility') === 'this_facility';
  if (ep.admission_at && ep.delivery_at) {
    if (deliveredHere && before(ep.delivery_at, ep.admission_at))
      out.error('delivery_at', 'v.delivery_before_admission', { admission: shownAt(ep.admission_at) });
    if (!deliveredHere && before(ep.admission_at, ep.delivery_at)) out.error('delivery_at', 'v.delivery_after_arrival');
  }
  if (ep.outcome_at) {
    if (ep.admission_at && before(ep.outcome_at, ep.admission_at))
      out.error('outcome_at', 'v.outcome_before_admission', { admission: shownAt(ep.admission_at) });
    if (ep.delivery_at && before(ep.outcome_at, ep.delivery_at))
      out.error('outcome_at', 'v.outcome_before_delivery', { delivery: shownAt(ep.delivery_at) });
  }
  if (ep.labour_onset_at && ep.delivery_at && before(ep.delivery_at, ep.labour_onset_at))
    out.error('labour_onset_at', 'v.onset_after_delivery');
}

function checkDelivery(ep: CheckableEpisode, ctx: RuleContext, out: Issues): void {
  const p = ctx.policy;
  if (ep.mode && ep.episiotomy && !VAGINAL_MODES.includes(ep.mode)) out.error('episiotomy', 'v.episiotomy_vaginal_only');
  if (ep.mode && ep.surgical_safety_checklist_used && !isLscs(ep.mode))
    out.error('surgical_safety_checklist_used', 'v.lscs_only');
  if (ep.pp_sterilisation_with_lscs && ep.mode && !isLscs(ep.mode)) out.error('pp_sterilisation_with_lscs', 'v.lscs_only');
  if (ep.delivery_at && ep.ppiucd_at) {
    if (before(ep.ppiucd_at, ep.delivery_at)) out.error('ppiucd_at', 'v.before_delivery');
    else if (hoursBetween(ep.delivery_at, ep.ppiucd_at) > p.ppiucd_warn_hours)
      out.warn('ppiucd_at', 'v.ppiucd_late', { hours: p.ppiucd_warn_hours });
  }
  if (ep.delivery_at && ep.pp_sterilisation_at) {
    const days = daysBetween(localDate(ep.delivery_at), ep.pp_sterilisation_at);
    if (days < 0) out.error('pp_sterilisation_at', 'v.before_delivery');
    else if (days > p.pp_sterilisation_warn_days)
      out.warn('pp_sterilisation_at', 'v.sterilisation_late', { days: p.pp_sterilisation_warn_days });
  }
  if (ep.blood_units != null && ep.blood_transfusion === false) out.error('blood_units', 'v.units_without_transfusion');
}

function checkBabies(ep: CheckableEpisode, ctx: RuleContext, out: Issues): void {
  const babies = ep.babies ?? [];
  const p = ctx.policy;
  if (ep.number_of_babies != null && babies.length > 0 && babies.length !== ep.number_of_babies) {
    out.error('number_of_babies', 'v.babies_count', { count: babies.length });
  }
  const orders = babies.map((b) => b.baby_order);
  if (new Set(orders).size !== orders.length) out.error('babies', 'v.baby_order_duplicate');
  const first = ep.delivery_at ?? babies[0]?.born_at;
  babies.forEach((b, i) => {
    const at = (f: string) => `babies.${i}.${f}`;
    const born = b.born_at ?? ep.delivery_at;
    if (first && b.born_at) {
      const hours = hoursBetween(first, b.born_at);
      if (hours < 0 || hours > 24) out.error(at('born_at'), 'v.baby_time_range');
      else if (hours > p.baby_interval_warn_hours)
        out.warn(at('born_at'), 'v.baby_interval', { hours: p.baby_interval_warn_hours });
    }
    if (
      b.birth_weight_g != null &&
      (b.birth_weight_g < p.birth_weight_warn_below_g || b.birth_weight_g > p.birth_weight_warn_above_g)
    ) {
      out.warn(at('birth_weight_g'), 'v.birth_weight_unusual', { grams: b.birth_weight_g });
    }
    if (b.outcome && STILL_BIRTHS.includes(b.outcome)) {
      const liveOnly = [
        'bf_within_1h',
        'exclusive_bf_till_discharge',
        'vit_k',
        'bcg',
        'opv0',
        'hepb0',
        'hepb0_at',
        'hbig_given_at',
        'cried_at_birth',
        'neonatal_death',
      ] as const;
      for (const f of liveOnly) if (b[f] != null && b[f] !== false) out.error(at(f), 'v.still_birth_live_field');
      if (b.newborn_unit && b.newborn_unit !== 'none') out.error(at('newborn_unit'), 'v.still_birth_live_field');
      // A still-born baby did not go home with the mother (issue 10 item 5): the exit says what happened.
      if (b.baby_exit === 'with_mother') out.error(at('baby_exit'), 'v.still_birth_exit');
    }
    if (born) {
      for (const f of VACCINES) {
        const given = b[f];
        if (!given) continue;
        const days = daysBetween(localDate(born), given);
        if (days < 0) out.error(at(f), 'v.before_birth');
        else if (days > p.vaccine_late_warn_days) out.warn(at(f), 'v.vaccine_late', { days: p.vaccine_late_warn_days });
      }
      if (b.hbig_given_at && before(b.hbig_given_at, born)) out.error(at('hbig_given_at'), 'v.before_birth');
      if (b.hepb0_at) {
        if (before(b.hepb0_at, born)) out.error(at('hepb0_at'), 'v.before_birth');
        else if (hoursBetween(born, b.hepb0_at) > 24) out.warn(at('hepb0_at'), 'v.hepb0_after_24h');
      }
      if (b.neonatal_death_at) {
        if (before(b.neonatal_death_at, born)) out.error(at('neonatal_death_at'), 'v.before_birth');
        else if (hoursBetween(born, b.neonatal_death_at) > 28 * 24) out.warn(at('neonatal_death_at'), 'v.not_neonatal');
      }
    }
    if (b.neonatal_death && !b.neonatal_death_at) out.error(at('neonatal_death_at'), 'v.required');
    if (b.neonatal_death && !b.neonatal_death_cause) out.error(at('neonatal_death_cause'), 'v.required');
    if (b.neonatal_death && !b.neonatal_death_place) out.error(at('neonatal_death_place'), 'v.required');
  });
}

function checkOutcome(ep: CheckableEpisode, ctx: RuleContext, out: Issues): void {
  if (!ep.outcome) return;
  if (!ep.outcome_at) out.error('outcome_at', 'v.required');
  // Sooner than the hospital's "discharge due after (hours)" is asked about, not refused (issue 10 item 8).
  if (ep.outcome === 'discharged' && ep.delivery_at && ep.outcome_at && !before(ep.outcome_at, ep.delivery_at)) {
    const due = ep.mode && isLscs(ep.mode) ? ctx.policy.discharge_due_hours_lscs : ctx.policy.discharge_due_hours_vaginal;
    const hours = hoursBetween(ep.delivery_at, ep.outcome_at);
    if (hours < due) out.warn('outcome_at', 'v.discharge_early', { hours: Math.floor(hours), due });
  }
  if (ep.outcome === 'discharged' && ep.discharge_condition === 'critical')
    out.error('discharge_condition', 'v.critical_needs_referral');
  if (ep.outcome === 'discharged' && !ep.discharge_condition) out.error('discharge_condition', 'v.required');
  if (ep.outcome === 'died' && !ep.maternal_death_cause) out.error('maternal_death_cause', 'v.required');
  // A referral was decided and she never left for it: closing her otherwise is asked about, so a forgotten departure
  // is not recorded as a discharge by a slip of the arrow key (the decision stays on the record either way).
  const decided = ep.referral;
  if (ep.outcome !== 'referred_out' && decided?.decision_at && !decided.departure_at)
    out.warn('outcome', 'v.referral_decided_not_left', { facility: decided.receiving_facility_name ?? '—' });
  if (ep.outcome === 'referred_out') {
    const r = ep.referral;
    if (!r?.receiving_facility_name) out.error('referral.receiving_facility_name', 'v.required');
    if (!r?.decision_at) out.error('referral.decision_at', 'v.required');
    if (r?.decision_at && r.departure_at && before(r.departure_at, r.decision_at))
      out.error('referral.departure_at', 'v.departure_before_decision');
  }
}

/** Every rule of docs/domain/register.md §1–§7 that can be judged from the record itself. */
export function checkEpisode(ep: CheckableEpisode, ctx: RuleContext): FieldIssue[] {
  const out = new Issues();
  checkNoFuture(ep, ctx, out);
  checkIdentity(ep, ctx, out);
  checkObstetric(ep, ctx, out);
  checkOrdering(ep, out);
  checkDelivery(ep, ctx, out);
  checkBabies(ep, ctx, out);
  checkOutcome(ep, ctx, out);
  return out.list;
}

/**
 * Rules for what is entered in this app, not for imports (old and imported records still load; the monthly
 * completeness check lists their gaps): docs/domain/hmis.md §3.1 A5 (a PPFP method needs its date) and A2 (a still birth
 * asks for the gestation, a warning to confirm).
 */
export function checkEntry(ep: CheckableEpisode): FieldIssue[] {
  const out = new Issues();
  if (ep.ppfp_method === 'ppiucd' && !ep.ppiucd_at) out.error('ppiucd_at', 'v.ppfp_date_required');
  if (ep.ppfp_method === 'pp_sterilisation' && !ep.pp_sterilisation_at) out.error('pp_sterilisation_at', 'v.ppfp_date_required');
  if (ep.gest_weeks == null && (ep.babies ?? []).some((b) => b.outcome && STILL_BIRTHS.includes(b.outcome)))
    out.warn('gest_weeks', 'v.still_birth_gestation');
  return out.list;
}

/** What a save must have (docs/domain/register.md "Req" A / D / X). */
export function checkRequired(ep: CheckableEpisode, stage: 'admit' | 'deliver' | 'close'): FieldIssue[] {
  const out = new Issues();
  const need = (field: keyof EpisodeFields) => {
    if (ep[field] == null) out.error(field, 'v.required');
  };
  need('admission_at');
  need('mother_name');
  if (ep.age_years == null && ep.dob == null) out.error('age_years', 'v.age_or_dob');
  if (stage === 'deliver') {
    need('place_of_delivery');
    need('delivery_at');
    need('mode');
    need('number_of_babies');
    const babies = ep.babies ?? [];
    if (babies.length === 0) out.error('babies', 'v.babies_required');
    babies.forEach((b, i) => {
      if (!b.sex) out.error(`babies.${i}.sex`, 'v.required');
      if (!b.outcome) out.error(`babies.${i}.outcome`, 'v.required');
    });
  }
  if (stage === 'close') {
    need('outcome');
    need('outcome_at');
  }
  return out.list;
}

/**
 * Recommended fields (docs/domain/register.md "R") still empty for the record's stage: the "incomplete" badge on Today and
 * the monthly completeness check. Paths as in the save inputs.
 */
export function missingFields(ep: CheckableEpisode & { record_state?: 'admitted' | 'delivered' | 'closed' }): string[] {
  const missing: string[] = [];
  const want = (field: keyof EpisodeFields, when = true) => {
    if (when && ep[field] == null) missing.push(field);
  };
  for (const f of [
    'admission_category',
    'relation_type',
    'relative_name',
    'village_ward',
    'block',
    'district',
    'mobile',
    'rch_id',
    'booked',
  ] as const)
    want(f);
  for (const f of [
    'gravida',
    'para',
    'living_children',
    'lmp',
    'hb_g_dl',
    'bp_systolic',
    'hiv_status',
    'syphilis_status',
    'hbsag_status',
  ] as const)
    want(f);
  want('referred_in_from_name', ep.admission_category === 'referred_in');
  want('referred_in_reason', ep.admission_category === 'referred_in');
  const delivered = ep.delivery_at != null;
  if (delivered) {
    for (const f of [
      'gest_weeks',
      'conducted_by_name',
      'conducted_by_cadre',
      'partograph_used',
      'safe_childbirth_checklist_used',
      'birth_companion_present',
      'amtsl_oxytocin',
      'complications',
    ] as const)
      want(f);
    want('lscs_indication', isLscs(ep.mode));
    const eclampsia = (ep.complications ?? []).some((c) => c === 'eclampsia' || c === 'severe_pre_eclampsia');
    want('mgso4_given', eclampsia);
    want('antenatal_corticosteroids', ep.gest_weeks != null && ep.gest_weeks < 37);
    (ep.babies ?? []).forEach((b, i) => {
      if (b.birth_weight_g == null) missing.push(`babies.${i}.birth_weight_g`);
      if (b.outcome === 'live') {
        if (b.bf_within_1h == null) missing.push(`babies.${i}.bf_within_1h`);
        if (b.resuscitation == null) missing.push(`babies.${i}.resuscitation`);
      }
    });
  }
  if (ep.record_state === 'closed') {
    want('ppfp_method', delivered);
    want('lama_declaration_signed', ep.outcome === 'lama');
    const discharged = ep.outcome === 'discharged';
    for (const f of [
      'discharge_bp_systolic',
      'discharge_pulse',
      'discharge_uterus_contracted',
      'discharge_bleeding_normal',
    ] as const)
      want(f, discharged);
    (ep.babies ?? []).forEach((b, i) => {
      if (b.baby_exit == null) missing.push(`babies.${i}.baby_exit`);
    });
  }
  return missing;
}

/** Warnings the clerk has not yet seen: those of `after` not already present in `before`. */
export function newWarnings(beforeIssues: FieldIssue[], afterIssues: FieldIssue[]): FieldIssue[] {
  const seen = new Set(beforeIssues.filter((i) => i.severity === 'warning').map((i) => `${i.field}|${i.message}`));
  return afterIssues.filter((i) => i.severity === 'warning' && !seen.has(`${i.field}|${i.message}`));
}

/** A stored local date-time as the clerk types it (DD-MM-YYYY HH:MM), for messages that name a moment. */
function shownAt(iso: string): string {
  return `${formatDMY(iso.slice(0, 10))} ${iso.slice(11, 16)}`;
}
