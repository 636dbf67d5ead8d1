import type { IdScheme } from '../../shared/dhis2';
import { adxPeriod, type GroupHeader, type PayloadRow } from './payload';

export const ADX_NAMESPACE = 'urn:ihe:qrph:adx:2015';
export const ADX_CONTENT_TYPE = 'application/adx+xml';

/** Characters XML 1.0 cannot carry at all (attribute values are otherwise escaped). */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function xmlAttr(value: string): string {
  return value
    .replace(FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

/** `2026-11-03T10:15:00Z`: xs:dateTime without milliseconds. */
const exportedStamp = (at: Date): string => at.toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * One ADX document, one group (docs/domain/dhis2.md §3). Disaggregation is the explicit `categoryOptionCombo` attribute (it
 * takes precedence over category attributes, and needs no category codes); `exported` is always present because
 * the IHE schema requires it; `completeDate` is never put on the group (2.43 may read it as a category).
 */
export function adxDocument(header: GroupHeader, rows: readonly PayloadRow[], scheme: IdScheme, exported: Date): string {
  if (rows.length === 0) throw new Error('an ADX group needs at least one value');
  const pick = (ref: { id: string; code: string }) => xmlAttr(scheme === 'CODE' ? ref.code : ref.id);
  const aoc = header.attributeOptionCombo ? ` attributeOptionCombo="${xmlAttr(header.attributeOptionCombo)}"` : '';
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<adx xmlns="${ADX_NAMESPACE}" exported="${exportedStamp(exported)}">`,
    `  <group dataSet="${pick(header.dataSet)}" orgUnit="${pick(header.orgUnit)}" period="${adxPeriod(header.month)}"${aoc}>`,
    ...rows.map(
      (row) =>
        `    <dataValue dataElement="${pick(row.data_element)}" categoryOptionCombo="${pick(row.category_option_combo)}" value="${xmlAttr(row.value)}"/>`,
    ),
    '  </group>',
    '</adx>',
    '',
  ];
  return lines.join('\n');
}
