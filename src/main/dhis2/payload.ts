import type { IdScheme, MappingRow } from '../../shared/dhis2';
import type { MonthlyReportValues } from '../../shared/report-values';
import type { DataSetInfo } from './metadata';

/** One value we send, with what it was computed for, so the server's `indexes` lead back to our item. */
export interface PayloadRow {
  item_no: string;
  data_element: { id: string; code: string };
  category_option_combo: { id: string; code: string };
  value: string;
}

export interface ResolvedReport {
  rows: PayloadRow[];
  /** Items with a value and no decision. */
  unmapped: string[];
  /** Items whose mapped element/combo is no longer in the data set, or lacks the code the scheme needs. */
  stale: string[];
  excluded: string[];
  blank: string[];
}

/** `2026-10` → `202610` (DHIS2 monthly ISO period). */
export const dhis2Period = (month: string): string => month.replace('-', '');
/** `2026-10` → `2026-10-01/P1M` (ADX period). */
export const adxPeriod = (month: string): string => `${month}-01/P1M`;

/** Which items can be sent, and how. Without metadata only the mapping decisions are checked. */
export function resolveReport(
  report: MonthlyReportValues,
  mapping: readonly MappingRow[],
  dataSet: DataSetInfo | null,
  idScheme: IdScheme,
): ResolvedReport {
  const byItem = new Map(mapping.map((row) => [row.item_no, row]));
  const result: ResolvedReport = { rows: [], unmapped: [], stale: [], excluded: [], blank: [] };
  for (const item of report.items) {
    const row = byItem.get(item.item_no);
    if (row?.excluded) {
      result.excluded.push(item.item_no);
      continue;
    }
    if (item.value === null) {
      result.blank.push(item.item_no);
      continue;
    }
    if (!row) {
      result.unmapped.push(item.item_no);
      continue;
    }
    if (!dataSet) continue;
    const de = dataSet.elements.find((e) => e.id === row.data_element);
    const cocs = de?.category_option_combos ?? [];
    // A blank combo means the element's only (default) combo; never a hard-coded default UID.
    const coc = row.category_option_combo
      ? cocs.find((c) => c.id === row.category_option_combo)
      : cocs.length === 1
        ? cocs[0]
        : undefined;
    if (!de || !coc || (idScheme === 'CODE' && (!de.code || !coc.code))) {
      result.stale.push(item.item_no);
      continue;
    }
    result.rows.push({
      item_no: item.item_no,
      data_element: { id: de.id, code: de.code },
      category_option_combo: { id: coc.id, code: coc.code },
      value: String(item.value),
    });
  }
  return result;
}

export interface GroupHeader {
  dataSet: { id: string; code: string };
  orgUnit: { id: string; code: string };
  /** UID or '' for the default. */
  attributeOptionCombo: string;
  month: string;
}

const pick = (ref: { id: string; code: string }, scheme: IdScheme) => (scheme === 'CODE' ? ref.code : ref.id);

/**
 * The query string naming our id schemes. Docs and javadoc disagree on precedence between the general and the
 * specific schemes (docs/domain/dhis2.md §1.2), so UID sends only `idScheme` and CODE sends every specific scheme. The
 * attribute option combo is known by UID only, so it stays UID. ADX defaults differ (CODE), hence always explicit.
 */
export function idSchemeParams(scheme: IdScheme, adx: boolean): string {
  if (scheme === 'UID' && !adx) return 'idScheme=UID';
  const params = [
    `dataElementIdScheme=${scheme}`,
    `orgUnitIdScheme=${scheme}`,
    `categoryOptionComboIdScheme=${scheme}`,
    `dataSetIdScheme=${scheme}`,
    'attributeOptionComboIdScheme=UID',
  ];
  if (adx) params.push(`categoryIdScheme=${scheme}`, `categoryOptionIdScheme=${scheme}`);
  return params.join('&');
}

/** The JSON dataValueSet (docs/domain/dhis2.md §1). `completeDate` is never sent: completion is a separate request (§5). */
export function dataValueSetJson(header: GroupHeader, rows: readonly PayloadRow[], scheme: IdScheme): string {
  return JSON.stringify({
    dataSet: pick(header.dataSet, scheme),
    period: dhis2Period(header.month),
    orgUnit: pick(header.orgUnit, scheme),
    ...(header.attributeOptionCombo ? { attributeOptionCombo: header.attributeOptionCombo } : {}),
    dataValues: rows.map((row) => ({
      dataElement: pick(row.data_element, scheme),
      categoryOptionCombo: pick(row.category_option_combo, scheme),
      value: row.value,
    })),
  });
}
