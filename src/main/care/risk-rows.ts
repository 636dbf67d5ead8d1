import type Database from 'better-sqlite3';
import type { CarePolicy } from '../../shared/care/policy';
import { riskReasons, type RiskSubject } from '../../shared/care/risk';

/*
 * The high-risk rule over stored rows, without building whole records: the columns it reads, and the reasons of
 * the mother's referrals out as one JSON list per episode (used by the register filter and the HMIS facts).
 */

/** JSON array of every reason on the mother's referral slips of `episode`. */
export const MOTHER_REFERRAL_REASONS_SQL =
  '(SELECT json_group_array(j.value) FROM referral r, json_each(r.reasons) j WHERE r.episode_id = episode.id AND r.baby_order IS NULL AND r.reasons IS NOT NULL)';

const RISK_COLUMNS = [
  'risk_factors',
  'complications',
  'age_years',
  'dob',
  'admission_at',
  'delivery_at',
  'hb_g_dl',
  'bp_systolic',
  'bp_diastolic',
  'gest_weeks',
  'para',
  'number_of_babies',
] as const;
const JSON_COLUMNS = new Set(['risk_factors', 'complications', 'referral_reasons']);

/** A row of the columns above (JSON still as text) as the rule's subject. */
export function riskSubjectFromRow(row: Record<string, unknown>): RiskSubject {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(row)) {
    out[name] = JSON_COLUMNS.has(name) && typeof value === 'string' ? JSON.parse(value) : value;
  }
  return out as RiskSubject;
}

/** Ids of the episodes matching `where` that the rule finds high-risk. */
export function highRiskIds(
  sqlite: Database.Database,
  where: string,
  params: Record<string, unknown>,
  policy: CarePolicy,
  now: Date,
): number[] {
  const rows = sqlite
    .prepare(
      `SELECT id, ${RISK_COLUMNS.map((c) => `"${c}"`).join(', ')}, ${MOTHER_REFERRAL_REASONS_SQL} AS referral_reasons FROM episode WHERE ${where}`,
    )
    .all(params) as Record<string, unknown>[];
  return rows.filter((row) => riskReasons(riskSubjectFromRow(row), policy, now).length > 0).map((row) => row.id as number);
}
