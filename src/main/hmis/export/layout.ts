import type { HmisReport, ReportCheck, ReportItem } from '../../../shared/hmis/report';
import type { Language } from '../../../shared/i18n/define';
import { translate } from '../../../shared/i18n/translate';
import type { HeaderField } from '../../../shared/hmis/template';

/*
 * The documented export layout (docs/domain/hmis.md §4.1; docs/ARCHITECTURE.md "HMIS report"), shared by the workbook and the
 * CSV so both put the same value in the same place:
 *   rows 1–9   header key/value pairs in columns A/B (row 1 column D: FINAL / DRAFT / SUBMITTED)
 *   row 10     blank
 *   row 11     column headers
 *   row 12…    one row per item, in format order, columns A–H
 */
export const HEADER_ROW_FIRST = 1;
export const COLUMN_HEADER_ROW = 11;
export const FIRST_ITEM_ROW = 12;
export const ITEM_COLUMNS = [
  'Item No.',
  'Section',
  'Data Item',
  'In-facility',
  'Outreach',
  'Item Key',
  'Source',
  'Remarks',
] as const;
export const CHECK_COLUMNS = [
  'Rule',
  'Target',
  'Expression',
  'Result',
  'Severity',
  'Message',
  'Message (Hindi)',
  'Acknowledged note',
  'Records',
] as const;

export type ExportStatus = 'final' | 'draft' | 'submitted';

/** Rows 1–9: the portal's header fields (docs/domain/hmis.md §4), with the field each is filled from in a template map. */
export function headerRows(report: HmisReport): { field: HeaderField; label: string; value: string }[] {
  const h = report.header;
  return [
    { field: 'format_version', label: 'Format version', value: report.format.id },
    { field: 'state', label: 'State', value: h.state },
    { field: 'district', label: 'District', value: h.district },
    { field: 'block', label: 'Sub-district/Block', value: h.block },
    { field: 'facility_name', label: 'Facility name', value: h.hospital_name },
    { field: 'facility_type', label: 'Facility type', value: translate('en', `facility_type.${h.facility_type}`) },
    { field: 'ownership', label: 'Ownership', value: translate('en', `ownership.${h.ownership}`) },
    { field: 'month', label: 'Reporting month', value: report.month },
    { field: 'generated_at', label: 'Generated at', value: report.generated_at },
  ];
}

export function statusMark(status: ExportStatus): string {
  return translate('en', status === 'final' ? 'hmis.final_mark' : status === 'draft' ? 'hmis.draft_mark' : 'hmis.submitted_mark');
}

/** Column H: why a value is what it is (override, not applicable, warnings acknowledged about the item). */
export function remarks(report: HmisReport, item: ReportItem): string {
  const parts: string[] = [];
  if (item.source === 'override') parts.push(`Override (register: ${item.computed_value}): ${item.override_reason}`);
  if (item.source === 'not_applicable') parts.push('Not applicable to a facility labour room');
  const mentions = new RegExp(`(^|[^0-9A-Za-z.])${item.item_no.replace(/\./g, '\\.')}($|[^0-9A-Za-z.])`);
  for (const c of report.checks) {
    if (!c.acknowledgement) continue;
    if (c.target === item.item_no || (c.target === null && c.expression !== null && mentions.test(c.expression)))
      parts.push(`${c.rule_id}: ${c.acknowledgement}`);
  }
  return parts.join('; ');
}

export type Cell = string | number | null;

/** Rows 12…: A Item No. (text), B Section, C wording, D In-facility, E Outreach, F key, G source, H remarks. */
export function itemRows(report: HmisReport): Cell[][] {
  return report.items.map((item) => [
    item.item_no,
    item.section,
    item.wording_en,
    item.value,
    item.outreach,
    item.compute,
    item.source === 'not_applicable' ? 'computed' : item.source,
    remarks(report, item),
  ]);
}

/**
 * A check's message as the export writes it. A per-item rule's message is a template filled for the item it flags
 * (`Item {{item}}: {{value}} is more than…`); the one line of a rule that flagged nothing, or could not run, says that.
 */
export function checkMessage(check: ReportCheck, lang: Language): string {
  if (!/\{\{\s*\w+\s*\}\}/.test(check.message[lang])) return check.message[lang];
  return translate(lang, check.passed === null ? 'hmis.check.per_item_not_applicable' : 'hmis.check.per_item_passed');
}

export function checkRows(report: HmisReport): Cell[][] {
  const serial = (id: number) => report.rows.episodes[id]?.serial_no ?? `#${id}`;
  return report.checks.map((c) => {
    const records = [
      ...c.episode_ids.map(serial),
      ...c.baby_ids.map((id) => {
        const baby = report.rows.babies[id];
        return baby ? `${serial(baby.episode_id)} baby ${baby.baby_order}` : `baby #${id}`;
      }),
    ];
    return [
      c.rule_id,
      c.target,
      c.expression ?? c.details.map((d) => d.text).join('; '),
      c.passed === null ? 'not applicable' : c.passed ? 'passed' : 'failed',
      c.severity,
      checkMessage(c, 'en'),
      checkMessage(c, 'hi'),
      c.acknowledgement,
      records.join(', '),
    ];
  });
}

/** `HMIS_<facility-code>_<YYYY-MM>_<format>[ _DRAFT].<ext>` (docs/domain/hmis.md §4.1); safe as a file name everywhere. */
export function exportBaseName(report: HmisReport, status: ExportStatus): string {
  const code = report.header.hmis_facility_code.replace(/[^0-9A-Za-z-]+/g, '-').replace(/^-+|-+$/g, '') || 'facility';
  return `HMIS_${code}_${report.month}_${report.format.id}${status === 'draft' ? '_DRAFT' : ''}`;
}
