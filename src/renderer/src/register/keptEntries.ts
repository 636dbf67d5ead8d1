import { useState } from 'react';
import type { DraftForm, SavedDraft } from '../../../shared/contract/drafts';
import { useChangeReason, type ChangeReason } from '../components/formFlow';
import { rebaseDraft, type Draft } from './draft';
import { draftGroup, draftText, useDraftKeeper, type DraftKeeper } from './keepDraft';

export interface KeptEntries {
  draft: Draft;
  setDraft: (update: (d: Draft) => Draft) => void;
  reason: ChangeReason;
  keeper: DraftKeeper;
}

/**
 * The entries of a one-group form (a record's section, the referral decision, its feedback) and their reason, kept as
 * the draft `form`: restored from `saved`, else `initial()`. With `base` (the record's values when the form opened) the
 * draft keeps it too, and a restored draft is laid over the record as it is now (`rebaseDraft`).
 */
export function useKeptEntries(
  form: DraftForm,
  version: number | null,
  saved: SavedDraft | null,
  initial: () => Draft,
  base?: Draft,
): KeptEntries {
  const [draft, setDraft] = useState<Draft>(() => {
    const kept = draftGroup(saved, 'fields');
    if (!kept) return initial();
    return base ? rebaseDraft(kept, draftGroup(saved, 'base'), base) : kept;
  });
  const reason = useChangeReason(draftText(saved, 'reason') ?? '');
  const data = { fields: draft, ...(base ? { base } : {}), reason: reason.value };
  const keeper = useDraftKeeper(form, version, data, saved !== null);
  return { draft, setDraft, reason, keeper };
}
