import type { ConflictKind, ExplainedConflict } from '../../shared/dhis2';
import type { PayloadRow } from './payload';
import type { RawConflict } from './server-responses';

/** docs/domain/dhis2.md §4.1: error codes of ≤ 2.42 (E76xx) and 2.43+ (E80xx/E81xx) by what the clerk should do. */
const KIND_BY_CODE: Record<string, ConflictKind> = {
  E7610: 'mapping',
  E7613: 'mapping',
  E7633: 'mapping',
  E7634: 'mapping',
  E8103: 'mapping',
  E8109: 'mapping',
  E8020: 'mapping',
  E8024: 'mapping',
  E7612: 'org_unit',
  E7617: 'org_unit',
  E7636: 'org_unit',
  E7603: 'org_unit',
  E8107: 'org_unit',
  E8022: 'org_unit',
  E7611: 'period_invalid',
  E7632: 'period_invalid',
  E8021: 'period_invalid',
  E7619: 'value_invalid',
  E7621: 'value_invalid',
  E8122: 'value_invalid',
  E8123: 'value_invalid',
  E7618: 'value_missing',
  E8120: 'value_missing',
  E8121: 'value_missing',
  E7601: 'no_write_access',
  E8010: 'no_write_access',
  E8011: 'no_write_access',
  E7640: 'period_locked',
  // 2.43 uses E8030 for every "untimely" case (expired, future, not open): the locked wording covers all three.
  E8030: 'period_locked',
  E7641: 'period_future',
  E7643: 'period_not_open',
  E7644: 'period_not_open',
  E7642: 'approved',
  E8033: 'approved',
  E8128: 'duplicate',
  E7600: 'data_set',
  E7604: 'attribute_option_combo',
};

export const conflictKind = (code: string | undefined): ConflictKind => (code ? (KIND_BY_CODE[code] ?? 'unknown') : 'unknown');

/** Identifiers a conflict names (`object` on ≤ 2.42, `objects` values on 2.37+), to find our rows without codes. */
function namedIdentifiers(conflict: RawConflict): string[] {
  const ids: string[] = [];
  if (conflict.object) ids.push(conflict.object);
  for (const value of Object.values(conflict.objects ?? {})) if (typeof value === 'string') ids.push(value);
  return ids;
}

/**
 * Each conflict with the items it concerns: by `indexes` (positions in our dataValues; −1 = the whole import),
 * else by the element or combo it names (2.36 sends neither code nor index). The server's text is carried
 * along for display but never parsed.
 */
export function explainConflicts(conflicts: readonly RawConflict[], rows: readonly PayloadRow[]): ExplainedConflict[] {
  return conflicts.map((conflict) => {
    let matched: PayloadRow[];
    if (conflict.indexes && conflict.indexes.length > 0) {
      matched = conflict.indexes.flatMap((i) => (i >= 0 && rows[i] ? [rows[i]] : []));
    } else {
      const ids = new Set(namedIdentifiers(conflict));
      matched = rows.filter(
        (row) =>
          ids.has(row.data_element.id) ||
          ids.has(row.category_option_combo.id) ||
          (row.data_element.code !== '' && ids.has(row.data_element.code)) ||
          (row.category_option_combo.code !== '' && ids.has(row.category_option_combo.code)),
      );
      // A name shared by every row (the data set, the period) concerns the whole report.
      if (matched.length === rows.length) matched = [];
    }
    const unique = [...new Map(matched.map((row) => [row.item_no, row])).values()];
    return {
      kind: conflictKind(conflict.errorCode),
      error_code: conflict.errorCode ?? null,
      item_nos: unique.map((row) => row.item_no),
      values: unique.map((row) => row.value),
      server_message: conflict.value.slice(0, 500),
    };
  });
}
