import { AppError } from '../../shared/errors';
import type { ComputeKey } from '../../shared/hmis/keys';
import type { EpisodeRecord } from '../../shared/register/schema';
import type { DbHandle } from '../db/handle';
import { computeKeys } from './engine';
import { factsOfRecord } from './facts';
import { getFormat, type FormatDirs } from './formats';
import { forFormat, indicatorEnv } from './settings';
import { submittedMonths } from './store';

/*
 * docs/domain/register.md "Edits after reporting": an edit that changes a counted value in a month whose report was
 * submitted needs a reason. Every item is a count of records, so the edit's effect on a month is the difference
 * between the record's own contributions before and after: no need to recount the month.
 */

const EPISODE_DATES = ['admission_at', 'delivery_at', 'outcome_at', 'ppiucd_at', 'pp_sterilisation_at', 'fbmdr_date'] as const;
const BABY_DATES = ['born_at', 'vit_k', 'bcg', 'opv0', 'hepb0', 'hepb0_at', 'hbig_given_at', 'neonatal_death_at'] as const;

/** Every month a record can count in (its dates' months). */
export function monthsOfRecord(record: EpisodeRecord | null): string[] {
  if (!record) return [];
  const months = new Set<string>();
  for (const f of EPISODE_DATES) if (record[f]) months.add(record[f]!.slice(0, 7));
  for (const b of record.babies) for (const f of BABY_DATES) if (b[f]) months.add(b[f]!.slice(0, 7));
  return [...months];
}

/** Submitted months (with the item numbers) whose counts differ between the two versions of a record. */
export function changedSubmittedMonths(
  ctx: DbHandle & FormatDirs,
  before: EpisodeRecord | null,
  after: EpisodeRecord | null,
): { month: string; items: string[] }[] {
  const months = [...new Set([...monthsOfRecord(before), ...monthsOfRecord(after)])];
  const submitted = submittedMonths(ctx, months);
  if (submitted.size === 0) return [];
  const env = indicatorEnv(ctx);
  const out: { month: string; items: string[] }[] = [];
  for (const [month, report] of submitted) {
    const format = getFormat(ctx, report.format_id);
    const keys = [...new Set(format.items.flatMap((i) => (i.compute === 'manual' ? [] : [i.compute])))] as ComputeKey[];
    const count = (record: EpisodeRecord | null) =>
      record
        ? computeKeys(keys, [month], factsOfRecord(record), forFormat(env, format)).get(month)!
        : new Map<ComputeKey, { value: number }>();
    const a = count(before);
    const b = count(after);
    const items = format.items
      .filter((i) => i.compute !== 'manual' && (a.get(i.compute)?.value ?? 0) !== (b.get(i.compute)?.value ?? 0))
      .map((i) => i.item_no);
    if (items.length > 0) out.push({ month, items });
  }
  return out.sort((x, y) => x.month.localeCompare(y.month));
}

/**
 * Refuses (inside the caller's transaction, which then rolls back) an edit that changes a submitted month's
 * figures without a reason. With a reason the edit stands; the month's report then shows "changed since
 * submission" with the differences.
 */
export function requireReasonForReportedMonths(
  ctx: DbHandle & FormatDirs,
  before: EpisodeRecord | null,
  after: EpisodeRecord | null,
  reason: string | null | undefined,
): void {
  if (reason && reason.trim().length > 0) return;
  const changed = changedSubmittedMonths(ctx, before, after);
  if (changed.length === 0) return;
  const first = changed[0]!;
  throw new AppError('invalid_input', {
    message: 'v.reason_after_submission',
    params: { month: first.month, items: first.items.join(', ') },
    field: 'reason',
    issues: [
      {
        field: 'reason',
        message: 'v.reason_after_submission',
        params: { field: 'field.reason', month: first.month, items: first.items.join(', ') },
        severity: 'error',
      },
    ],
  });
}
