import type { WardBoard, WardBoardEntry } from '../../shared/contract/care';
import { isUrgent, riskReasons } from '../../shared/care/risk';
import { LSCS_MODES } from '../../shared/register/codes';
import { missingFields } from '../../shared/register/rules';
import type { EpisodeRecord } from '../../shared/register/schema';
import { hoursBetween } from '../../shared/time';
import type { AppContext } from '../context';
import { registerEnv, type RegisterEnv } from '../register/context';
import { loadRecords } from '../register/rows';
import { checkable } from '../register/service';
import { referralFollowUps } from './referrals';

/*
 * The ward board (Today): every open, non-voided record. Urgent women first, then those waiting to leave on a
 * referral, then the other high-risk women, then the rest, newest admission first within each group.
 */

const OPEN_IDS = "SELECT id FROM episode WHERE record_state <> 'closed' AND voided_at IS NULL";

function entryOf(record: EpisodeRecord, env: RegisterEnv): WardBoardEntry {
  const risk = riskReasons(record, env.care, env.now);
  const sinceDelivery = record.delivery_at ? Math.floor(hoursBetween(record.delivery_at, env.nowIso)) : null;
  const dueAfter =
    record.mode && LSCS_MODES.includes(record.mode)
      ? env.policy.discharge_due_hours_lscs
      : env.policy.discharge_due_hours_vaginal;
  const referral = record.referrals.find((r) => r.decision_at && !r.departure_at) ?? null;
  const form1Due = record.babies
    .filter((b) => b.outcome === 'live' && (b.crs_form1_status ?? 'not_prepared') === 'not_prepared')
    .map((b) => b.baby_order);
  const pending: WardBoardEntry['pending'] = [];
  if (referral) pending.push('referral_pending');
  if (record.record_state === 'admitted') pending.push('delivery');
  if (record.record_state === 'delivered' && sinceDelivery !== null && sinceDelivery >= dueAfter) pending.push('discharge_due');
  if (form1Due.length > 0) pending.push('form1_due');
  return {
    id: record.id,
    serial_no: record.serial_no,
    mother_name: record.mother_name,
    age_years: record.age_years,
    record_state: record.record_state,
    admission_at: record.admission_at,
    admission_category: record.admission_category,
    delivery_at: record.delivery_at,
    mode: record.mode,
    hours_since_admission: record.admission_at ? Math.floor(hoursBetween(record.admission_at, env.nowIso)) : null,
    hours_since_delivery: sinceDelivery,
    risk_reasons: risk,
    urgent: isUrgent(risk),
    pending,
    pending_referral: referral
      ? {
          referral_id: referral.id,
          slip_no: referral.slip_no,
          baby_order: referral.baby_order,
          decision_at: referral.decision_at!,
          receiving_facility_name: referral.receiving_facility_name,
        }
      : null,
    form1_due: form1Due,
    missing_count: missingFields({ ...checkable(record), record_state: record.record_state }).length,
  };
}

const rank = (e: WardBoardEntry) => (e.urgent ? 0 : e.pending_referral ? 1 : e.risk_reasons.length > 0 ? 2 : 3);

export function wardBoard(ctx: AppContext): WardBoard {
  const env = registerEnv(ctx);
  const ids = ctx.sqlite.prepare(OPEN_IDS).pluck().all() as number[];
  const entries = loadRecords(ctx.sqlite, ids)
    .map((r) => entryOf(r, env))
    .sort((a, b) => rank(a) - rank(b) || (b.admission_at ?? '').localeCompare(a.admission_at ?? ''));
  return {
    now: env.nowIso,
    referral_target_minutes: env.care.referral_target_minutes,
    entries,
    follow_up_count: referralFollowUps(ctx).length,
  };
}
