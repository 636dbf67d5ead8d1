import { AppError, type FieldIssue } from '../../shared/errors';
import type { HmisFormat } from '../../shared/hmis/format';
import type { HmisReport, ReportInputs, ReportInputsPatch } from '../../shared/hmis/report';
import { formatIdForMonth } from '../../shared/hmis/settings';
import { previousMonth, toLocalIso } from '../../shared/time';
import { writeAudit, type AuditEntry } from '../audit';
import type { DbHandle } from '../db/handle';
import { facilitySettings } from '../register/context';
import type { Session } from '../session';
import { getFormat, type FormatDirs } from './formats';
import { computeReport, countedIds, inputsHash } from './report';
import { hmisSettings } from './settings';
import { inputsOf, storedReport, writeReport, type Snapshot } from './store';

/* The Reports screen's operations: view a month, keep the clerk's inputs, submit (freeze), reopen. */

/** The last complete month in the facility's time zone: the report a clerk usually wants. */
export function lastCompleteMonth(ctx: Pick<DbHandle, 'db' | 'clock'>): string {
  return previousMonth(toLocalIso(ctx.clock().getTime(), facilitySettings(ctx).time_zone).slice(0, 7));
}

export function formatFor(ctx: Pick<DbHandle, 'db'> & FormatDirs, month: string, formatId?: string): HmisFormat {
  return getFormat(ctx, formatId ?? formatIdForMonth(hmisSettings(ctx), month));
}

export function getReport(ctx: DbHandle & FormatDirs, input: { month?: string; format_id?: string }): HmisReport {
  const month = input.month ?? lastCompleteMonth(ctx);
  return computeReport(ctx, formatFor(ctx, month, input.format_id), month).report;
}

const entityId = (month: string, formatId: string) => `${month}/${formatId}`;

function assertVersion(current: { version: number } | null, version: number): void {
  if ((current?.version ?? 0) !== version)
    throw new AppError('conflict', { message: 'error.conflict', params: { version: current?.version ?? 0 } });
}

function assertDraft(current: { status: string } | null): void {
  if (current?.status === 'submitted') throw new AppError('conflict', { message: 'hmis.error.submitted' });
}

/** Applies a patch; items must exist in the format and take the kind of value their item allows. */
function applyPatch(format: HmisFormat, inputs: ReportInputs, patch: ReportInputsPatch): ReportInputs {
  const issues: FieldIssue[] = [];
  const items = new Map(format.items.map((i) => [i.item_no, i]));
  const next: ReportInputs = {
    manual: { ...inputs.manual },
    overrides: { ...inputs.overrides },
    acknowledgements: { ...inputs.acknowledgements },
  };
  const issue = (field: string, message: string, item: string) =>
    issues.push({ field, message, params: { field: 'field.item_no', item }, severity: 'error' });
  for (const [item, value] of Object.entries(patch.manual ?? {})) {
    if (items.get(item)?.compute !== 'manual') issue(`manual.${item}`, 'v.hmis_not_manual', item);
    else if (value === null) delete next.manual[item];
    else next.manual[item] = value;
  }
  for (const [item, value] of Object.entries(patch.overrides ?? {})) {
    if (!items.get(item)?.overridable) issue(`overrides.${item}`, 'v.hmis_not_overridable', item);
    else if (value === null) delete next.overrides[item];
    else next.overrides[item] = value;
  }
  for (const [key, note] of Object.entries(patch.acknowledgements ?? {})) {
    if (note === null) delete next.acknowledgements[key];
    else next.acknowledgements[key] = note;
  }
  if (issues.length > 0) throw new AppError('invalid_input', { issues, field: issues[0]!.field });
  return next;
}

function diffInputs(id: string, before: ReportInputs, after: ReportInputs): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (const part of ['manual', 'overrides', 'acknowledgements'] as const) {
    const keys = new Set([...Object.keys(before[part]), ...Object.keys(after[part])]);
    for (const key of keys) {
      const old = before[part][key] ?? null;
      const now = after[part][key] ?? null;
      if (JSON.stringify(old) !== JSON.stringify(now))
        entries.push({
          entity: 'hmis_report',
          entityId: id,
          action: 'update',
          field: `${part}.${key}`,
          oldValue: old,
          newValue: now,
        });
    }
  }
  return entries;
}

export interface SaveInputsInput {
  month: string;
  format_id: string;
  version: number;
  patch: ReportInputsPatch;
}

/** Manual items, overrides and acknowledgement notes of a draft report (audited; refused once submitted). */
export function saveReportInputs(ctx: DbHandle & FormatDirs, session: Session, input: SaveInputsInput): HmisReport {
  const format = getFormat(ctx, input.format_id);
  const nowIso = toLocalIso(ctx.clock().getTime(), facilitySettings(ctx).time_zone);
  ctx.db.transaction(() => {
    const current = storedReport(ctx, input.month, format.id);
    assertVersion(current, input.version);
    assertDraft(current);
    const before = inputsOf(current);
    const after = applyPatch(format, before, input.patch);
    const audit = diffInputs(entityId(input.month, format.id), before, after);
    if (audit.length === 0) return;
    writeReport(ctx, current, {
      month: input.month,
      format_id: format.id,
      status: 'draft',
      inputs: after,
      updated_at: nowIso,
      updated_by: session.userName,
    });
    writeAudit(ctx.db, session, ctx.clock(), audit);
  });
  return computeReport(ctx, format, input.month).report;
}

/** What a submission keeps of a report. */
export function snapshotOf(report: HmisReport, hash: string): Snapshot {
  return {
    format: report.format,
    generated_at: report.generated_at,
    items: report.items,
    checks: report.checks,
    completeness: report.completeness,
    not_counted: report.not_counted,
    rows: report.rows,
    summary: report.summary,
    inputs: report.inputs,
    policy: report.policy,
    inputs_hash: hash,
  };
}

/** Freezes the month: the report as it is, with the hash of the rows it counted. Needs a final-ready report. */
export function submitReport(
  ctx: DbHandle & FormatDirs,
  session: Session,
  input: { month: string; format_id: string; version: number },
): HmisReport {
  const format = getFormat(ctx, input.format_id);
  ctx.db.transaction(() => {
    const current = storedReport(ctx, input.month, format.id);
    assertVersion(current, input.version);
    assertDraft(current);
    const other = ctx.sqlite
      .prepare("SELECT format_id FROM hmis_report WHERE month = ? AND status = 'submitted'")
      .pluck()
      .get(input.month) as string | undefined;
    if (other) throw new AppError('conflict', { message: 'hmis.error.submitted_other_format', params: { id: other } });
    const { report, data } = computeReport(ctx, format, input.month);
    if (!report.finalisable) throw new AppError('conflict', { message: 'hmis.error.not_final', params: report.summary });
    const ids = countedIds(report);
    const snapshot = snapshotOf(report, inputsHash(format, data, ids.episodes, ids.babies));
    writeReport(ctx, current, {
      month: input.month,
      format_id: format.id,
      status: 'submitted',
      inputs: report.inputs,
      snapshot,
      submitted_at: report.generated_at,
      submitted_by: session.userName,
      updated_at: report.generated_at,
      updated_by: session.userName,
    });
    writeAudit(ctx.db, session, ctx.clock(), [
      {
        entity: 'hmis_report',
        entityId: entityId(input.month, format.id),
        action: 'update',
        field: 'status',
        oldValue: 'draft',
        newValue: 'submitted',
        reason: `inputs ${snapshot.inputs_hash.slice(0, 12)}`,
      },
    ]);
  });
  return computeReport(ctx, format, input.month).report;
}

/** A submitted month back to draft (the district asked for a correction); the reason and old hash are audited. */
export function reopenReport(
  ctx: DbHandle & FormatDirs,
  session: Session,
  input: { month: string; format_id: string; version: number; reason: string },
): HmisReport {
  const format = getFormat(ctx, input.format_id);
  const nowIso = toLocalIso(ctx.clock().getTime(), facilitySettings(ctx).time_zone);
  ctx.db.transaction(() => {
    const current = storedReport(ctx, input.month, format.id);
    assertVersion(current, input.version);
    if (current?.status !== 'submitted') throw new AppError('conflict', { message: 'hmis.error.not_submitted' });
    writeReport(ctx, current, {
      month: input.month,
      format_id: format.id,
      status: 'draft',
      inputs: current.inputs,
      updated_at: nowIso,
      updated_by: session.userName,
    });
    writeAudit(ctx.db, session, ctx.clock(), [
      {
        entity: 'hmis_report',
        entityId: entityId(input.month, format.id),
        action: 'reopen',
        field: 'status',
        oldValue: { status: 'submitted', inputs_hash: current.snapshot?.inputs_hash ?? null },
        newValue: 'draft',
        reason: input.reason,
      },
    ]);
  });
  return computeReport(ctx, format, input.month).report;
}

/** Records that a final export set was produced (shown on the screen; the register guard keys on submission). */
export function markFinalExported(
  ctx: Pick<DbHandle, 'sqlite' | 'db'>,
  session: Session,
  month: string,
  format: HmisFormat,
  report: HmisReport,
): void {
  ctx.db.transaction(() => {
    const current = storedReport(ctx, month, format.id);
    if (current?.status === 'submitted') return;
    writeReport(ctx, current, {
      month,
      format_id: format.id,
      status: 'draft',
      inputs: inputsOf(current),
      final_exported_at: report.generated_at,
      updated_at: report.generated_at,
      updated_by: session.userName,
    });
  });
}
