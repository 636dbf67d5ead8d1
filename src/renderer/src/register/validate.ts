import type { z } from 'zod';
import type { FieldIssue } from '../../../shared/errors';
import {
  checkEpisode,
  checkRequired,
  newWarnings,
  type CheckableEpisode,
  type RuleContext,
} from '../../../shared/register/rules';
import {
  babyInputSchema,
  episodePatchSchema,
  referralFieldsSchema,
  type BabyFields,
  type EpisodeRecord,
  type ReferralFields,
} from '../../../shared/register/schema';
import { toFieldIssues } from '../../../shared/validation';

/*
 * The checks a save will meet, run in the form first for instant feedback: the shared zod field schemas, then
 * the shared rules (docs/domain/register.md) on the record as it would be after the save. The service runs the same code
 * again and stays the authority. Paths are those of the save inputs: `fields.age_years`, `babies.1.sex`,
 * `referral.decision_at`.
 */

export function inputPath(field: string): string {
  const top = field.split('.')[0];
  return top === 'babies' || top === 'referral' || top === 'fields' ? field : `fields.${field}`;
}

const prefixed = (issues: FieldIssue[], prefix: string) => issues.map((i) => ({ ...i, field: `${prefix}${i.field}` }));

function schemaIssues(schema: z.ZodType, value: unknown, prefix: string): FieldIssue[] {
  const parsed = schema.safeParse(value);
  return parsed.success ? [] : prefixed(toFieldIssues(parsed.error), prefix);
}

export interface EpisodeCheck {
  /** The stored record before the save (null for a new admission). */
  before: CheckableEpisode | null;
  /** Episode fields as the form will send them (converted, every field of the form). */
  fields: Record<string, unknown>;
  babies?: Partial<BabyFields>[];
  referral?: Partial<ReferralFields> | null;
  stage: 'admit' | 'deliver' | 'close';
  rules: RuleContext;
  /** Conversion problems (a date that is not a date): they win over rule issues on the same field. */
  conversion?: FieldIssue[];
}

/** Errors (block the save) and new warnings (need confirmation), with input paths. */
export function checkEpisodeForm(check: EpisodeCheck): FieldIssue[] {
  const issues: FieldIssue[] = [...(check.conversion ?? [])];
  issues.push(...schemaIssues(episodePatchSchema, check.fields, 'fields.'));
  check.babies?.forEach((baby, i) => issues.push(...schemaIssues(babyInputSchema, baby, `babies.${i}.`)));
  if (check.referral) issues.push(...schemaIssues(referralFieldsSchema.partial().strict(), check.referral, 'referral.'));
  const blocked = new Set(issues.map((i) => i.field));

  const after: CheckableEpisode = {
    ...(check.before ?? {}),
    ...check.fields,
    ...(check.babies ? { babies: check.babies } : {}),
    ...(check.referral !== undefined ? { referral: check.referral } : {}),
  };
  const ruled = [...checkRequired(after, check.stage), ...checkEpisode(after, check.rules)];
  const errors = ruled.filter((i) => i.severity === 'error');
  const warnings = newWarnings(check.before ? checkEpisode(check.before, check.rules) : [], ruled);
  for (const issue of [...errors, ...warnings]) {
    const field = inputPath(issue.field);
    if (blocked.has(field)) continue;
    if (issues.some((i) => i.field === field && i.message === issue.message)) continue;
    issues.push({ ...issue, field });
  }
  return issues;
}

export const errorsOf = (issues: readonly FieldIssue[]) => issues.filter((i) => i.severity === 'error');
export const warningsOf = (issues: readonly FieldIssue[]) => issues.filter((i) => i.severity === 'warning');

/** A stored record as the rules see it: its babies, and the mother's referral out (if any). */
export function checkableRecord(record: EpisodeRecord): CheckableEpisode {
  return { ...record, babies: record.babies, referral: record.referrals.find((r) => r.baby_order === null) ?? null };
}

/** The issue that asks for the reason of a correction (changing a saved value, not filling an empty one). */
export const REASON_REQUIRED: FieldIssue = {
  field: 'reason',
  message: 'v.reason_required',
  params: { field: 'field.reason' },
  severity: 'error',
};
