import ExcelJS from 'exceljs';
import type { HmisReport } from '../../../shared/hmis/report';
import type { TemplateMap } from '../../../shared/hmis/template';
import {
  CHECK_COLUMNS,
  COLUMN_HEADER_ROW,
  FIRST_ITEM_ROW,
  HEADER_ROW_FIRST,
  ITEM_COLUMNS,
  checkRows,
  headerRows,
  itemRows,
  statusMark,
  type ExportStatus,
} from './layout';

/**
 * The workbook of docs/domain/hmis.md §4.1: sheet `Report` (header rows 1–9, headers row 11, items from row 12) and
 * `Checks`.
 */
export async function reportWorkbook(report: HmisReport, status: ExportStatus): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Prasav';
  workbook.created = new Date(Date.parse(report.generated_at));
  const sheet = workbook.addWorksheet('Report', { views: [{ state: 'frozen', ySplit: COLUMN_HEADER_ROW }] });
  sheet.columns = [
    { width: 11 },
    { width: 9 },
    { width: 80 },
    { width: 12 },
    { width: 11 },
    { width: 34 },
    { width: 11 },
    { width: 50 },
  ];
  headerRows(report).forEach((h, i) => {
    const row = sheet.getRow(HEADER_ROW_FIRST + i);
    row.getCell(1).value = h.label;
    row.getCell(1).font = { bold: true };
    row.getCell(2).value = h.value;
    row.getCell(2).numFmt = '@';
  });
  const mark = sheet.getCell('D1');
  mark.value = statusMark(status);
  mark.font = { bold: true, color: { argb: status === 'draft' ? 'FFB3261E' : 'FF1E6B35' } };
  const headers = sheet.getRow(COLUMN_HEADER_ROW);
  ITEM_COLUMNS.forEach((h, i) => {
    headers.getCell(i + 1).value = h;
    headers.getCell(i + 1).font = { bold: true };
  });
  itemRows(report).forEach((cells, i) => {
    const row = sheet.getRow(FIRST_ITEM_ROW + i);
    cells.forEach((value, c) => {
      const cell = row.getCell(c + 1);
      cell.value = value;
      // Item numbers such as 2.2 or 14.10 must stay text: Excel would read them as numbers (14.1).
      if (c === 0) cell.numFmt = '@';
    });
    row.getCell(3).alignment = { wrapText: true, vertical: 'top' };
  });
  const checks = workbook.addWorksheet('Checks', { views: [{ state: 'frozen', ySplit: 1 }] });
  checks.columns = [
    { width: 8 },
    { width: 9 },
    { width: 50 },
    { width: 14 },
    { width: 9 },
    { width: 60 },
    { width: 60 },
    { width: 40 },
    { width: 40 },
  ];
  checks.addRow([...CHECK_COLUMNS]).font = { bold: true };
  for (const row of checkRows(report)) checks.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A district-supplied workbook filled through a template map: only the mapped cells change. */
export async function fillTemplate(
  template: Buffer,
  map: TemplateMap,
  report: HmisReport,
): Promise<{ bytes: Buffer; unmapped: string[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(map.sheet);
  if (!sheet) throw new Error(`template ${map.template_id} has no sheet "${map.sheet}"`);
  const header = new Map(headerRows(report).map((h) => [h.field, h.value]));
  header.set('facility_code', report.header.hmis_facility_code);
  for (const [field, ref] of Object.entries(map.header_cells))
    if (ref) sheet.getCell(ref).value = header.get(field as never) ?? '';
  const unmapped: string[] = [];
  for (const item of report.items) {
    const cells = map.items[item.item_no];
    if (!cells) {
      unmapped.push(item.item_no);
      continue;
    }
    sheet.getCell(cells.in_facility).value = item.value;
    if (cells.outreach) sheet.getCell(cells.outreach).value = item.outreach;
  }
  return { bytes: Buffer.from(await workbook.xlsx.writeBuffer()), unmapped };
}
