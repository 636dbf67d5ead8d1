import type { WardBoard, WardBoardEntry } from '../../shared/contract/care';
import { isUrgent, riskReasons } from '../../shared/care/risk';
import { LSCS_MODES, type BirthOutcome, type DeliveryMode } from '../../shared/register/codes';
import type { EpisodeRecord } from '../../shared/register/schema';
import { hoursBetween } from '../../shared/time';
import type { DbHandle } from '../db/handle';
import { registerEnv, type RegisterEnv } from '../register/context';
import { riskSubjectFromRow } from './risk-rows';
import { followUpCount } from './referrals';

/*
 * The ward board (Today): every open, non-voided record (the partial index episode_open_idx). Urgent women first,
 * then those waiting to leave on a referral, then the other high-risk women, then the rest, newest admission first
 * within each group. Reads only the columns it shows and the rule needs (three indexed queries), not whole records:
 * the board is asked for every minute by every PC.
 */

const OPEN = "record_state <> 'closed' AND voided_at IS NULL";

type EpisodeRow = Pick<
  EpisodeRecord,
  'serial_no' | 'mother_name' | 'age_years' | 'record_state' | 'admission_at' | 'admission_category' | 'delivery_at' | 'mode'
> & { id: number };
interface BabyRow {
  episode_id: number;
  baby_order: number;
  outcome: BirthOutcome | null;
  crs_form1_status: string | null;
}
interface ReferralRow {
  id: number;
  episode_id: number;
  slip_no: string;
  baby_order: number | null;
  decision_at: string | null;
  departure_at: string | null;
  receiving_facility_name: string | null;
  reasons: string | null;
}

const QUERIES = {
  episodes: `SELECT id, serial_no, mother_name, age_years, dob, record_state, admission_at, admission_category, delivery_at, mode,
      risk_factors, complications, hb_g_dl, bp_systolic, bp_diastolic, gest_weeks, para, number_of_babies
    FROM episode WHERE ${OPEN}`,
  babies: `SELECT episode_id, baby_order, outcome, crs_form1_status FROM baby
    WHERE removed_at IS NULL AND episode_id IN (SELECT id FROM episode WHERE ${OPEN}) ORDER BY baby_order`,
  referrals: `SELECT id, episode_id, slip_no, baby_order, decision_at, departure_at, receiving_facility_name, reasons FROM referral
    WHERE episode_id IN (SELECT id FROM episode WHERE ${OPEN}) ORDER BY id`,
};

function group<T extends { episode_id: number }>(rows: T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const row of rows) out.set(row.episode_id, [...(out.get(row.episode_id) ?? []), row]);
  return out;
}

function entryOf(row: Record<string, unknown>, babies: BabyRow[], referrals: ReferralRow[], env: RegisterEnv): WardBoardEntry {
  const e = row as unknown as EpisodeRow;
  const motherReasons = referrals
    .filter((r) => r.baby_order === null)
    .flatMap((r) => (r.reasons ? (JSON.parse(r.reasons) as string[]) : []));
  const risk = riskReasons({ ...riskSubjectFromRow(row), referral_reasons: motherReasons }, env.care, env.now);
  const sinceDelivery = e.delivery_at ? Math.floor(hoursBetween(e.delivery_at, env.nowIso)) : null;
  const dueAfter =
    e.mode && LSCS_MODES.includes(e.mode as DeliveryMode)
      ? env.policy.discharge_due_hours_lscs
      : env.policy.discharge_due_hours_vaginal;
  const referral = referrals.find((r) => r.decision_at && !r.departure_at) ?? null;
  const form1Due = babies
    .filter((b) => b.outcome === 'live' && (b.crs_form1_status ?? 'not_prepared') === 'not_prepared')
    .map((b) => b.baby_order);
  const pending: WardBoardEntry['pending'] = [];
  if (referral) pending.push('referral_pending');
  if (e.record_state === 'admitted') pending.push('delivery');
  if (e.record_state === 'delivered' && sinceDelivery !== null && sinceDelivery >= dueAfter) pending.push('discharge_due');
  if (form1Due.length > 0) pending.push('form1_due');
  return {
    id: e.id,
    serial_no: e.serial_no,
    mother_name: e.mother_name,
    age_years: e.age_years,
    record_state: e.record_state,
    admission_at: e.admission_at,
    admission_category: e.admission_category,
    delivery_at: e.delivery_at,
    mode: e.mode,
    hours_since_admission: e.admission_at ? Math.floor(hoursBetween(e.admission_at, env.nowIso)) : null,
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
  };
}

const rank = (e: WardBoardEntry) => (e.urgent ? 0 : e.pending_referral ? 1 : e.risk_reasons.length > 0 ? 2 : 3);

export function wardBoard(ctx: DbHandle): WardBoard {
  const env = registerEnv(ctx);
  const babies = group(ctx.sqlite.prepare(QUERIES.babies).all() as BabyRow[]);
  const referrals = group(ctx.sqlite.prepare(QUERIES.referrals).all() as ReferralRow[]);
  const entries = (ctx.sqlite.prepare(QUERIES.episodes).all() as Record<string, unknown>[])
    .map((row) => entryOf(row, babies.get(row.id as number) ?? [], referrals.get(row.id as number) ?? [], env))
    .sort((a, b) => rank(a) - rank(b) || (b.admission_at ?? '').localeCompare(a.admission_at ?? ''));
  return {
    now: env.nowIso,
    referral_target_minutes: env.care.referral_target_minutes,
    entries,
    follow_up_count: followUpCount(ctx, env),
  };
}
