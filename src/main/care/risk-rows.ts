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

/**
 * A cheap SQL superset of the rule: every row the rule could find high-risk passes it (a date of birth without an
 * age always does); `riskReasons` then decides. It only spares the rule the rows that cannot be high-risk.
 */
function candidates(policy: CarePolicy): { sql: string; params: Record<string, number> } {
  return {
    sql: `((risk_factors IS NOT NULL AND risk_factors <> '[]') OR (complications IS NOT NULL AND complications <> '[]')
      OR age_years < @risk_age_below OR age_years > @risk_age_above OR (age_years IS NULL AND dob IS NOT NULL)
      OR hb_g_dl < @risk_hb_below OR bp_systolic >= @risk_sys OR bp_diastolic >= @risk_dia
      OR (delivery_at IS NULL AND gest_weeks < @risk_weeks) OR para >= @risk_para OR number_of_babies > 1
      OR EXISTS (SELECT 1 FROM referral r WHERE r.episode_id = episode.id AND r.baby_order IS NULL AND r.reasons IS NOT NULL AND r.reasons <> '[]'))`,
    params: {
      risk_age_below: policy.risk_age_below,
      risk_age_above: policy.risk_age_above,
      risk_hb_below: policy.risk_hb_below,
      risk_sys: Math.min(policy.risk_bp_systolic, policy.urgent_bp_systolic),
      risk_dia: Math.min(policy.risk_bp_diastolic, policy.urgent_bp_diastolic),
      risk_weeks: policy.risk_preterm_weeks_below,
      risk_para: policy.risk_para_from,
    },
  };
}

/** Ids of the episodes matching `where` that the rule finds high-risk. */
export function highRiskIds(
  sqlite: Database.Database,
  where: string,
  params: Record<string, unknown>,
  policy: CarePolicy,
  now: Date,
): number[] {
  const pre = candidates(policy);
  const rows = sqlite
    .prepare(
      `SELECT id, ${RISK_COLUMNS.map((c) => `"${c}"`).join(', ')}, ${MOTHER_REFERRAL_REASONS_SQL} AS referral_reasons FROM episode WHERE ${where} AND ${pre.sql}`,
    )
    .all({ ...params, ...pre.params }) as Record<string, unknown>[];
  return rows.filter((row) => riskReasons(riskSubjectFromRow(row), policy, now).length > 0).map((row) => row.id as number);
}
