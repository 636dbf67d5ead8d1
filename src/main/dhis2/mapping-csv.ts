import { mappingRowSchema, type MappingRow, type StoredMappingRow } from '../../shared/dhis2';
import { AppError, type FieldIssue } from '../../shared/errors';
import { CsvSyntaxError, parseCsv, writeCsv } from '../../shared/csv';
import { toFieldIssues } from '../../shared/validation';

/** Column names are the field names, so a bad cell is reported as "line 12, Data element: …". */
export const MAPPING_COLUMNS = [
  'item_no',
  'excluded',
  'data_element',
  'data_element_code',
  'data_element_name',
  'category_option_combo',
  'category_option_combo_code',
  'category_option_combo_name',
] as const;

const MAX_ROWS = 5000;
const YES = new Set(['yes', 'y', 'true', '1', 'हाँ']);
const NO = new Set(['no', 'n', 'false', '0', '', 'नहीं']);

export function mappingToCsv(rows: readonly StoredMappingRow[]): string {
  return writeCsv([
    [...MAPPING_COLUMNS],
    ...rows.map((row) => MAPPING_COLUMNS.map((c) => (c === 'excluded' ? (row.excluded ? 'yes' : 'no') : row[c]))),
  ]);
}

const issue = (field: string, message: string, params: Record<string, string | number>): FieldIssue => ({
  field,
  message,
  params,
  severity: 'error',
});

/**
 * Reads a mapping CSV; every bad row is reported with its line and column (all of them, not the first only),
 * and nothing is imported unless every row is good.
 */
export function mappingFromCsv(text: string): MappingRow[] {
  let records;
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      throw new AppError('invalid_input', {
        issues: [issue(`csv.${error.line}`, 'v.csv_quote', { line: error.line, field: 'field.csv' })],
      });
    }
    throw error;
  }
  const [head, ...body] = records;
  const columns = head?.fields.map((f) => f.trim().toLowerCase()) ?? [];
  const missing = MAPPING_COLUMNS.filter((c) => !columns.includes(c));
  if (!head || missing.length > 0) {
    throw new AppError('invalid_input', {
      issues: [
        issue('csv.1', 'v.csv_header', {
          line: 1,
          field: 'field.csv',
          columns: missing.join(', ') || MAPPING_COLUMNS.join(', '),
        }),
      ],
    });
  }
  if (body.length > MAX_ROWS) {
    throw new AppError('invalid_input', { issues: [issue('csv', 'v.too_big', { field: 'field.csv', max: MAX_ROWS })] });
  }
  const issues: FieldIssue[] = [];
  const rows: MappingRow[] = [];
  const seen = new Map<string, number>();
  for (const record of body) {
    const cell = (name: string) => record.fields[columns.indexOf(name)] ?? '';
    if (record.fields.length !== columns.length) {
      issues.push(issue(`csv.${record.line}`, 'v.csv_columns', { line: record.line, field: 'field.csv', count: columns.length }));
      continue;
    }
    const excludedText = cell('excluded').trim().toLowerCase();
    if (!YES.has(excludedText) && !NO.has(excludedText)) {
      issues.push(issue(`csv.${record.line}.excluded`, 'v.yes_no', { line: record.line, field: 'field.excluded' }));
      continue;
    }
    const candidate = Object.fromEntries(MAPPING_COLUMNS.map((c) => [c, c === 'excluded' ? YES.has(excludedText) : cell(c)]));
    const parsed = mappingRowSchema.safeParse(candidate);
    if (!parsed.success) {
      for (const i of toFieldIssues(parsed.error)) {
        issues.push({ ...i, field: `csv.${record.line}.${i.field}`, params: { ...i.params, line: record.line } });
      }
      continue;
    }
    const earlier = seen.get(parsed.data.item_no);
    if (earlier !== undefined) {
      issues.push(
        issue(`csv.${record.line}.item_no`, 'v.csv_duplicate', { line: record.line, field: 'field.item_no', first: earlier }),
      );
      continue;
    }
    seen.set(parsed.data.item_no, record.line);
    rows.push(parsed.data);
  }
  if (issues.length > 0) throw new AppError('invalid_input', { issues, field: issues[0]!.field });
  return rows;
}
