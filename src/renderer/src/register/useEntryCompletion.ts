import { useMemo, useState } from 'react';
import { useOp } from '../api/query';
import { useI18n } from '../i18n/I18n';
import { draftString, type Draft } from './draft';
import { withVillageBlock } from './entryChoices';

/* The register's completions (entryChoices.ts) wired into a form: its lists, the block a village fills in, its hint. */

/** The fields that complete from the register's earlier values. */
const COMPLETED_FIELDS = ['village_ward', 'asha_name', 'referred_in_from_name'] as const;

/** Completion lists per field name, for `FieldsGrid`'s `completions`; asked for only by a form that has such a field. */
function useEntryChoices(enabled: boolean) {
  const { data } = useOp('getEntryChoices', {}, { staleTime: 60_000, enabled });
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

/**
 * The register's completions on a form of episode fields (admission, a record's section): `completions` and
 * `hints(draft)` for FieldsGrid, and `follow` for every change (a known village fills in its block). `savedBlock`:
 * the block the form started with, which a village the register knows may replace (a correction still asks why).
 * `names`: the form's fields (a record's section); the lists are read only when one of them completes.
 */
export function useEntryCompletion(savedBlock = '', names: readonly string[] = COMPLETED_FIELDS) {
  const { t } = useI18n();
  const { choices, completions } = useEntryChoices(names.some((n) => (COMPLETED_FIELDS as readonly string[]).includes(n)));
  /** The block the village filled in, while the clerk has not changed it. */
  const [filledBlock, setFilledBlock] = useState<string | null>(null);
  /** The draft after `name` changed (`next` holds the new value). */
  const follow = (next: Draft, name: string): Draft => {
    if (name === 'block') setFilledBlock(null);
    if (name !== 'village_ward') return next;
    const followed = withVillageBlock(next, choices, filledBlock, savedBlock);
    setFilledBlock(followed.filled);
    return followed.draft;
  };
  const hints = (draft: Draft) =>
    filledBlock !== null && draft.block === filledBlock
      ? { block: t('entry.block_from_village', { village: draftString(draft.village_ward) }) }
      : {};
  return { completions, follow, hints };
}
