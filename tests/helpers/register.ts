import type { AppContext } from '../../src/main/context';
import { insertEpisode } from '../../src/main/register/store';
import { BABY_FIELDS, type BabyFields, type EpisodeFields, type ReferralFields } from '../../src/shared/register/schema';

/*
 * Hand-built registers for report tests: records written through the register's own store (`insertEpisode`, the
 * same code the service and the importer use), with every field a test does not mention left empty.
 */

export type EpisodeDraft = Partial<EpisodeFields> & { record_state?: 'admitted' | 'delivered' | 'closed' };
export type BabyDraft = Partial<BabyFields> & { removed?: boolean };

export const emptyBaby = (): BabyFields => Object.fromEntries(BABY_FIELDS.map((f) => [f, null])) as unknown as BabyFields;

let serial = 0;

/** Inserts one record; returns its id and its babies' ids in baby order (removed ones included). */
export function addRecord(
  ctx: AppContext,
  fields: EpisodeDraft,
  babies: BabyDraft[] = [],
  options: { voided?: boolean; referrals?: (Partial<ReferralFields> & { slip_no: string })[] } = {},
): { id: number; babyIds: number[] } {
  serial += 1;
  const { record_state, ...rest } = fields;
  const state = record_state ?? (rest.outcome ? 'closed' : rest.delivery_at ? 'delivered' : 'admitted');
  const stamp = rest.admission_at ?? '2026-01-01T00:00:00+05:30';
  const id = insertEpisode(ctx, {
    uid: `test-${serial}`,
    serial: { period: 'T', seq: serial, serialNo: `T/${String(serial).padStart(4, '0')}` },
    record_state: state,
    void: options.voided ? { at: stamp, by: 'test', reason_code: 'duplicate', reason_text: null } : null,
    version: 1,
    created_at: stamp,
    created_by: 'test',
    updated_at: stamp,
    updated_by: 'test',
    fields: rest,
    babies: babies.map((b, i) => {
      const { removed: _removed, ...baby } = b;
      return { ...emptyBaby(), baby_order: i + 1, born_at: rest.delivery_at ?? null, ...baby };
    }),
    referrals: options.referrals ?? [],
  });
  const babyIds = ctx.sqlite.prepare('SELECT id FROM baby WHERE episode_id = ? ORDER BY baby_order').pluck().all(id) as number[];
  babies.forEach((b, i) => {
    // A baby entered in error is removed (never deleted), as the register service does it.
    if (b.removed) ctx.sqlite.prepare('UPDATE baby SET removed_at = ? WHERE id = ?').run(stamp, babyIds[i]);
  });
  return { id, babyIds };
}
