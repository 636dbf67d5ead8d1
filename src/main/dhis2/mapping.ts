import { and, eq } from 'drizzle-orm';
import type { MappingRow, StoredMappingRow } from '../../shared/dhis2';
import type { ReportItemValue } from '../../shared/report-values';
import { writeAudit, type AuditEntry } from '../audit';
import type { DbHandle } from '../db/handle';
import { dhis2Mapping } from '../db/schema';
import type { DbOrTx } from '../db/open';
import type { Session } from '../session';
import type { DataSetInfo } from './metadata';

type Source = StoredMappingRow['source'];

export function readMapping(ctx: Pick<DbHandle, 'db'>, formatId: string): StoredMappingRow[] {
  return ctx.db
    .select()
    .from(dhis2Mapping)
    .where(eq(dhis2Mapping.format_id, formatId))
    .all()
    .map(({ format_id: _f, updated_by: _u, ...row }) => row)
    .sort((a, b) => a.item_no.localeCompare(b.item_no, 'en', { numeric: true }));
}

const FIELDS: (keyof MappingRow)[] = [
  'excluded',
  'data_element',
  'data_element_code',
  'data_element_name',
  'category_option_combo',
  'category_option_combo_code',
  'category_option_combo_name',
];

/** Upserts rows in the caller's transaction, auditing each changed field. */
function upsertRows(tx: DbOrTx, session: Session, at: Date, formatId: string, rows: MappingRow[], source: Source): void {
  const entries: AuditEntry[] = [];
  for (const row of rows) {
    const before = tx
      .select()
      .from(dhis2Mapping)
      .where(and(eq(dhis2Mapping.format_id, formatId), eq(dhis2Mapping.item_no, row.item_no)))
      .get();
    const changed = FIELDS.filter((f) => !before || before[f] !== row[f]);
    if (before && changed.length === 0) continue;
    for (const field of changed) {
      entries.push({
        entity: 'dhis2_mapping',
        entityId: `${formatId}/${row.item_no}`,
        action: before ? 'update' : 'create',
        field,
        oldValue: before ? before[field] : undefined,
        newValue: row[field],
        reason: source,
      });
    }
    const values = { ...row, format_id: formatId, source, updated_at: at.toISOString(), updated_by: session.userId };
    tx.insert(dhis2Mapping)
      .values(values)
      .onConflictDoUpdate({ target: [dhis2Mapping.format_id, dhis2Mapping.item_no], set: values })
      .run();
  }
  writeAudit(tx, session, at, entries);
}

export function saveMappingRows(
  ctx: Pick<DbHandle, 'db' | 'clock'>,
  session: Session,
  formatId: string,
  rows: MappingRow[],
  source: Source,
): void {
  ctx.db.transaction((tx) => upsertRows(tx, session, ctx.clock(), formatId, rows, source));
}

/** Lowercase letters and digits only: `LR_LIVE_BIRTH`, `Live Birth - Male` and `live birth male` compare equal. */
const norm = (s: string | undefined): string => (s ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');

/** A name that starts with the item number (`4.1.1.a Live Birth - Male`, `M4.1.1.a …`) names that item. */
function nameStartsWithItem(name: string, itemNo: string): boolean {
  const escaped = itemNo.replace(/\./g, '\\.');
  return new RegExp(`^\\s*(M\\s*)?${escaped}(?![0-9A-Za-z.])`, 'i').test(name);
}

interface Candidate {
  row: MappingRow;
}

function candidatesFor(item: Omit<ReportItemValue, 'value'>, dataSet: DataSetInfo): Candidate[] {
  const found = new Map<string, Candidate>();
  const add = (de: DataSetInfo['elements'][number], coc: DataSetInfo['elements'][number]['category_option_combos'][number]) => {
    found.set(`${de.id}/${coc.id}`, {
      row: {
        item_no: item.item_no,
        excluded: false,
        data_element: de.id,
        data_element_code: de.code,
        data_element_name: de.name,
        category_option_combo: coc.id,
        category_option_combo_code: coc.code,
        category_option_combo_name: coc.name,
      },
    });
  };
  const keys = [norm(item.item_key), norm(item.item_no), norm(`hmis ${item.item_no}`)].filter(Boolean);
  const wording = norm(item.wording);
  for (const de of dataSet.elements) {
    const single = de.category_option_combos.length === 1 ? de.category_option_combos[0] : undefined;
    for (const coc of de.category_option_combos) {
      const codes = [norm(`${de.code} ${coc.code}`)];
      const names = [norm(`${de.name} ${coc.name}`)];
      if (coc === single) {
        codes.push(norm(de.code));
        names.push(norm(de.name));
      }
      const byCode = codes.some((c) => c !== '' && keys.includes(c));
      const byName = wording !== '' && names.some((n) => n === wording || n.endsWith(wording));
      const byNumber = coc === single && nameStartsWithItem(de.name, item.item_no);
      if (byCode || byName || byNumber) add(de, coc);
    }
  }
  return [...found.values()];
}

/**
 * Proposes a mapping for items that have none yet, by code (element code = item key or number, or element +
 * combo code) or by name (element [+ combo] name = wording, or the name starts with the item number). Only a
 * single unambiguous match is taken; decisions already stored (manual, CSV, earlier matches) are kept.
 */
export function autoMatch(
  items: Omit<ReportItemValue, 'value'>[],
  existing: StoredMappingRow[],
  dataSet: DataSetInfo,
): { rows: MappingRow[]; matched: string[]; unmatched: string[] } {
  const decided = new Set(existing.map((r) => r.item_no));
  const rows: MappingRow[] = [];
  const unmatched: string[] = [];
  for (const item of items) {
    if (decided.has(item.item_no)) continue;
    const candidates = candidatesFor(item, dataSet);
    if (candidates.length === 1) rows.push(candidates[0]!.row);
    else unmatched.push(item.item_no);
  }
  return { rows, matched: rows.map((r) => r.item_no), unmatched };
}
