import { z } from 'zod';
import { hmisReportSchema, reportInputsSchema, EMPTY_INPUTS, type ReportInputs } from '../../shared/hmis/report';
import type { DbHandle } from '../db/handle';

/* The `hmis_report` rows: the clerk's inputs per month and format, and the frozen snapshot once submitted. */

/** What a submission freezes: the report as it was, and the hash of the register rows it counted. */
export const snapshotSchema = hmisReportSchema
  .pick({
    format: true,
    generated_at: true,
    items: true,
    checks: true,
    completeness: true,
    not_counted: true,
    rows: true,
    summary: true,
    inputs: true,
    policy: true,
  })
  .extend({ inputs_hash: z.string() });
export type Snapshot = z.output<typeof snapshotSchema>;

export interface StoredReport {
  id: number;
  month: string;
  format_id: string;
  status: 'draft' | 'submitted';
  inputs: ReportInputs;
  snapshot: Snapshot | null;
  submitted_at: string | null;
  submitted_by: string | null;
  final_exported_at: string | null;
  version: number;
}

interface Row {
  id: number;
  month: string;
  format_id: string;
  status: 'draft' | 'submitted';
  inputs: string;
  snapshot: string | null;
  submitted_at: string | null;
  submitted_by: string | null;
  final_exported_at: string | null;
  version: number;
}

function fromRow(row: Row): StoredReport {
  // Stored JSON is ours, but a hand-edited or older file must fail loudly rather than count wrongly.
  return {
    ...row,
    inputs: reportInputsSchema.parse(JSON.parse(row.inputs)),
    snapshot: row.snapshot === null ? null : snapshotSchema.parse(JSON.parse(row.snapshot)),
  };
}

const COLUMNS = 'id, month, format_id, status, inputs, snapshot, submitted_at, submitted_by, final_exported_at, version';

export function storedReport(ctx: Pick<DbHandle, 'sqlite'>, month: string, formatId: string): StoredReport | null {
  const row = ctx.sqlite.prepare(`SELECT ${COLUMNS} FROM hmis_report WHERE month = ? AND format_id = ?`).get(month, formatId) as
    Row | undefined;
  return row ? fromRow(row) : null;
}

/** What the trend checks need of an earlier month: its entries, and its values as submitted (if it was). */
export interface EarlierReport {
  month: string;
  inputs: ReportInputs;
  submittedValues: Map<string, number | null> | null;
}

const valuesSchema = z.record(z.string(), z.number().int().nullable());

/** Earlier months of a format, without parsing their snapshots (only the item values are read). */
export function earlierReports(
  ctx: Pick<DbHandle, 'sqlite'>,
  formatId: string,
  months: readonly string[],
): Map<string, EarlierReport> {
  const rows = ctx.sqlite
    .prepare(
      `SELECT month, status, inputs, snapshot_values FROM hmis_report WHERE format_id = ? AND month IN (SELECT value FROM json_each(?))`,
    )
    .all(formatId, JSON.stringify(months)) as { month: string; status: string; inputs: string; snapshot_values: string | null }[];
  return new Map(
    rows.map((r) => [
      r.month,
      {
        month: r.month,
        inputs: reportInputsSchema.parse(JSON.parse(r.inputs)),
        submittedValues:
          r.status === 'submitted' && r.snapshot_values !== null
            ? new Map(Object.entries(valuesSchema.parse(JSON.parse(r.snapshot_values))))
            : null,
      },
    ]),
  );
}

/** Submitted months among those given, with the format each was submitted in. */
export function submittedMonths(ctx: Pick<DbHandle, 'sqlite'>, months: readonly string[]): Map<string, StoredReport> {
  if (months.length === 0) return new Map();
  const rows = ctx.sqlite
    .prepare(`SELECT ${COLUMNS} FROM hmis_report WHERE status = 'submitted' AND month IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(months)) as Row[];
  return new Map(rows.map((r) => [r.month, fromRow(r)]));
}

export function inputsOf(stored: { inputs: ReportInputs } | null | undefined): ReportInputs {
  return stored?.inputs ?? EMPTY_INPUTS;
}

export interface ReportWrite {
  month: string;
  format_id: string;
  status: 'draft' | 'submitted';
  inputs: ReportInputs;
  snapshot?: Snapshot | null;
  submitted_at?: string | null;
  submitted_by?: string | null;
  final_exported_at?: string | null;
  updated_at: string;
  updated_by: string;
}

/** Inserts or updates the month's row (callers check the version and audit, inside their transaction). */
export function writeReport(ctx: Pick<DbHandle, 'sqlite'>, existing: StoredReport | null, write: ReportWrite): void {
  const snapshot = write.snapshot === undefined ? (existing?.snapshot ?? null) : write.snapshot;
  const values = {
    ...write,
    inputs: JSON.stringify(write.inputs),
    snapshot: snapshot && JSON.stringify(snapshot),
    snapshot_values: snapshot && JSON.stringify(Object.fromEntries(snapshot.items.map((i) => [i.item_no, i.value]))),
    inputs_hash: snapshot?.inputs_hash ?? null,
    submitted_at: write.submitted_at === undefined ? (existing?.submitted_at ?? null) : write.submitted_at,
    submitted_by: write.submitted_by === undefined ? (existing?.submitted_by ?? null) : write.submitted_by,
    final_exported_at: write.final_exported_at === undefined ? (existing?.final_exported_at ?? null) : write.final_exported_at,
  };
  if (existing) {
    ctx.sqlite
      .prepare(
        `UPDATE hmis_report SET status = @status, inputs = @inputs, snapshot = @snapshot, snapshot_values = @snapshot_values,
         inputs_hash = @inputs_hash,
         submitted_at = @submitted_at, submitted_by = @submitted_by, final_exported_at = @final_exported_at,
         version = version + 1, updated_at = @updated_at, updated_by = @updated_by WHERE id = @id`,
      )
      .run({ ...values, id: existing.id });
  } else {
    ctx.sqlite
      .prepare(
        `INSERT INTO hmis_report (month, format_id, status, inputs, snapshot, snapshot_values, inputs_hash, submitted_at,
         submitted_by, final_exported_at, version, updated_at, updated_by) VALUES (@month, @format_id, @status, @inputs,
         @snapshot, @snapshot_values, @inputs_hash, @submitted_at, @submitted_by, @final_exported_at, 1, @updated_at,
         @updated_by)`,
      )
      .run(values);
  }
}
