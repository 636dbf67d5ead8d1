import { useState, type FormEvent } from 'react';
import type { z } from 'zod';
import type { OpInput, OpOutput } from '../../../shared/contract';
import type { FieldIssue } from '../../../shared/errors';
import { toFieldIssues } from '../../../shared/validation';
import { useOp, useOpMutation, type ReadOpName, type WriteOpName } from '../api/query';
import type { SaveStatus } from './SaveActions';

type Edits = Record<string, unknown>;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A settings section over one read and one write of the contract: the stored value (`useOp(read, {})`) with the
 * admin's edits over it (only the keys changed here, so a change made meanwhile elsewhere — the header's language
 * switch — shows and is not put back), checked with the section's zod schema before sending and with the
 * service's field issues after. Every write takes any part of its section: only the edits are sent. A save
 * refreshes the read (and `invalidates`); the form then shows what was stored.
 */
export function useSettingsForm<R extends ReadOpName, W extends WriteOpName>(
  read: R,
  write: W,
  schema: z.ZodType<OpOutput<R>>,
  options: { invalidates?: readonly ReadOpName[]; onSaved?: (stored: OpOutput<W>) => void } = {},
) {
  const stored = useOp(read, {} as OpInput<R>);
  const [edits, setEdits] = useState<Edits>({});
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const save = useOpMutation(write, {
    invalidates: [read, ...(options.invalidates ?? [])],
    onSuccess: (next) => {
      setEdits({});
      setIssues([]);
      options.onSaved?.(next);
    },
    onError: (e) => setIssues(e.issues ?? []),
  });
  const before = (stored.data ?? {}) as Edits;
  const value = stored.data ? ({ ...stored.data, ...edits } as OpOutput<R>) : null;
  const edited = Object.keys(edits).length > 0;
  const status: SaveStatus = save.isPending ? 'saving' : save.isSuccess && !edited ? 'saved' : 'idle';
  return {
    /** What is stored with the edits over it; null while loading. */
    value,
    set: (next: OpOutput<R>) => {
      setEdits(Object.fromEntries(Object.entries(next as Edits).filter(([key, v]) => !same(before[key], v))));
      if (!save.isPending) save.reset();
    },
    issues,
    /** Issues found before anything is sent (a file too big to attach). */
    setIssues,
    /** A failed load, or a refusal that is not about a field. */
    error: stored.error ?? (save.error?.issues ? null : save.error),
    status,
    /** `extra`: what the write takes beside the section (a passphrase); `local`: issues the form found itself. */
    onSubmit: (event: FormEvent, extra: Edits = {}, local: FieldIssue[] = []) => {
      event.preventDefault();
      const parsed = schema.safeParse(value);
      if (!parsed.success) return setIssues([...toFieldIssues(parsed.error), ...local]);
      setIssues(local);
      if (local.length > 0) return;
      const parsedEdits = Object.entries(parsed.data as Edits).filter(([key, v]) => !same(before[key], v));
      save.mutate({ ...Object.fromEntries(parsedEdits), ...extra } as OpInput<W>);
    },
  };
}
