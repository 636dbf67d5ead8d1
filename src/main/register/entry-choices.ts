import type { EntryChoices } from '../../shared/contract/entry-choices';
import type { DbHandle } from '../db/handle';

/** Most distinct values offered per field: a district's villages and facilities fit many times over. */
const MAX_CHOICES = 2000;

/*
 * Each query walks one partial index of non-voided records (schema/register.ts), never the table: about 10 ms
 * together on the 100,000-episode register (docs/benchmarks.md).
 */
const VILLAGES = `
  SELECT village_ward AS village, block, MAX(id) AS latest, COUNT(*) AS uses FROM episode INDEXED BY episode_village_idx
  WHERE voided_at IS NULL AND village_ward IS NOT NULL
  GROUP BY village_ward ORDER BY uses DESC, village LIMIT ${MAX_CHOICES}`;
const distinct = (column: string, index: string) => `
  SELECT ${column} FROM episode INDEXED BY ${index}
  WHERE voided_at IS NULL AND ${column} IS NOT NULL
  GROUP BY ${column} ORDER BY COUNT(*) DESC, ${column} LIMIT ${MAX_CHOICES}`;
const ASHA = distinct('asha_name', 'episode_asha_idx');
const REFERRED_FROM = distinct('referred_in_from_name', 'episode_referred_from_idx');

export function entryChoices(ctx: Pick<DbHandle, 'sqlite'>): EntryChoices {
  // With MAX(id), SQLite takes the bare `block` from the village's latest record.
  const villages = ctx.sqlite.prepare(VILLAGES).all() as { village: string; block: string | null }[];
  return {
    villages: villages.map(({ village, block }) => ({ village, block })),
    asha_names: ctx.sqlite.prepare(ASHA).pluck().all() as string[],
    referred_from: ctx.sqlite.prepare(REFERRED_FROM).pluck().all() as string[],
  };
}
