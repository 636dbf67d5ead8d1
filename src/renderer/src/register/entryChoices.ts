import { useMemo } from 'react';
import type { EntryChoices } from '../../../shared/contract/entry-choices';
import { useOp } from '../api/query';
import type { Draft } from './draft';

/*
 * The register's earlier values offered while an admission is typed: the village, ASHA and referring facility
 * complete as the clerk types (Tab takes the completion), and a known village fills in its block.
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

/**
 * The draft after the village changed: the block follows the village while it is empty or still holds what a
 * village filled in, never over a block the clerk typed. `filled` is the block filled in before (or null).
 */
export function withVillageBlock(
  draft: Draft,
  choices: EntryChoices | undefined,
  filled: string | null,
): { draft: Draft; filled: string | null } {
  const village = typeof draft.village_ward === 'string' ? draft.village_ward : '';
  const block = typeof draft.block === 'string' ? draft.block : '';
  if (block.trim() && (filled === null || block !== filled)) return { draft, filled: null };
  const known = blockOfVillage(choices, village);
  return { draft: { ...draft, block: known ?? '' }, filled: known };
}

/** Completion lists per field name, for `FieldsGrid`'s `completions`. */
export function useEntryChoices() {
  const { data } = useOp('getEntryChoices', {}, { staleTime: 60_000 });
  const completions = useMemo(
    () => ({
      village_ward: data?.villages.map((v) => v.village) ?? [],
      asha_name: data?.asha_names ?? [],
      referred_in_from_name: data?.referred_from ?? [],
    }),
    [data],
  );
  return { choices: data, completions };
}
