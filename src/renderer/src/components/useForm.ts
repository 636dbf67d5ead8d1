import { useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { AppError, type FieldIssue } from '../../../shared/errors';
import { fieldError, toFieldIssues } from '../../../shared/validation';

/**
 * A form checked with the contract's own zod schema before sending, and with the service's field issues after:
 * the same messages either way. `submit` gets the parsed value; its AppError issues land on the fields.
 */
export function useForm<S extends z.ZodType>(schema: S, submit: (value: z.output<S>) => Promise<void>) {
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const onSubmit = async (event: FormEvent, raw: unknown, extra: FieldIssue[] = []) => {
    event.preventDefault();
    const parsed = schema.safeParse(raw);
    const local = [...(parsed.success ? [] : toFieldIssues(parsed.error)), ...extra];
    setIssues(local);
    setError(null);
    if (local.length > 0 || !parsed.success) return;
    setBusy(true);
    try {
      await submit(parsed.data);
    } catch (e) {
      if (e instanceof AppError && e.issues) setIssues(e.issues);
      else setError(e);
    } finally {
      setBusy(false);
    }
  };
  return { issues, error, busy, onSubmit, setError };
}

/** A field issue the form adds itself (two passwords that differ), shaped like the service's. */
export const formIssue = (field: string, message: string): FieldIssue => fieldError(field, message).issues![0]!;
