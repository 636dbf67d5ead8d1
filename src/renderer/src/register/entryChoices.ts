import type { EntryChoices } from '../../../shared/contract/entry-choices';
import type { Draft } from './draft';

/*
 * The register's earlier values offered while an admission is typed or a record's section corrected: the village,
 * ASHA and referring facility complete as the clerk types (Tab takes the completion), and a known village fills in
 * its block.
 */

const same = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** The first choice (most used first) that the typed text begins, ignoring case; null when none is longer. */
export function completionOf(choices: readonly string[], typed: string): string | null {
  const start = typed.toLocaleLowerCase();
  if (!start.trim()) return null;
  return choices.find((c) => c.length > typed.length && c.toLocaleLowerCase().startsWith(start)) ?? null;
}

/** The block of the village's latest record, when the register knows one. */
export function blockOfVillage(choices: EntryChoices | undefined, village: string): string | null {
  if (!choices || !village.trim()) return null;
  return choices.villages.find((v) => same(v.village, village))?.block ?? null;
}

export const textOf = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * The draft after the village changed: the block follows the village while it still holds what the form started
 * with (`saved`: empty on an admission, the record's block in its editor) or what a village filled in, never over
 * a block the clerk typed; a village the register does not know leaves the starting block. `filled` is the block
 * filled in before (or null).
 */
export function withVillageBlock(
  draft: Draft,
  choices: EntryChoices | undefined,
  filled: string | null,
  saved = '',
): { draft: Draft; filled: string | null } {
  const block = textOf(draft.block);
  if (block.trim() && block !== (filled ?? saved)) return { draft, filled: null };
  const known = blockOfVillage(choices, textOf(draft.village_ward));
  return { draft: { ...draft, block: known ?? saved }, filled: known };
}
