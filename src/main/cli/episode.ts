import { AppError } from '../../shared/errors';
import { westernDigits } from '../../shared/time';
import type { DbHandle } from '../db/handle';

/**
 * The record a clerk names on the command line: the register serial number she sees on every screen and slip
 * (`2026/0154`), or the internal id. Unknown → "no record 2026/0154".
 */
export function resolveEpisodeRef(ctx: Pick<DbHandle, 'sqlite'>, text: string): number {
  const ref = westernDigits(text.trim());
  const row = /^\d+$/.test(ref)
    ? ctx.sqlite.prepare('SELECT id FROM episode WHERE id = ?').get(Number(ref))
    : // A voided record keeps its serial number; a live record with the same number comes first.
      ctx.sqlite.prepare('SELECT id FROM episode WHERE serial_no = ? ORDER BY voided_at IS NOT NULL, id DESC LIMIT 1').get(ref);
  if (!row) throw new AppError('not_found', { message: 'cli.no_record', params: { ref: text.trim() } });
  return (row as { id: number }).id;
}
