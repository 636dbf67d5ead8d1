import type { EntryChoices } from '../../../shared/contract/entry-choices';
import { isDevanagari, prefixKeys, textKey } from '../../../shared/romanize';
import { draftString, type Draft } from './draft';

/*
 * The register's earlier values offered while an admission is typed or a record's section corrected: the village,
 * ASHA and referring facility complete as the clerk types (Tab takes the completion), and a known village fills in
 * its block.
 */

const same = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * A completion of typed letters: the stored `value` (the register's spelling is what is filled in), and `from`,
 * where its offered part starts: after the typed letters when the value begins with them, 0 when it matched in
 * the other script (none of its letters were typed, so all of it is offered).
 */
export interface Completion {
  value: string;
  from: number;
}

/**
 * The first choice (most used first) that the typed text begins, ignoring case; failing that, the first choice in
 * the other script whose search key (the find box's romanization) the typed letters' key begins, so "बेल" offers
 * "Belwa" and "Bel" offers "बेलवा" (a whole name typed in the other script offers the register's spelling).
 * Null when none is.
 */
export function completionOf(choices: readonly string[], typed: string): Completion | null {
  const start = typed.toLocaleLowerCase();
  if (!start.trim()) return null;
  const literal = choices.find((c) => c.length > typed.length && c.toLocaleLowerCase().startsWith(start));
  if (literal) return { value: literal, from: typed.length };
  const keys = prefixKeys(typed);
  const devanagari = isDevanagari(typed);
  const romanized = romanizedOf(choices);
  const other = choices.findIndex((c, i) => isDevanagari(c) !== devanagari && keys.some((k) => romanized[i]!.startsWith(k)));
  return other >= 0 ? { value: choices[other]!, from: 0 } : null;
}

/** Each list's romanized forms, made once per list (the query cache keeps the same array): not per keystroke. */
const romanizedLists = new WeakMap<readonly string[], string[]>();
function romanizedOf(choices: readonly string[]): string[] {
  let keys = romanizedLists.get(choices);
  if (!keys) romanizedLists.set(choices, (keys = choices.map(textKey)));
  return keys;
}

/** The block of the village's latest record, when the register knows one. */
export function blockOfVillage(choices: EntryChoices | undefined, village: string): string | null {
  if (!choices || !village.trim()) return null;
  return choices.villages.find((v) => same(v.village, village))?.block ?? null;
}

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
  const block = draftString(draft.block);
  if (block.trim() && block !== (filled ?? saved)) return { draft, filled: null };
  const known = blockOfVillage(choices, draftString(draft.village_ward));
  return { draft: { ...draft, block: known ?? saved }, filled: known };
}
