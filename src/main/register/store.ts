import type { BabyFields, EpisodeFields, ReferralFields } from '../../shared/register/schema';
import type { DbHandle } from '../db/handle';
import { statement } from '../db/statements';
import { BABY_KINDS, columnsFromFields, EPISODE_KINDS, REFERRAL_KINDS } from './rows';

/** Low-level writes of the register's tables; callers validate, audit and run them inside a transaction. */
export type RegisterTable = 'episode' | 'baby' | 'referral' | 'referral_feedback';

export function updateRow(
  ctx: Pick<DbHandle, 'sqlite'>,
  table: RegisterTable,
  id: number,
  columns: Record<string, unknown>,
): void {
  const names = Object.keys(columns);
  if (names.length === 0) return;
  const sets = names.map((n) => `"${n}" = @${n}`).join(', ');
  statement(ctx.sqlite, `UPDATE ${table} SET ${sets} WHERE id = @__id`).run({ ...columns, __id: id });
}

export function insertRow(ctx: Pick<DbHandle, 'sqlite'>, table: RegisterTable, columns: Record<string, unknown>): number {
  const names = Object.keys(columns);
  const sql = `INSERT INTO ${table} (${names.map((n) => `"${n}"`).join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`;
  return Number(statement(ctx.sqlite, sql).run(columns).lastInsertRowid);
}

export interface NewEpisode {
  uid: string;
  serial: { period: string; seq: number; serialNo: string };
  record_state: 'admitted' | 'delivered' | 'closed';
  state_before_close?: string | null;
  void?: { at: string; by: string; reason_code: string; reason_text: string | null } | null;
  version: number;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
  import_key?: string | null;
  fields: Partial<EpisodeFields>;
  babies: BabyFields[];
  referrals: (Partial<ReferralFields> & { slip_no: string })[];
}

/** Inserts an episode with its babies and referrals; returns its id. */
export function insertEpisode(ctx: Pick<DbHandle, 'sqlite'>, ep: NewEpisode): number {
  const id = insertRow(ctx, 'episode', {
    uid: ep.uid,
    serial_period: ep.serial.period,
    serial_seq: ep.serial.seq,
    serial_no: ep.serial.serialNo,
    record_state: ep.record_state,
    state_before_close: ep.state_before_close ?? null,
    voided_at: ep.void?.at ?? null,
    voided_by: ep.void?.by ?? null,
    void_reason_code: ep.void?.reason_code ?? null,
    void_reason_text: ep.void?.reason_text ?? null,
    version: ep.version,
    created_at: ep.created_at,
    created_by: ep.created_by,
    updated_at: ep.updated_at,
    updated_by: ep.updated_by,
    import_key: ep.import_key ?? null,
    ...columnsFromFields(ep.fields, EPISODE_KINDS),
  });
  for (const baby of ep.babies) insertRow(ctx, 'baby', { episode_id: id, ...columnsFromFields(baby, BABY_KINDS) });
  for (const { slip_no, ...referral } of ep.referrals) {
    insertRow(ctx, 'referral', { episode_id: id, slip_no, ...columnsFromFields(referral, REFERRAL_KINDS) });
  }
  return id;
}
