import type { HmisReport } from '../../../shared/hmis/report';
import { csvField } from '../../../shared/csv';
import { COLUMN_HEADER_ROW, ITEM_COLUMNS, headerRows, itemRows, statusMark, type Cell, type ExportStatus } from './layout';

/** One cell; `csvField` quotes it and defuses a text Excel would run as a formula. */
function safe(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  return csvField(value);
}

/**
 * The `Report` sheet as UTF-8 CSV with a BOM (Excel opens it in the right encoding): the same rows as the
 * workbook, so row 11 holds the headers and row 12 the first item in both.
 */
export function reportCsv(report: HmisReport, status: ExportStatus): Buffer {
  const lines: string[] = headerRows(report).map((h, i) =>
    [h.label, h.value, '', i === 0 ? statusMark(status) : ''].map(safe).join(','),
  );
  while (lines.length < COLUMN_HEADER_ROW - 1) lines.push('');
  lines.push(ITEM_COLUMNS.map(safe).join(','));
  for (const row of itemRows(report)) lines.push(row.map(safe).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}
