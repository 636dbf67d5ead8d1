import type { EpisodeSummary, HistoryEntry, RegisterQuery, TodayEntry } from '../../shared/contract/register';
import { LSCS_MODES, VAGINAL_MODES } from '../../shared/register/codes';
import { referralDelayMinutes } from '../../shared/care/referral';
import { riskReasons } from '../../shared/care/risk';
import { missingFields } from '../../shared/register/rules';
import type { EpisodeRecord } from '../../shared/register/schema';
import { hoursBetween, nextMonth } from '../../shared/time';
import type { DbHandle } from '../db/handle';
import { highRiskIds } from '../care/risk-rows';
import { registerEnv, type RegisterEnv } from './context';
import { loadRecords } from './rows';
import { checkable } from './service';
import { searchEpisodeIds } from './search';

export function summarize(record: EpisodeRecord, env: RegisterEnv): EpisodeSummary {
  const ep = checkable(record);
  return {
    id: record.id,
    serial_no: record.serial_no,
    record_state: record.record_state,
    voided: record.void !== null,
    mother_name: record.mother_name,
    age_years: record.age_years,
    relation_type: record.relation_type,
    relative_name: record.relative_name,
    village_ward: record.village_ward,
    block: record.block,
    mobile: record.mobile,
    rch_id: record.rch_id,
    ipd_no: record.ipd_no,
    admission_at: record.admission_at,
    admission_category: record.admission_category,
    gravida: record.gravida,
    para: record.para,
    delivery_at: record.delivery_at,
    mode: record.mode,
    babies: record.babies.map((b) => ({
      baby_order: b.baby_order,
      sex: b.sex,
      outcome: b.outcome,
      birth_weight_g: b.birth_weight_g,
    })),
    outcome: record.outcome,
    outcome_at: record.outcome_at,
    high_risk: riskReasons(record, env.care, env.now).length > 0,
    referral_delay_minutes: referralDelayMinutes(record.referrals.find((r) => r.baby_order === null) ?? {}),
    missing_count: missingFields({ ...ep, record_state: record.record_state }).length,
  };
}

/** Women now in the labour room or wards: every open, non-voided record, newest admission first. */
export function listToday(ctx: DbHandle): TodayEntry[] {
  const env = registerEnv(ctx);
  const ids = ctx.sqlite
    .prepare("SELECT id FROM episode WHERE voided_at IS NULL AND record_state <> 'closed' ORDER BY admission_at DESC")
    .pluck()
    .all() as number[];
  return loadRecords(ctx.sqlite, ids).map((record) => {
    const ep = checkable(record);
    const hours = record.delivery_at ? hoursBetween(record.delivery_at, env.nowIso) : null;
    const due =
      record.mode && LSCS_MODES.includes(record.mode)
        ? env.policy.discharge_due_hours_lscs
        : env.policy.discharge_due_hours_vaginal;
    return {
      ...summarize(record, env),
      awaiting_discharge: record.record_state === 'delivered' && hours !== null && hours >= due,
      hours_since_delivery: hours === null ? null : Math.floor(hours),
      missing: missingFields({ ...ep, record_state: record.record_state }),
      risk_reasons: riskReasons(record, env.care, env.now),
    };
  });
}

const SORT_SQL: Record<NonNullable<RegisterQuery['sort']>, string> = {
  serial: 'serial_period, serial_seq',
  admission_at: 'admission_at',
  delivery_at: 'delivery_at',
  mother_name: 'mother_name COLLATE NOCASE',
  age_years: 'age_years',
  outcome_at: 'outcome_at',
};

/**
 * The register as the paper book shows it: records admitted in the months asked for, filtered and sorted in SQL,
 * one page at a time (the screen virtualises years of rows and fetches pages as it scrolls).
 */
export function listRegister(ctx: DbHandle, query: RegisterQuery): { total: number; rows: EpisodeSummary[] } {
  const env = registerEnv(ctx);
  const where: string[] = ['admission_at >= @from', 'admission_at < @to'];
  const params: Record<string, unknown> = { from: query.from_month, to: nextMonth(query.to_month) };
  if (!query.include_voided) where.push('voided_at IS NULL');
  if (query.record_state) {
    where.push('record_state = @record_state');
    params.record_state = query.record_state;
  }
  if (query.mode) {
    const modes = query.mode === 'lscs' ? LSCS_MODES : VAGINAL_MODES;
    where.push(`mode IN (${modes.map((m) => `'${m}'`).join(', ')})`);
  }
  if (query.outcome) {
    where.push('outcome = @outcome');
    params.outcome = query.outcome;
  }
  if (query.text) {
    const ids = searchEpisodeIds(ctx.sqlite, query.text, 5000);
    where.push('id IN (SELECT value FROM json_each(@ids))');
    params.ids = JSON.stringify(ids);
  }
  if (query.high_risk !== undefined) {
    // The rule is care/risk.ts, applied to the rows the other filters leave (never a second copy in SQL).
    const ids = highRiskIds(ctx.sqlite, where.join(' AND '), params, env.care, env.now);
    where.push(`${query.high_risk ? '' : 'NOT '}id IN (SELECT value FROM json_each(@risk_ids))`);
    params.risk_ids = JSON.stringify(ids);
  }
  const clause = where.join(' AND ');
  const total = ctx.sqlite.prepare(`SELECT count(*) FROM episode WHERE ${clause}`).pluck().get(params) as number;
  const order = `${SORT_SQL[query.sort ?? 'serial']} ${query.descending ? 'DESC' : 'ASC'}, id`;
  const ids = ctx.sqlite
    .prepare(`SELECT id FROM episode WHERE ${clause} ORDER BY ${order} LIMIT @limit OFFSET @offset`)
    .pluck()
    .all({ ...params, limit: query.limit ?? 200, offset: query.offset ?? 0 }) as number[];
  return { total, rows: loadRecords(ctx.sqlite, ids).map((r) => summarize(r, env)) };
}

export function findEpisodes(ctx: DbHandle, query: string, limit: number): EpisodeSummary[] {
  const env = registerEnv(ctx);
  return loadRecords(ctx.sqlite, searchEpisodeIds(ctx.sqlite, query, limit)).map((r) => summarize(r, env));
}

/** The change history of one record, oldest first. */
export function episodeHistory(ctx: Pick<DbHandle, 'sqlite'>, id: number): HistoryEntry[] {
  const rows = ctx.sqlite
    .prepare(
      "SELECT at, user_name, action, entity, field, old_value, new_value, reason FROM audit_log WHERE entity = 'episode' AND entity_id = ? ORDER BY id",
    )
    .all(String(id)) as (Omit<HistoryEntry, 'old_value' | 'new_value'> & {
    old_value: string | null;
    new_value: string | null;
  })[];
  return rows.map((r) => ({
    ...r,
    old_value: r.old_value === null ? null : JSON.parse(r.old_value),
    new_value: r.new_value === null ? null : JSON.parse(r.new_value),
  }));
}
