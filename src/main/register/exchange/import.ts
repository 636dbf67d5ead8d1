import { createHash, randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { ImportResult } from '../../../shared/contract/register';
import { CsvSyntaxError, parseCsv, type CsvRecord } from '../../../shared/csv';
import { AppError, type FieldIssue } from '../../../shared/errors';
import { registerExchangeSchema, type ExchangeEpisode } from '../../../shared/register/exchange';
import { checkEpisode, checkRequired, type CheckableEpisode } from '../../../shared/register/rules';
import { babyFieldsSchema, BABY_FIELDS, episodePatchSchema, type BabyFields } from '../../../shared/register/schema';
import { toFieldIssues } from '../../../shared/validation';
import { writeAudit } from '../../audit';
import { feedbackIssues } from '../../care/referrals';
import type { DbHandle } from '../../db/handle';
import type { Session } from '../../session';
import { registerEnv, type RegisterEnv } from '../context';
import { nameKeys } from '../../../shared/romanize';
import { indexEpisode } from '../search';
import { nextSerial } from '../serial';
import { insertEpisode, insertRow } from '../store';
import { checkHeader, parseRow, rowsFromRecords, type ParsedRow, type RowError, type TableRow } from './table';

/*
 * Import is all-or-nothing per file: every row is checked first (zod field schemas + the register's rules,
 * errors only: a spreadsheet's unusual values cannot be confirmed row by row), every bad row is reported with
 * its line and field, and only a clean file is written, in one transaction. One exception for a hospital's own
 * spreadsheet: a closed historic row lacking the details asked at closing today (condition at discharge, cause
 * of a death, the referral's facility) is imported and listed as incomplete, to be completed on its record. Importing the same file twice
 * creates nothing new: JSON records are matched by uid, spreadsheet rows by a key of name, admission and age.
 */

export interface ImportInput {
  format: 'json' | 'csv' | 'xlsx';
  content: string;
  dry_run?: boolean;
}

const rowErrors = (line: number, issues: FieldIssue[], prefix = ''): RowError[] =>
  issues.map((i) => ({ line, field: `${prefix}${i.field}`, message: i.message, params: i.params }));

function ruleIssues(ep: CheckableEpisode, stage: 'admit' | 'deliver' | 'close', env: RegisterEnv): FieldIssue[] {
  return [...checkRequired(ep, stage), ...checkEpisode(ep, env)].filter((i) => i.severity === 'error');
}

function ruleErrors(ep: CheckableEpisode, stage: 'admit' | 'deliver' | 'close', env: RegisterEnv, line: number): RowError[] {
  return rowErrors(line, ruleIssues(ep, stage, env));
}

/** Asked when a record is closed today; an old paper register often lacks them (register.md: recommended). */
const CLOSURE_DETAILS = new Set([
  'discharge_condition',
  'maternal_death_cause',
  'referral.receiving_facility_name',
  'referral.decision_at',
]);
const missingClosureDetail = (i: FieldIssue) => i.message === 'v.required' && CLOSURE_DETAILS.has(i.field);

const stageOf = (state: string): 'admit' | 'deliver' | 'close' =>
  state === 'closed' ? 'close' : state === 'delivered' ? 'deliver' : 'admit';

function result(
  format: ImportInput['format'],
  dryRun: boolean,
  rows: number,
  created: number,
  duplicates: number,
  errors: RowError[],
  incomplete: ImportResult['incomplete'] = [],
): ImportResult {
  return { format, dry_run: dryRun, rows, created: errors.length > 0 ? 0 : created, duplicates, errors, incomplete };
}

/** `2026/0154` → period `2026`, seq 154. */
function parseSerial(serialNo: string): { period: string; seq: number; serialNo: string } | null {
  const match = /^(\d{4}(?:-\d{2})?)\/(\d+)$/.exec(serialNo);
  return match ? { period: match[1]!, seq: Number(match[2]), serialNo } : null;
}

function importJson(ctx: DbHandle, session: Session, text: string, dryRun: boolean): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new AppError('invalid_input', { message: 'error.import_unreadable', params: { format: 'JSON' } });
  }
  const head = data as { format?: unknown; version?: unknown };
  if (head?.format !== 'prasav-register' || head.version !== 1) {
    throw new AppError('invalid_input', {
      message: 'error.import_format',
      params: { format: String(head?.format ?? '-'), version: String(head?.version ?? '-') },
    });
  }
  const parsed = registerExchangeSchema.safeParse(data);
  const errors: RowError[] = [];
  if (!parsed.success) {
    // `episodes.3.babies.0.sex` → record 4, field `babies.0.sex`.
    for (const issue of toFieldIssues(parsed.error)) {
      const [top, index, ...rest] = issue.field.split('.');
      const inRecord = top === 'episodes' && index !== undefined;
      errors.push({
        line: inRecord ? Number(index) + 1 : 0,
        field: inRecord ? rest.join('.') || 'episode' : issue.field,
        message: issue.message,
        params: issue.params,
      });
    }
    return result(
      'json',
      dryRun,
      Array.isArray((data as { episodes?: unknown[] }).episodes) ? (data as { episodes: unknown[] }).episodes.length : 0,
      0,
      0,
      errors,
    );
  }
  const env = registerEnv(ctx);
  const episodes = parsed.data.episodes;
  const existingUid = ctx.sqlite.prepare('SELECT 1 FROM episode WHERE uid = ?').pluck();
  const serialOwner = ctx.sqlite.prepare('SELECT uid FROM episode WHERE serial_period = ? AND serial_seq = ?').pluck();
  const fresh: ExchangeEpisode[] = [];
  const seenSerials = new Set<string>();
  episodes.forEach((ep, i) => {
    if (existingUid.get(ep.uid)) return;
    const line = i + 1;
    errors.push(
      ...ruleErrors(
        { ...ep, referral: ep.referrals.find((r) => r.baby_order === null) ?? null },
        stageOf(ep.record_state),
        env,
        line,
      ),
    );
    ep.referrals.forEach((r, n) => {
      if (r.feedback) errors.push(...rowErrors(line, feedbackIssues(r, r.feedback, env), `referrals.${n}.feedback.`));
    });
    const serial = parseSerial(ep.serial_no);
    if (!serial) errors.push({ line, field: 'serial_no', message: 'v.invalid_format', params: { field: 'field.serial_no' } });
    else if (serialOwner.get(serial.period, serial.seq) || seenSerials.has(ep.serial_no)) {
      errors.push({ line, field: 'serial_no', message: 'v.serial_taken', params: { serial: ep.serial_no } });
    }
    seenSerials.add(ep.serial_no);
    fresh.push(ep);
  });
  if (errors.length === 0 && !dryRun) {
    ctx.db.transaction(() => {
      for (const ep of fresh) {
        const {
          uid,
          serial_no,
          record_state,
          void: voided,
          version,
          created_at,
          created_by,
          updated_at,
          updated_by,
          babies,
          referrals,
          history,
          ...fields
        } = ep;
        const id = insertEpisode(ctx, {
          uid,
          serial: parseSerial(serial_no)!,
          record_state,
          state_before_close: null,
          void: voided
            ? { at: voided.at, by: voided.by, reason_code: voided.reason_code, reason_text: voided.reason_text }
            : null,
          version,
          created_at,
          created_by,
          updated_at,
          updated_by,
          fields,
          babies,
          referrals,
        });
        const referralId = ctx.sqlite.prepare('SELECT id FROM referral WHERE episode_id = ? AND slip_no = ?').pluck();
        for (const { slip_no, feedback } of referrals) {
          if (feedback) insertRow(ctx, 'referral_feedback', { referral_id: referralId.get(id, slip_no), ...feedback });
        }
        // The record's own history comes with it; one more row says who imported it.
        const insertHistory = ctx.sqlite.prepare(
          "INSERT INTO audit_log (at, user_id, user_name, entity, entity_id, action, field, old_value, new_value, reason) VALUES (?, 'imported', ?, 'episode', ?, ?, ?, ?, ?, ?)",
        );
        for (const h of history) {
          insertHistory.run(
            h.at,
            h.user_name,
            String(id),
            h.action,
            h.field,
            h.old_value === null || h.old_value === undefined ? null : JSON.stringify(h.old_value),
            h.new_value === null || h.new_value === undefined ? null : JSON.stringify(h.new_value),
            h.reason,
          );
        }
        writeAudit(ctx.db, session, env.now, [
          { entity: 'episode', entityId: String(id), action: 'import', reason: 'JSON exchange file' },
        ]);
        indexEpisode(ctx.sqlite, id, { ...ep });
      }
    });
  }
  return result('json', dryRun, episodes.length, fresh.length, episodes.length - fresh.length, errors);
}

/** Same mother, same admission, same age: the same row imported again. */
function importKey(row: ParsedRow): string {
  const f = row.fields;
  return createHash('sha256')
    .update([nameKeys(f.mother_name).join(' '), f.admission_at ?? '', f.age_years ?? f.dob ?? ''].join('|'))
    .digest('hex')
    .slice(0, 32);
}

/** A row's errors, and the closure details a closed row lacks (imported all the same, listed as incomplete). */
function validateRow(row: ParsedRow, env: RegisterEnv): { errors: RowError[]; missing: string[] } {
  const errors: RowError[] = [];
  const fields = episodePatchSchema.safeParse(row.fields);
  if (!fields.success) errors.push(...rowErrors(row.line, toFieldIssues(fields.error)));
  row.babies.forEach((baby, i) => {
    const parsed = babyFieldsSchema.partial().safeParse(baby);
    if (!parsed.success) errors.push(...rowErrors(row.line, toFieldIssues(parsed.error), `babies.${i}.`));
  });
  if (errors.length > 0) return { errors, missing: [] };
  const babies = row.babies.map((b) => ({ ...b, born_at: b.born_at ?? row.fields.delivery_at ?? null }));
  const stage = row.fields.outcome ? 'close' : row.fields.delivery_at || babies.length > 0 ? 'deliver' : 'admit';
  const issues = ruleIssues({ ...row.fields, babies, referral: null }, stage, env);
  const missing = stage === 'close' ? issues.filter(missingClosureDetail) : [];
  return {
    errors: rowErrors(
      row.line,
      issues.filter((i) => !missing.includes(i)),
    ),
    missing: missing.map((i) => i.field),
  };
}

function importTable(
  ctx: DbHandle,
  session: Session,
  format: 'csv' | 'xlsx',
  columns: string[],
  rows: TableRow[],
  dryRun: boolean,
): ImportResult {
  const env = registerEnv(ctx);
  const errors: RowError[] = checkHeader(columns);
  const parsed: ParsedRow[] = [];
  const incomplete: ImportResult['incomplete'] = [];
  for (const row of rows) {
    const { parsed: p, errors: cellErrors } = parseRow(row, env.timeZone);
    errors.push(...cellErrors);
    if (cellErrors.length === 0) {
      const checked = validateRow(p, env);
      errors.push(...checked.errors);
      if (checked.missing.length > 0) incomplete.push({ line: row.line, fields: checked.missing });
    }
    parsed.push(p);
  }
  const exists = ctx.sqlite.prepare('SELECT 1 FROM episode WHERE import_key = ?').pluck();
  const keys = new Set<string>();
  const fresh = parsed.filter((row) => {
    const key = importKey(row);
    if (exists.get(key) || keys.has(key)) return false;
    keys.add(key);
    return true;
  });
  if (errors.length === 0 && !dryRun) {
    ctx.db.transaction(() => {
      // Serial numbers follow admission order, as in the paper register.
      for (const row of [...fresh].sort((a, b) => Date.parse(a.fields.admission_at!) - Date.parse(b.fields.admission_at!))) {
        const babies: BabyFields[] = row.babies.map((b) => ({
          ...(Object.fromEntries(BABY_FIELDS.map((f) => [f, null])) as unknown as BabyFields),
          ...b,
          born_at: b.born_at ?? row.fields.delivery_at ?? null,
        }));
        const state = row.fields.outcome ? 'closed' : row.fields.delivery_at ? 'delivered' : 'admitted';
        const fields = { ...row.fields, number_of_babies: row.fields.number_of_babies ?? (babies.length || null) };
        const serial = nextSerial(ctx.sqlite, row.fields.admission_at!, env.policy);
        const id = insertEpisode(ctx, {
          uid: randomUUID(),
          serial,
          record_state: state,
          state_before_close: state === 'closed' ? (row.fields.delivery_at ? 'delivered' : 'admitted') : null,
          version: 1,
          created_at: env.nowIso,
          created_by: session.userName,
          updated_at: env.nowIso,
          updated_by: session.userName,
          import_key: importKey(row),
          fields,
          babies,
          referrals: [],
        });
        writeAudit(ctx.db, session, env.now, [
          {
            entity: 'episode',
            entityId: String(id),
            action: 'import',
            newValue: { ...fields, babies },
            reason: `${format.toUpperCase()} line ${row.line}`,
          },
        ]);
        indexEpisode(ctx.sqlite, id, { ...fields, serial_no: serial.serialNo });
      }
    });
  }
  return result(format, dryRun, rows.length, fresh.length, rows.length - fresh.length, errors, incomplete);
}

/** Cell text of an XLSX cell: dates as the wall-clock time Excel shows, numbers and text as written. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
  }
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
  }
  return String(value);
}

async function readXlsx(base64: string): Promise<CsvRecord[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  } catch {
    throw new AppError('invalid_input', { message: 'error.import_unreadable', params: { format: 'XLSX' } });
  }
  const records: CsvRecord[] = [];
  workbook.worksheets[0]?.eachRow((row, line) =>
    records.push({ line, fields: (row.values as ExcelJS.CellValue[]).slice(1).map(cellText) }),
  );
  return records;
}

function readCsv(text: string): CsvRecord[] {
  try {
    return parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError)
      throw new AppError('invalid_input', { message: 'error.import_unreadable', params: { format: 'CSV' } });
    throw error;
  }
}

export async function importRegister(ctx: DbHandle, session: Session, input: ImportInput): Promise<ImportResult> {
  const dryRun = input.dry_run === true;
  if (input.format === 'json') return importJson(ctx, session, input.content, dryRun);
  const records = input.format === 'csv' ? readCsv(input.content) : await readXlsx(input.content);
  const { columns, rows } = rowsFromRecords(records);
  return importTable(ctx, session, input.format, columns, rows, dryRun);
}
