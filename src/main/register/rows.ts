import type Database from 'better-sqlite3';
import {
  babyShape,
  episodeFieldsShape,
  referralShape,
  type BabyRecord,
  type EpisodeFields,
  type EpisodeRecord,
  type ReferralRecord,
} from '../../shared/register/schema';
import { kindsOf, type ColumnKind } from '../db/schema/columns';
import { statement } from '../db/statements';

/*
 * Rows ↔ records. The register's tables have one column per field of the shared zod shapes, so conversion is
 * driven by the shapes: booleans are 0/1, lists and objects JSON text, the rest as stored.
 */

export const EPISODE_KINDS = kindsOf(episodeFieldsShape);
export const BABY_KINDS = kindsOf(babyShape);
export const REFERRAL_KINDS = kindsOf(referralShape);

type Row = Record<string, unknown>;

function fromColumn(kind: ColumnKind, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (kind === 'boolean') return value === 1 || value === true;
  if (kind === 'json') return JSON.parse(String(value));
  return value;
}

export function toColumn(kind: ColumnKind, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (kind === 'boolean') return value ? 1 : 0;
  if (kind === 'json') return JSON.stringify(value);
  return value;
}

export function fieldsFromRow<T>(row: Row, kinds: Record<string, ColumnKind>): T {
  const out: Row = {};
  for (const [name, kind] of Object.entries(kinds)) out[name] = fromColumn(kind, row[name]);
  return out as T;
}

export function columnsFromFields(fields: Row, kinds: Record<string, ColumnKind>): Row {
  const out: Row = {};
  for (const [name, value] of Object.entries(fields)) {
    const kind = kinds[name];
    if (kind) out[name] = toColumn(kind, value);
  }
  return out;
}

export interface EpisodeRow extends Row {
  id: number;
  uid: string;
  serial_no: string;
  record_state: 'admitted' | 'delivered' | 'closed';
  state_before_close: string | null;
  voided_at: string | null;
  voided_by: string | null;
  void_reason_code: string | null;
  void_reason_text: string | null;
  version: number;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
}

export function babyFromRow(row: Row): BabyRecord {
  return { id: row.id as number, ...fieldsFromRow<Omit<BabyRecord, 'id'>>(row, BABY_KINDS) };
}

export function referralFromRow(row: Row): ReferralRecord {
  return {
    id: row.id as number,
    slip_no: row.slip_no as string,
    ...fieldsFromRow<Omit<ReferralRecord, 'id' | 'slip_no'>>(row, REFERRAL_KINDS),
  };
}

export function episodeFromRow(row: EpisodeRow, babies: BabyRecord[], referrals: ReferralRecord[]): EpisodeRecord {
  return {
    id: row.id,
    uid: row.uid,
    serial_no: row.serial_no,
    record_state: row.record_state,
    void: row.voided_at
      ? {
          reason_code: row.void_reason_code as NonNullable<EpisodeRecord['void']>['reason_code'],
          reason_text: row.void_reason_text,
          at: row.voided_at,
          by: row.voided_by ?? '',
        }
      : null,
    version: row.version,
    created_at: row.created_at,
    created_by: row.created_by,
    updated_at: row.updated_at,
    updated_by: row.updated_by,
    ...fieldsFromRow<EpisodeFields>(row, EPISODE_KINDS),
    babies,
    referrals,
  };
}

/** Loads whole records (episode + live babies + referrals) for a list of ids, in that order. */
export function loadRecords(sqlite: Database.Database, ids: number[]): EpisodeRecord[] {
  if (ids.length === 0) return [];
  const list = JSON.stringify(ids);
  const rows = statement(sqlite, 'SELECT * FROM episode WHERE id IN (SELECT value FROM json_each(?))').all(list) as EpisodeRow[];
  const babies = sqlite
    .prepare('SELECT * FROM baby WHERE removed_at IS NULL AND episode_id IN (SELECT value FROM json_each(?)) ORDER BY baby_order')
    .all(list) as Row[];
  const referrals = sqlite
    .prepare('SELECT * FROM referral WHERE episode_id IN (SELECT value FROM json_each(?)) ORDER BY id')
    .all(list) as Row[];
  const byEpisode = <T>(items: Row[], convert: (r: Row) => T) => {
    const map = new Map<number, T[]>();
    for (const item of items) {
      const key = item.episode_id as number;
      map.set(key, [...(map.get(key) ?? []), convert(item)]);
    }
    return map;
  };
  const babyMap = byEpisode(babies, babyFromRow);
  const referralMap = byEpisode(referrals, referralFromRow);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [episodeFromRow(row, babyMap.get(id) ?? [], referralMap.get(id) ?? [])] : [];
  });
}
