import { useState, type FormEvent } from 'react';
import type { z } from 'zod';
import type { OpInput, OpOutput } from '../../../shared/contract';
import type { FieldIssue } from '../../../shared/errors';
import { toFieldIssues } from '../../../shared/validation';
import { useOp, useOpMutation, type ReadOpName, type WriteOpName } from '../api/query';
import type { SaveStatus } from './SaveActions';

/**
 * A settings section over one read and one write of the contract: the stored value (`useOp(read, {})`), the
 * admin's edits as a draft over it, checked with the section's zod schema before sending and with the service's
 * field issues after. A save refreshes the read (and `invalidates`); the form then shows what was stored.
 */
export function useSettingsForm<R extends ReadOpName, W extends WriteOpName>(
  read: R,
  write: W,
  schema: z.ZodType<OpOutput<R>>,
  options: { invalidates?: readonly ReadOpName[]; onSaved?: (stored: OpOutput<W>) => void } = {},
) {
  const stored = useOp(read, {} as OpInput<R>);
  const [draft, setDraft] = useState<OpOutput<R> | null>(null);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const save = useOpMutation(write, {
    invalidates: [read, ...(options.invalidates ?? [])],
    onSuccess: (next) => {
      setDraft(null);
      setIssues([]);
      options.onSaved?.(next);
    },
    onError: (e) => setIssues(e.issues ?? []),
  });
  const value = draft ?? stored.data ?? null;
  const status: SaveStatus = save.isPending ? 'saving' : save.isSuccess && !draft ? 'saved' : 'idle';
  return {
    /** The draft, or what is stored; null while loading. */
    value,
    set: (next: OpOutput<R>) => {
      setDraft(next);
      if (!save.isPending) save.reset();
    },
    issues,
    /** Issues found before anything is sent (a file too big to attach). */
    setIssues,
    /** A failed load, or a refusal that is not about a field. */
    error: stored.error ?? (save.error?.issues ? null : save.error),
    status,
    onSubmit: (event: FormEvent) => {
      event.preventDefault();
      const parsed = schema.safeParse(value);
      if (!parsed.success) return setIssues(toFieldIssues(parsed.error));
      setIssues([]);
      // Only what was changed here (every write takes any part of its section): a change made meanwhile elsewhere,
      // such as the header's language switch, is not put back.
      const before = (stored.data ?? {}) as Record<string, unknown>;
      const changed = Object.entries(parsed.data as Record<string, unknown>).filter(
        ([key, v]) => JSON.stringify(before[key]) !== JSON.stringify(v),
      );
      save.mutate(Object.fromEntries(changed) as OpInput<W>);
    },
  };
}
