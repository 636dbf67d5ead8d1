import type { z } from 'zod';
import type { CsvRecord } from '../../../shared/csv';
import { babyShape, episodeFieldsShape, type BabyFields, type EpisodePatch } from '../../../shared/register/schema';
import {
  isValidIsoDate,
  localDateTimeToIso,
  normaliseDateTime,
  parseDateDMY,
  parseTime,
  westernDigits,
  ISO_DATE_TIME,
} from '../../../shared/time';
import { columnKind, type ColumnKind } from '../../db/schema/columns';

/*
 * Spreadsheets from hospitals moving off paper or Excel: one row per mother, columns named as docs/domain/register.md's
 * fields, babies as `baby1_sex`, `baby1_birth_weight_g`, … `baby4_…`. Dates as DD-MM-YYYY (or YYYY-MM-DD),
 * date-times as `DD-MM-YYYY HH:mm` (24-hour or am/pm), yes/no as yes/no/हाँ/नहीं, lists separated by `;`.
 * Columns whose header starts with `#` are ignored (a clerk's own notes or serial numbers).
 */

export interface TableRow {
  /** Line in the file (CSV) or row in the sheet (XLSX), 1 = header. */
  line: number;
  cells: Record<string, string>;
}

export interface RowError {
  line: number;
  field: string;
  message: string;
  params?: Record<string, string | number>;
}

type Format = ColumnKind | 'date' | 'datetime';

const DATE_TIME_PROBE = '2026-01-02T03:04:05+05:30';

/** Storage kind refined for text fields that hold dates or date-times (probed against the field's schema). */
function formatOf(schema: z.ZodType): Format {
  const kind = columnKind(schema);
  if (kind !== 'text') return kind;
  if (schema.safeParse('x').success) return 'text';
  if (schema.safeParse(DATE_TIME_PROBE).success) return 'datetime';
  if (schema.safeParse('2026-01-02').success) return 'date';
  return 'text';
}

const EPISODE_FORMATS = new Map(Object.entries(episodeFieldsShape).map(([k, s]) => [k, formatOf(s)]));
const BABY_FORMATS = new Map(Object.entries(babyShape).map(([k, s]) => [k, formatOf(s)]));
const BABY_COLUMN = /^baby([1-4])_(.+)$/;

const YES = new Set(['yes', 'y', 'true', '1', 'हाँ', 'हां', 'ha', 'haan']);
const NO = new Set(['no', 'n', 'false', '0', 'नहीं', 'nahi']);

type Converted = { value: unknown } | { error: string };

function convert(format: Format, raw: string, timeZone: string): Converted {
  const text = raw.trim();
  switch (format) {
    case 'boolean': {
      const t = text.toLowerCase();
      if (YES.has(t)) return { value: true };
      if (NO.has(t)) return { value: false };
      return { error: 'v.yes_no' };
    }
    case 'integer':
    case 'real': {
      const n = Number(westernDigits(text).replace(/,/g, ''));
      return Number.isFinite(n) ? { value: n } : { error: 'v.number' };
    }
    case 'json':
      return {
        value: text
          .split(/[;|]/)
          .map((s) => s.trim())
          .filter(Boolean),
      };
    case 'date': {
      const iso = isValidIsoDate(text) ? text : parseDateDMY(text);
      return iso ? { value: iso } : { error: 'v.date' };
    }
    case 'datetime': {
      if (ISO_DATE_TIME.test(text)) return { value: normaliseDateTime(text, timeZone) };
      const match = /^(\S+)[\sT]+(.+)$/.exec(text);
      const date = match ? (isValidIsoDate(match[1]!) ? match[1]! : parseDateDMY(match[1]!)) : null;
      const time = match ? parseTime(match[2]!) : null;
      return date && time ? { value: localDateTimeToIso(date, time, timeZone) } : { error: 'v.date_time' };
    }
    default:
      return { value: text };
  }
}

export interface ParsedRow {
  line: number;
  fields: EpisodePatch;
  babies: (Partial<BabyFields> & { baby_order: number })[];
}

/** Header check: every column must be a known field (or ignored with `#`). */
export function checkHeader(columns: string[]): RowError[] {
  return columns
    .filter(
      (c) =>
        c !== '' &&
        !c.startsWith('#') &&
        !EPISODE_FORMATS.has(c) &&
        !(BABY_COLUMN.test(c) && BABY_FORMATS.has(BABY_COLUMN.exec(c)![2]!)),
    )
    .map((column) => ({ line: 1, field: column, message: 'v.unknown_column', params: { column } }));
}

/** Cells → typed values; conversion problems are reported per cell, validation happens afterwards. */
export function parseRow(row: TableRow, timeZone: string): { parsed: ParsedRow; errors: RowError[] } {
  const errors: RowError[] = [];
  const fields: Record<string, unknown> = {};
  const babies = new Map<number, Record<string, unknown>>();
  for (const [column, raw] of Object.entries(row.cells)) {
    if (raw.trim() === '' || column.startsWith('#')) continue;
    const babyMatch = BABY_COLUMN.exec(column);
    const name = babyMatch ? babyMatch[2]! : column;
    const format = babyMatch ? BABY_FORMATS.get(name) : EPISODE_FORMATS.get(name);
    if (!format) continue;
    const result = convert(format, raw, timeZone);
    const field = babyMatch ? `babies.${Number(babyMatch[1]) - 1}.${name}` : name;
    if ('error' in result) {
      errors.push({ line: row.line, field, message: result.error, params: { field: `field.${name}` } });
      continue;
    }
    if (babyMatch) {
      const order = Number(babyMatch[1]);
      babies.set(order, { ...(babies.get(order) ?? { baby_order: order }), [name]: result.value });
    } else {
      fields[name] = result.value;
    }
  }
  return {
    parsed: {
      line: row.line,
      fields: fields as EpisodePatch,
      babies: [...babies.entries()].sort(([a], [b]) => a - b).map(([, b]) => b as Partial<BabyFields> & { baby_order: number }),
    },
    errors,
  };
}

/** Rows of a parsed sheet: the first record is the header; lines are kept for messages. */
export function rowsFromRecords(records: readonly CsvRecord[]): { columns: string[]; rows: TableRow[] } {
  const [header, ...body] = records;
  const columns = (header?.fields ?? []).map((c) => c.trim().toLowerCase());
  const rows = body
    .map((record) => ({ line: record.line, cells: Object.fromEntries(columns.map((c, j) => [c, record.fields[j] ?? ''])) }))
    .filter((r) => Object.values(r.cells).some((v) => v.trim() !== ''));
  return { columns, rows };
}

/** Every importable column, in register order: the documented template. */
export function templateColumns(): string[] {
  const babyColumns = [1, 2].flatMap((n) =>
    [...BABY_FORMATS.keys()].filter((k) => k !== 'baby_order').map((k) => `baby${n}_${k}`),
  );
  return [...EPISODE_FORMATS.keys(), ...babyColumns];
}
